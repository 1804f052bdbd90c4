/**
 * Binary search over ascending arrays: ISO date strings (which order as strings) or numbers.
 * The one implementation every stage uses.
 */

/** First index in [lo, hi) whose value is >= x (hi when there is none). */
export function lowerBound<T extends string | number>(
  sorted: ArrayLike<T>,
  x: T,
  lo = 0,
  hi = sorted.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as T) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in [lo, hi) whose value is > x (hi when there is none). */
export function upperBound<T extends string | number>(
  sorted: ArrayLike<T>,
  x: T,
  lo = 0,
  hi = sorted.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as T) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last value <= x in [0, hi), or -1 when every value is after it. */
export function lastAtOrBefore<T extends string | number>(
  sorted: ArrayLike<T>,
  x: T,
  hi = sorted.length,
): number {
  return upperBound(sorted, x, 0, hi) - 1;
}

/** Index of x in [0, hi), or -1 when it is not there. */
export function indexOfSorted<T extends string | number>(
  sorted: ArrayLike<T>,
  x: T,
  hi = sorted.length,
): number {
  const k = lowerBound(sorted, x, 0, hi);
  return k < hi && sorted[k] === x ? k : -1;
}
