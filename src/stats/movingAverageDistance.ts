/**
 * Distance of the close from its simple moving average.
 * Convention: simple (equal-weight) mean of the last `sessions` raw closes INCLUDING row i
 * (rows i - sessions + 1 .. i); distance = close[i] / average - 1 as a fraction (+0.05 = 5% above).
 * The window counts sessions (rows), not calendar days. O(1) per call from compensated prefix
 * sums of the closes computed once per Series (memoized; entry k sums rows 0..k - 1 only).
 */
import type { Series } from '../model/series.js';
import { perSeries } from './perSeries.js';
import type { Maybe } from '../model/figure.js';

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

/** Prefix sums of the closes as double-doubles: sum of rows 0..k - 1 = hi[k] + lo[k]. */
export interface ClosePrefixSums {
  readonly hi: Float64Array;
  readonly lo: Float64Array;
}

/**
 * Compensated (Neumaier) prefix sums of the closes, so that a window's sum stays exact to float
 * precision even after a long history at other price levels (GSPC 17 -> 7,500). O(n) once per
 * series; entry k uses rows 0..k - 1 only.
 */
export const closePrefixSums = perSeries((s: Series): ClosePrefixSums => {
  const n = s.close.length;
  const hi = new Float64Array(n + 1);
  const lo = new Float64Array(n + 1);
  let sum = 0;
  let comp = 0;
  for (let k = 0; k < n; k++) {
    const x = s.close[k] as number;
    const t = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
    hi[k + 1] = sum;
    lo[k + 1] = comp;
  }
  const out = { hi, lo };
  return out;
});

/**
 * Simple moving average of the last `sessions` closes (row i included) and the close's distance
 * from it. Unavailable when fewer than `sessions` closes exist up to row i. Used with 50 and 200.
 */
export function movingAverageDistance(
  s: Series,
  i: number,
  sessions: number,
): Maybe<MovingAverageDistance> {
  if (!Number.isInteger(sessions) || sessions < 1) {
    return {
      unavailable: `${s.symbol}: moving average needs a window of at least 1 session (got ${sessions})`,
    };
  }
  const first = i - sessions + 1;
  if (first < 0) {
    return {
      unavailable: `${s.symbol}: ${sessions}-session moving average needs ${sessions} closes up to ${s.dates[i]}, history begins ${s.dates[0]} (${i + 1} closes)`,
    };
  }
  const { hi, lo } = closePrefixSums(s);
  const sum =
    (hi[i + 1] as number) - (hi[first] as number) + ((lo[i + 1] as number) - (lo[first] as number));
  const average = sum / sessions;
  return {
    average,
    distance: (s.close[i] as number) / average - 1,
    sessions,
    from: s.dates[first] as string,
  };
}
