/**
 * The names `--provider` accepts, apart from the providers themselves so that the command line
 * can list them without loading any provider's HTTP stack.
 */

/** Names accepted by `--provider`. */
export const PROVIDER_NAMES = ['yahoo', 'stooq'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];
