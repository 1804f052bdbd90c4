/**
 * Data for the brief's charts, from rows up to the brief's date only.
 */
import type { Series } from '../model/series.js';
import { periodBaseIndex } from '../stats/returns.js';

export interface DatedValue {
  readonly date: string;
  readonly value: number;
}

/**
 * Closes from the last close of the previous year (the YTD base) to row i, rebased so the
 * base is 100: value = 100 * close / close[base]. The last value minus 100 is the YTD return
 * in percent. A series that begins within the year is rebased at its first row.
 */
export function rebasedYearToDate(s: Series, i: number): DatedValue[] {
  const base = Math.max(0, periodBaseIndex(s, i, 'year'));
  const c0 = s.close[base] as number;
  const out: DatedValue[] = [];
  for (let k = base; k <= i; k++)
    out.push({ date: s.dates[k] as string, value: (100 * (s.close[k] as number)) / c0 });
  return out;
}
