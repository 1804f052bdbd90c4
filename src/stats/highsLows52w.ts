/**
 * 52-week high and low. CONVENTION: the 252 sessions (rows) ending at row i, row i included
 * (not 365 calendar days). Basis 'intraday' (daily high/low columns) when every row of the
 * window has a real range (finite high and low with high > low); otherwise 'close' for the whole
 * window, e.g. GSPC before ~1962 where open = high = low = close, or an index file without
 * high/low. Prices as in the files (ETF closes split-adjusted, not dividend-adjusted, but IJR's
 * are, see data/SOURCES.md). Ties: the earliest session at the extreme. O(252) per call, rows <= i only.
 */
import type { Series } from '../model/series.js';
import type { Maybe } from '../model/figure.js';

/** Sessions in the 52-week window. */
export const SESSIONS_52W = 252;

/** A session and a price level. */
export interface DatedValue {
  readonly date: string;
  readonly value: number;
}

export interface HighsLows52w {
  /** 'intraday': from daily highs/lows; 'close': from closes (some row lacks a real range). */
  readonly basis: 'intraday' | 'close';
  /** Highest high (or close) in the window and its earliest session. */
  readonly high: DatedValue;
  /** Lowest low (or close) in the window and its earliest session. */
  readonly low: DatedValue;
  /** close[i] / high - 1 (<= 0; 0 when the close is the high). */
  readonly fromHigh: number;
  /** close[i] / low - 1 (>= 0). */
  readonly fromLow: number;
  readonly sessions: 252;
  /** First session of the window. */
  readonly from: string;
}

/** True when rows first..i all have a real intraday range (finite, high > low). */
function hasIntradayRange(s: Series, first: number, i: number): boolean {
  const h = s.high;
  const l = s.low;
  if (h === null || l === null) return false;
  for (let k = first; k <= i; k++) {
    if (!((h[k] as number) > (l[k] as number))) return false; // also false for NaN
  }
  return true;
}

/**
 * 52-week (252-session) high and low as of row i, intraday where the whole window has real
 * highs/lows, else closes (`basis` says which). Unavailable when fewer than 252 sessions exist.
 */
export function highsLows52w(s: Series, i: number): Maybe<HighsLows52w> {
  const first = i - SESSIONS_52W + 1;
  if (first < 0) {
    return {
      unavailable: `${s.symbol}: 52-week high/low needs ${SESSIONS_52W} sessions up to ${s.dates[i]}, history begins ${s.dates[0]} (${i + 1} sessions)`,
    };
  }
  const intraday = hasIntradayRange(s, first, i);
  const hi = intraday ? (s.high as Float64Array) : s.close;
  const lo = intraday ? (s.low as Float64Array) : s.close;
  let hAt = first;
  let lAt = first;
  for (let k = first + 1; k <= i; k++) {
    if ((hi[k] as number) > (hi[hAt] as number)) hAt = k;
    if ((lo[k] as number) < (lo[lAt] as number)) lAt = k;
  }
  const high = hi[hAt] as number;
  const low = lo[lAt] as number;
  const close = s.close[i] as number;
  return {
    basis: intraday ? 'intraday' : 'close',
    high: { date: s.dates[hAt] as string, value: high },
    low: { date: s.dates[lAt] as string, value: low },
    fromHigh: close / high - 1,
    fromLow: close / low - 1,
    sessions: SESSIONS_52W,
    from: s.dates[first] as string,
  };
}
