/**
 * Daily bars from Stooq's CSV download, `https://stooq.com/q/d/l/?s=<ticker>&i=d&d1=&d2=`,
 * through an injected `fetch`. Tickers: see `providerSymbol.ts` (`^rut`, `iwm.us`). Stooq has
 * no adjusted close; `mergeBars` then carries the file's last adjustment factor forward.
 * Since early 2026 Stooq wants an `apikey` parameter; it never appears in messages.
 */
import { parseStooqCsv } from './parseStooqCsv.js';
import type { FetchedBar, HttpDeps, PriceProvider } from './provider.js';
import { type ProviderSymbol, stooqTicker } from './providerSymbol.js';
import { timedFetch } from './timedFetch.js';
import { DEFAULT_TIMEOUT_MS } from './yahooProvider.js';

/** Stooq's server. */
export const STOOQ_BASE_URL = 'https://stooq.com';

/** Options of {@link createStooqProvider}. */
export interface StooqProviderOptions extends HttpDeps {
  /** Stooq API key (env `STOOQ_API_KEY`), sent as `apikey`. */
  readonly apiKey?: string | undefined;
  /** Deadline per request (default 15 s). */
  readonly timeoutMs?: number;
  /** Server base URL (default https://stooq.com). */
  readonly baseUrl?: string;
}

/** The CSV URL for `ticker` from `from` to `to` (ISO dates). */
export function stooqUrl(
  baseUrl: string,
  ticker: string,
  from: string,
  to: string,
  apiKey?: string,
): string {
  const compact = (d: string) => d.replaceAll('-', '');
  const params = new URLSearchParams({ s: ticker, i: 'd', d1: compact(from), d2: compact(to) });
  if (apiKey) params.set('apikey', apiKey);
  return `${baseUrl}/q/d/l/?${params.toString()}`;
}

/** The Stooq {@link PriceProvider}: one GET per symbol, parsed with {@link parseStooqCsv}. */
export function createStooqProvider(options: StooqProviderOptions): PriceProvider {
  const base = options.baseUrl ?? STOOQ_BASE_URL;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    name: 'stooq',
    async fetchDaily(s: ProviderSymbol, from: string, to: string): Promise<FetchedBar[]> {
      const ticker = stooqTicker(s);
      const url = stooqUrl(base, ticker, from, to, options.apiKey);
      const response = await timedFetch(options, url, timeoutMs);
      const text = await response.text();
      return parseStooqCsv(text, `${s.symbol} (stooq ${ticker})`, new URL(url).host);
    },
  };
}
