/**
 * Relative Strength Index, Wilder's method, on close-to-close changes in points (close[k] -
 * close[k - 1]) of raw closes. First average gain/loss = simple mean of the first `period`
 * changes of the FILE (rows 1..period); after that avg = (prev * (period - 1) + current) / period.
 * RSI = 100 - 100 / (1 + avgGain / avgLoss); 100 when there has been no loss.
 *
 * Warm-up: Wilder smoothing carries the whole history, so the value depends on where the file
 * starts. The start's influence decays like ((period - 1) / period)^rows: with >= 250 rows of
 * warm-up before the date (period 14) the value is stable to ~1e-6 RSI points (at most 2.7e-6
 * seen over start rows every 37 sessions of GSPC/RUT/IWM/NVDA/TSLA); with >= 400 rows, < 1e-9.
 * The full RSI column is computed once per (series, period) and memoized; entry k uses rows 0..k
 * only, so a call is O(1) and never sees a row after i.
 */
import type { Series } from '../model/series.js';
import type { Maybe } from '../model/figure.js';

/** RSI at or above this is "overbought". */
export const RSI_OVERBOUGHT = 70;
/** RSI at or below this is "oversold". */
export const RSI_OVERSOLD = 30;
/** Whether an RSI reads overbought or oversold (the brief flags it, and prints it to match). */
export const rsiFlagged = (v: number): boolean => v >= RSI_OVERBOUGHT || v <= RSI_OVERSOLD;

export interface Rsi {
  /** RSI in [0, 100]. */
  readonly value: number;
  /** value >= 70. */
  readonly overbought: boolean;
  /** value <= 30. */
  readonly oversold: boolean;
  /** Smoothing period in sessions (14 by default). */
  readonly period: number;
  /** First session of the file, where the smoothing starts (the warm-up the value depends on). */
  readonly historyFrom: string;
}

const cache = new WeakMap<Series, Map<number, Float64Array>>();

/** RSI for every row (NaN before row `period`, or while no change at all has happened). O(n) once. */
export function rsiColumn(s: Series, period: number): Float64Array {
  let bySeries = cache.get(s);
  if (!bySeries) {
    bySeries = new Map();
    cache.set(s, bySeries);
  }
  const hit = bySeries.get(period);
  if (hit) return hit;
  const c = s.close;
  const n = c.length;
  const out = new Float64Array(n).fill(NaN);
  let gain = 0;
  let loss = 0;
  for (let k = 1; k < n; k++) {
    const d = (c[k] as number) - (c[k - 1] as number);
    const g = d > 0 ? d : 0;
    const l = d < 0 ? -d : 0;
    if (k <= period) {
      gain += g / period;
      loss += l / period;
    } else {
      gain = (gain * (period - 1) + g) / period;
      loss = (loss * (period - 1) + l) / period;
    }
    if (k >= period) out[k] = loss === 0 ? (gain > 0 ? 100 : NaN) : 100 - 100 / (1 + gain / loss);
  }
  bySeries.set(period, out);
  return out;
}

/**
 * Wilder RSI(`period`) at row i (see the module doc for the warm-up caveat). Unavailable when
 * fewer than `period + 1` closes exist up to i, or when the closes have not changed at all.
 */
export function rsi(s: Series, i: number, period = 14): Maybe<Rsi> {
  if (!Number.isInteger(period) || period < 1)
    return { unavailable: `${s.symbol}: RSI period must be a whole number >= 1 (got ${period})` };
  if (i < period) {
    return {
      unavailable: `${s.symbol}: RSI(${period}) needs ${period + 1} closes up to ${s.dates[i]}, history begins ${s.dates[0]} (${i + 1} closes)`,
    };
  }
  const value = rsiColumn(s, period)[i] as number;
  if (Number.isNaN(value)) {
    return {
      unavailable: `${s.symbol}: RSI(${period}) undefined on ${s.dates[i]}: no close-to-close change since history begins ${s.dates[0]}`,
    };
  }
  return {
    value,
    overbought: value >= RSI_OVERBOUGHT,
    oversold: value <= RSI_OVERSOLD,
    period,
    historyFrom: s.dates[0] as string,
  };
}
