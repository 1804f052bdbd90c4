/** Sorting chart rows by their session date. */
import { utcMs } from './sessionDateAxis.js';

/**
 * `items` sorted by their ISO session date, oldest first (a stable sort, as with a comparator of
 * {@link utcMs}), each date checked and parsed once instead of at every comparison.
 */
export function sortedByDate<T>(items: readonly T[], date: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, ms: utcMs(date(item)) }));
  keyed.sort((a, b) => a.ms - b.ms);
  return keyed.map((k) => k.item);
}
