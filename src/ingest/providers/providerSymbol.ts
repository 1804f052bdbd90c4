/**
 * Universe symbols -> provider tickers.
 *
 * | our symbol | Yahoo            | Stooq    |
 * |------------|------------------|----------|
 * | RUT        | `^RUT` (universe `yahoo` field) | `^rut` |
 * | GSPC       | `^GSPC`          | `^spx`   |
 * | IXIC       | `^IXIC`          | `^ndq`   |
 * | IWM, AAPL  | `IWM`, `AAPL`    | `iwm.us`, `aapl.us` |
 * | BRK.B      | `BRK-B`          | `brk-b.us` |
 *
 * Indices use the universe's `yahoo` field; Stooq's index tickers differ from Yahoo's and come
 * from {@link STOOQ_INDEX_TICKERS} (`^spx` and `^ndq` are widely used; `^rut` is what public
 * code uses for the Russell 2000 but is the least certain: if Stooq answers "No data" for it,
 * fetch RUT from Yahoo). ETFs and stocks listed in the US use `<symbol lowercase>.us`.
 */
import { BriefError } from '../../errors.js';
import { type Universe } from '../../model/universe.js';

/** What a provider needs to know about one of our symbols. */
export interface ProviderSymbol {
  /** Our symbol: the CSV's name in `data/closes/`, e.g. `RUT`. */
  readonly symbol: string;
  /** Yahoo ticker, e.g. `^RUT`, `IWM`, `BRK-B`. */
  readonly yahoo: string;
  /** True for an index (no adjusted close, no dividends). */
  readonly index: boolean;
}

/** Yahoo index ticker -> Stooq index ticker. */
export const STOOQ_INDEX_TICKERS: Readonly<Record<string, string>> = {
  '^GSPC': '^spx',
  '^IXIC': '^ndq',
  '^RUT': '^rut',
  '^DJI': '^dji',
  '^NDX': '^ndx',
};

/** The {@link ProviderSymbol} of every symbol in the universe, keyed by our symbol. */
export function providerSymbols(universe: Universe): Map<string, ProviderSymbol> {
  const map = new Map<string, ProviderSymbol>();
  for (const idx of Object.values(universe.indices)) {
    map.set(idx.symbol, { symbol: idx.symbol, yahoo: idx.yahoo, index: true });
  }
  const others = [...universe.etfs, ...universe.sectors, ...universe.megaCaps];
  for (const { symbol } of others) {
    if (!map.has(symbol))
      map.set(symbol, { symbol, yahoo: symbol.replace('.', '-'), index: false });
  }
  return map;
}

/** Stooq's ticker for `s`: a mapped index (`^rut`) or `<symbol>.us` for a US listing. */
export function stooqTicker(s: ProviderSymbol): string {
  if (!s.index) return `${s.yahoo.toLowerCase()}.us`;
  const ticker = STOOQ_INDEX_TICKERS[s.yahoo];
  if (ticker === undefined) {
    throw new BriefError(
      'usage',
      `${s.symbol}: no Stooq ticker known for index ${s.yahoo}`,
      `use --provider yahoo for ${s.symbol}, or add ${s.yahoo} to STOOQ_INDEX_TICKERS`,
    );
  }
  return ticker;
}
