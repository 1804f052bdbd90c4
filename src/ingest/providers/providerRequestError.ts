/**
 * A provider request that failed before a usable body arrived. Whether it is worth retrying
 * is decided here: 429, 5xx, timeouts and network errors are; other 4xx and errors the
 * provider reports in its body are not.
 */

/** How the request failed. `refused`: the provider answered with an error of its own. */
export type RequestFailure = 'status' | 'timeout' | 'network' | 'refused';

/** A failed request to `host`; the message is one line and never contains the URL's query. */
export class ProviderRequestError extends Error {
  readonly failure: RequestFailure;
  readonly host: string;
  /** HTTP status for `status` failures. */
  readonly status: number | undefined;
  /** Server-requested wait (Retry-After), in ms, when given. */
  readonly retryAfterMs: number | undefined;

  constructor(
    failure: RequestFailure,
    host: string,
    message: string,
    extra: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause });
    this.name = 'ProviderRequestError';
    this.failure = failure;
    this.host = host;
    this.status = extra.status;
    this.retryAfterMs = extra.retryAfterMs;
  }

  /** True for 429, 5xx, timeouts and network errors. */
  get retryable(): boolean {
    if (this.failure === 'timeout' || this.failure === 'network') return true;
    const s = this.status;
    return this.failure === 'status' && s !== undefined && (s === 429 || s >= 500);
  }
}

/** Milliseconds to wait from a `Retry-After` header (seconds or HTTP date), if parseable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
