/**
 * Two series joined on the sessions both have, up to and including a date.
 */
import type { Series } from '../model/series.js';
import { upperBound } from '../model/bisect.js';

/** Closes of two series on their common sessions, ascending. */
export interface AlignedPair {
  readonly small: string;
  readonly large: string;
  readonly dates: string[];
  readonly smallClose: Float64Array;
  readonly largeClose: Float64Array;
}

/** Join `small` and `large` on common dates <= `lastDate` (two-pointer merge, O(n + m)). */
export function alignPair(small: Series, large: Series, lastDate: string): AlignedPair {
  const dates: string[] = [];
  const a: number[] = [];
  const b: number[] = [];
  let i = 0;
  let j = 0;
  while (i < small.dates.length && j < large.dates.length) {
    const da = small.dates[i] as string;
    const db = large.dates[j] as string;
    if (da > lastDate || db > lastDate) break;
    if (da === db) {
      dates.push(da);
      a.push(small.close[i] as number);
      b.push(large.close[j] as number);
      i++;
      j++;
    } else if (da < db) i++;
    else j++;
  }
  return {
    small: small.symbol,
    large: large.symbol,
    dates,
    smallClose: Float64Array.from(a),
    largeClose: Float64Array.from(b),
  };
}

const fullCache = new WeakMap<Series, Map<Series, AlignedPair>>();

/**
 * `alignPair(small, large, lastDate)` computed from one memoized alignment of the whole
 * histories: the same result, but a backfill aligns each pair once instead of once per date.
 * The prefix is a copy of the date list (cheap) and views of the close arrays.
 */
export function alignPairAsOf(small: Series, large: Series, lastDate: string): AlignedPair {
  let byLarge = fullCache.get(small);
  if (!byLarge) fullCache.set(small, (byLarge = new Map()));
  let full = byLarge.get(large);
  if (!full) byLarge.set(large, (full = alignPair(small, large, '9999-12-31')));
  const lo = upperBound(full.dates, lastDate);
  return {
    small: full.small,
    large: full.large,
    dates: full.dates.slice(0, lo),
    smallClose: full.smallClose.subarray(0, lo),
    largeClose: full.largeClose.subarray(0, lo),
  };
}
