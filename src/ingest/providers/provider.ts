/**
 * The contract between `brief fetch` and a source of daily bars (Yahoo, Stooq, a test fake).
 * A provider only downloads and parses; deciding what to append is `mergeBars.ts`'s job.
 */
import type { Clock } from '../../model/effects.js';
import type { ProviderSymbol } from './providerSymbol.js';

/**
 * One daily bar as the provider reported it, before rounding. `date` is the New York session
 * date (`YYYY-MM-DD`). Prices are finite and > 0 when not null; `close` is always present
 * (a bar without a close is dropped by the provider's parser). `adjClose` is null when the
 * provider has no adjusted close (Stooq) or the cell is empty.
 */
export interface FetchedBar {
  readonly date: string;
  readonly open: number | null;
  readonly high: number | null;
  readonly low: number | null;
  readonly close: number;
  readonly adjClose: number | null;
  readonly volume: number | null;
}

/**
 * A source of daily bars. `fetchDaily` returns the bars of `symbol` whose session dates fall in
 * `from..to` (inclusive; a provider may return a few more, the caller filters), in ascending
 * date order. It makes one request: retries are the caller's (see `withRetry.ts`).
 *
 * It rejects with a `ProviderRequestError` when the request failed (HTTP status, timeout,
 * network, provider-reported error) and with a `data` `BriefError` naming the symbol when the
 * body is malformed (bad JSON/CSV, missing fields, non-finite or non-positive prices, dates not
 * ascending).
 */
export interface PriceProvider {
  /** Short name for messages and the report, e.g. `yahoo`. */
  readonly name: string;
  fetchDaily(symbol: ProviderSymbol, from: string, to: string): Promise<FetchedBar[]>;
}

/** `fetch` as the providers use it (the global one, or a fake in tests). */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** What a provider's requests need: `fetch`, and the clock a Retry-After date is read against. */
export interface HttpDeps {
  readonly fetch: FetchLike;
  readonly clock: Pick<Clock, 'now'>;
}
