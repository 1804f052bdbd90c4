/**
 * Daily bars from Yahoo Finance through yahoo-finance2's `chart()` (the `/v8/finance/chart`
 * endpoint). Build it around a `fetch` (the real one, or a fake serving recorded responses) or a
 * ready chart client.
 */
import { DateTime } from 'luxon';
import YahooFinance from 'yahoo-finance2';
import { BriefError } from '../../errors.js';
import { NEW_YORK_ZONE } from '../../calendar/index.js';
import { malformed } from './malformed.js';
import { parseYahooChart } from './parseYahooChart.js';
import type { FetchLike, FetchedBar, HttpDeps, PriceProvider } from './provider.js';
import { ProviderRequestError } from './providerRequestError.js';
import type { ProviderSymbol } from './providerSymbol.js';
import { timedFetch } from './timedFetch.js';

/** Host yahoo-finance2 queries by default. */
export const YAHOO_HOST = 'query2.finance.yahoo.com';
/** Default per-request deadline (headers and body). */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The query `brief fetch` sends to `chart()`. */
export interface YahooChartQuery {
  readonly period1: number;
  readonly period2: number;
  readonly interval: '1d';
  readonly includePrePost: boolean;
  readonly events: string;
  readonly return: 'object';
}

/** The part of a yahoo-finance2 instance the provider uses; resolves to the chart result object. */
export interface YahooChartClient {
  chart(
    symbol: string,
    query: YahooChartQuery,
    moduleOptions: { validateResult: false },
  ): Promise<unknown>;
}

/** Give `fetch` and `clock` (a yahoo-finance2 instance is built around them) or a ready `client`. */
export interface YahooProviderOptions {
  readonly fetch?: FetchLike;
  readonly clock?: HttpDeps['clock'];
  readonly client?: YahooChartClient;
  /** Deadline per request (default 15 s). */
  readonly timeoutMs?: number;
  /** Query host (default query2.finance.yahoo.com). */
  readonly host?: string;
}

const QUIET = { info() {}, warn() {}, error() {}, debug() {}, dir() {} };

/**
 * A yahoo-finance2 instance whose every request goes through `fetch` via {@link timedFetch}:
 * one deadline per request and typed errors for 429/5xx/timeouts. No crumb or cookie request is
 * made for `chart()`, so a fake `fetch` only has to answer the chart URL.
 */
export function yahooFinanceClient(
  http: HttpDeps,
  timeoutMs: number,
  host = YAHOO_HOST,
): YahooChartClient {
  const yf = new YahooFinance({
    YF_QUERY_HOST: host,
    logger: QUIET,
    validation: { logErrors: false, logOptionsErrors: false },
  });
  const viaTimedFetch = (input: unknown, init?: RequestInit) =>
    timedFetch(http, String(input), timeoutMs, init);
  yf._env = { ...yf._env, fetch: viaTimedFetch as typeof globalThis.fetch };
  return yf;
}

/**
 * The Yahoo {@link PriceProvider}. Asks for `from` 00:00 to the day after `to` 00:00, New York
 * time, daily bars with dividends and splits, and parses with {@link parseYahooChart}.
 *
 * @throws BriefError('usage') when neither `fetch` and `clock` nor `client` is given.
 */
export function createYahooProvider(options: YahooProviderOptions): PriceProvider {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const host = options.host ?? YAHOO_HOST;
  const { fetch, clock } = options;
  const client =
    options.client ??
    (fetch && clock ? yahooFinanceClient({ fetch, clock }, timeoutMs, host) : undefined);
  if (client === undefined)
    throw new BriefError('usage', 'yahoo provider: give it a fetch and a clock, or a client');
  return {
    name: 'yahoo',
    async fetchDaily(s: ProviderSymbol, from: string, to: string): Promise<FetchedBar[]> {
      const label = `${s.symbol} (yahoo ${s.yahoo})`;
      const query: YahooChartQuery = {
        period1: nySeconds(from, 0),
        period2: nySeconds(to, 1),
        interval: '1d',
        includePrePost: false,
        events: 'div|split',
        return: 'object',
      };
      let result: unknown;
      try {
        result = await deadline(
          client.chart(s.yahoo, query, { validateResult: false }),
          timeoutMs,
          host,
        );
      } catch (err) {
        throw clientError(err, label, host);
      }
      return parseYahooChart(result, label);
    },
  };
}

/** Unix seconds of New York midnight `days` after `date`. */
function nySeconds(date: string, days: number): number {
  return Math.floor(DateTime.fromISO(date, { zone: NEW_YORK_ZONE }).plus({ days }).toSeconds());
}

/** `work`, or a timeout error after `ms` (for injected clients; `timedFetch` has its own). */
async function deadline<T>(work: Promise<T>, ms: number, host: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new ProviderRequestError('timeout', host, `no answer from ${host} within ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Maps what the client threw to a request error (retry decision) or a malformed-data error. */
function clientError(err: unknown, label: string, host: string): Error {
  if (err instanceof ProviderRequestError || err instanceof BriefError) return err;
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as { code?: unknown }).code;
  if (e.name === 'HTTPError' && typeof code === 'number') {
    return new ProviderRequestError('status', host, `HTTP ${code} from ${host}`, {
      status: code,
      cause: e,
    });
  }
  if (e.name === 'TypeError' && /fetch failed/i.test(e.message)) {
    return new ProviderRequestError('network', host, `request to ${host} failed`, { cause: e });
  }
  const line = e.message.split('\n')[0] ?? '';
  if (e instanceof SyntaxError) return malformed(label, `body is not JSON (${line})`);
  if (/Error$/.test(e.name) && e.name !== 'Error' && e.name !== 'TypeError') {
    return new ProviderRequestError('refused', host, `${host} refused: ${e.name}: ${line}`, {
      cause: e,
    });
  }
  return malformed(label, `unreadable chart response (${line})`);
}
