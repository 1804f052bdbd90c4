/**
 * Running maximum of closes, computed once per series (memoized) so that "highest close up to
 * row i" is an O(1) lookup: entry k uses rows 0..k only.
 */
import type { Series } from '../model/series.js';
import { perSeries } from './perSeries.js';

export interface RunningMax {
  /** Highest close in rows 0..k. */
  readonly value: Float64Array;
  /** Row of that highest close (the earliest of equals). */
  readonly at: Int32Array;
}

/** The running maximum of `s.close`, computed on first use and cached. */
export const runningMaxClose = perSeries((s: Series): RunningMax => {
  const n = s.close.length;
  const value = new Float64Array(n);
  const at = new Int32Array(n);
  let max = -Infinity;
  let idx = 0;
  for (let k = 0; k < n; k++) {
    const c = s.close[k] as number;
    if (c > max) {
      max = c;
      idx = k;
    }
    value[k] = max;
    at[k] = idx;
  }
  const out = { value, at };
  return out;
});
