/**
 * Picking a provider by its command-line name.
 */
import { BriefError } from '../../errors.js';
import type { HttpDeps, PriceProvider } from './provider.js';
import { createStooqProvider } from './stooqProvider.js';
import { createYahooProvider } from './yahooProvider.js';
import { PROVIDER_NAMES } from './providerNames.js';

/** What the providers need from the outside. */
export interface ProviderDeps extends HttpDeps {
  /** Deadline per request in ms (default 15 s). */
  readonly timeoutMs?: number;
  /** Stooq API key (env `STOOQ_API_KEY`); unused by Yahoo. */
  readonly stooqApiKey?: string | undefined;
}

/**
 * The provider called `name`, built around `deps.fetch`.
 *
 * @throws BriefError('usage') for an unknown name.
 */
export function providerByName(name: string, deps: ProviderDeps): PriceProvider {
  const timeout = deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs };
  const http = { fetch: deps.fetch, clock: deps.clock, ...timeout };
  if (name === 'yahoo') return createYahooProvider(http);
  if (name === 'stooq') return createStooqProvider({ ...http, apiKey: deps.stooqApiKey });
  throw new BriefError(
    'usage',
    `unknown provider "${name}"`,
    `use one of: ${PROVIDER_NAMES.join(', ')}`,
  );
}
