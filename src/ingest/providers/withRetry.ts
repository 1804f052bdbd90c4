/**
 * Retrying a provider request with exponential backoff. The wait goes through an injected
 * `sleep`, so tests count attempts and delays without waiting; the run's stop signal ends an
 * attempt or a wait at once.
 */
import { throwIfStopped, unlessStopped } from '../../model/stopping.js';
import { ProviderRequestError } from './providerRequestError.js';

/** How {@link withRetry} retries. */
export interface RetryOptions {
  /** Attempts after the first one (so at most `retries + 1` calls). */
  readonly retries: number;
  /** Wait before the first retry; doubled before each later one. */
  readonly baseDelayMs: number;
  /** Cap on any single wait, including a server's Retry-After. Default 30 s. */
  readonly maxDelayMs?: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Told about each failed attempt that will be retried. */
  readonly onRetry?: (error: ProviderRequestError, attempt: number, delayMs: number) => void;
  /**
   * The run's stop signal, and what is kept when it aborts (e.g. "nothing written"): an attempt
   * or a wait in progress then ends at once with Interrupted, and no further attempt starts.
   */
  readonly stop?: { readonly signal: AbortSignal; readonly kept: string };
}

/** Default retry policy for `brief fetch`: 4 retries, waiting 1 s, 2 s, 4 s, 8 s. */
export const DEFAULT_RETRY = { retries: 4, baseDelayMs: 1000, maxDelayMs: 30_000 } as const;

/**
 * Calls `run(attempt)` (attempt 1, 2, ...) until it resolves. A rejection is retried only when it
 * is a retryable {@link ProviderRequestError} (429, 5xx, timeout, network) and attempts remain;
 * the wait before retry k is `baseDelayMs * 2^(k-1)`, raised to the server's Retry-After when
 * that is longer, and capped at `maxDelayMs`. Otherwise the error is rethrown unchanged.
 *
 * @throws Interrupted as soon as `options.stop.signal` aborts (before, during or between attempts).
 */
export async function withRetry<T>(
  run: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const cap = options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
  const stop = options.stop;
  const stoppable = <U>(work: Promise<U>) =>
    stop === undefined ? work : unlessStopped(work, stop.signal, stop.kept);
  for (let attempt = 1; ; attempt++) {
    if (stop !== undefined) throwIfStopped(stop.signal, stop.kept);
    try {
      return await stoppable(run(attempt));
    } catch (err) {
      const retry =
        err instanceof ProviderRequestError && err.retryable && attempt <= options.retries;
      if (!retry) throw err;
      const backoff = options.baseDelayMs * 2 ** (attempt - 1);
      const delay = Math.min(cap, Math.max(backoff, err.retryAfterMs ?? 0));
      options.onRetry?.(err, attempt, delay);
      await stoppable(options.sleep(delay));
    }
  }
}
