/**
 * Realized (historical) volatility of daily close-to-close returns.
 * Convention: SAMPLE standard deviation (divisor n - 1) of the last `sessions` daily SIMPLE
 * returns r_k = close[k] / close[k - 1] - 1 on raw closes, annualised by x sqrt(252).
 * The window counts trading sessions (rows), not calendar days; a holiday gap is one return.
 * Reads rows i - sessions .. i only (O(sessions) per call).
 */
import type { Series } from '../model/series.js';
import type { Maybe } from '../model/figure.js';

/** Trading sessions per year used to annualise daily volatility. */
export const SESSIONS_PER_YEAR = 252;

/** Annualised realized volatility over a window of daily returns. */
export interface RealizedVolatility {
  /** Annualised volatility as a fraction (0.18 = 18% a year): sample stdev x sqrt(252). */
  readonly value: number;
  /** Session whose close is the base of the first return in the window. */
  readonly from: string;
  /** Session of the last return (the brief's date). */
  readonly to: string;
  /** Number of daily returns in the window (= the requested window). */
  readonly sessions: number;
}

/**
 * Annualised realized volatility as of row i: sample standard deviation (n - 1) of the last
 * `sessions` daily simple close-to-close returns (rows i - sessions + 1 .. i, each over the
 * previous close) x sqrt(252). Needs `sessions + 1` closes up to row i and `sessions >= 2`;
 * otherwise unavailable, naming where the history begins. Used with 20, 60 and 252.
 */
export function realizedVolatility(
  s: Series,
  i: number,
  sessions: number,
): Maybe<RealizedVolatility> {
  if (!Number.isInteger(sessions) || sessions < 2) {
    return {
      unavailable: `${s.symbol}: realized volatility needs a window of at least 2 returns (got ${sessions})`,
    };
  }
  const base = i - sessions;
  if (base < 0) {
    return {
      unavailable: `${s.symbol}: ${sessions}-session volatility needs ${sessions + 1} closes up to ${s.dates[i]}, history begins ${s.dates[0]} (${i + 1} closes)`,
    };
  }
  const c = s.close;
  let sum = 0;
  for (let k = base + 1; k <= i; k++) sum += (c[k] as number) / (c[k - 1] as number) - 1;
  const mean = sum / sessions;
  let ss = 0;
  for (let k = base + 1; k <= i; k++) {
    const d = (c[k] as number) / (c[k - 1] as number) - 1 - mean;
    ss += d * d;
  }
  return {
    value: Math.sqrt(ss / (sessions - 1)) * Math.sqrt(SESSIONS_PER_YEAR),
    from: s.dates[base] as string,
    to: s.dates[i] as string,
    sessions,
  };
}
