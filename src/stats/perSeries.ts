/**
 * Memoizing a whole-history computation per series (prefix arrays, run indices, year tables):
 * computed once, on first use, then every date of a run or a backfill reads it in O(1).
 */
import type { Series } from '../model/series.js';

/** `compute`, cached per Series object (a WeakMap: dropped with the series). */
export function perSeries<T>(compute: (s: Series) => T): (s: Series) => T {
  const cache = new WeakMap<Series, T>();
  return (s) => {
    let hit = cache.get(s);
    if (hit === undefined) cache.set(s, (hit = compute(s)));
    return hit;
  };
}
