/**
 * Distance of the close from its simple moving average.
 * Convention: simple (equal-weight) mean of the last `sessions` raw closes INCLUDING row i
 * (rows i - sessions + 1 .. i); distance = close[i] / average - 1 as a fraction (+0.05 = 5% above).
 * The window counts sessions (rows), not calendar days. O(1) per call from prefix sums of the
 * closes computed once per Series (memoized; entry k sums rows 0..k - 1 only).
 */
import type { Series } from '../ingest/series.js';
import type { Maybe } from './figure.js';

export interface MovingAverageDistance {
  /** Simple mean of the last `sessions` closes, row i included. */
  readonly average: number;
  /** close[i] / average - 1 (positive above the average). */
  readonly distance: number;
  /** Closes in the average (50 or 200 in the brief). */
  readonly sessions: number;
  /** First session in the average. */
  readonly from: string;
}

const cache = new WeakMap<Series, Float64Array>();

/** sums[k] = close[0] + ... + close[k - 1] (sums[0] = 0). O(n) once per series. */
export function closePrefixSums(s: Series): Float64Array {
  const hit = cache.get(s);
  if (hit) return hit;
  const n = s.close.length;
  const sums = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) sums[k + 1] = (sums[k] as number) + (s.close[k] as number);
  cache.set(s, sums);
  return sums;
}

/**
 * Simple moving average of the last `sessions` closes (row i included) and the close's distance
 * from it. Unavailable when fewer than `sessions` closes exist up to row i. Used with 50 and 200.
 */
export function movingAverageDistance(s: Series, i: number, sessions: number): Maybe<MovingAverageDistance> {
  if (!Number.isInteger(sessions) || sessions < 1) {
    return { unavailable: `${s.symbol}: moving average needs a window of at least 1 session (got ${sessions})` };
  }
  const first = i - sessions + 1;
  if (first < 0) {
    return { unavailable: `${s.symbol}: ${sessions}-session moving average needs ${sessions} closes up to ${s.dates[i]}, history begins ${s.dates[0]} (${i + 1} closes)` };
  }
  const sums = closePrefixSums(s);
  const average = ((sums[i + 1] as number) - (sums[first] as number)) / sessions;
  return { average, distance: (s.close[i] as number) / average - 1, sessions, from: s.dates[first] as string };
}
