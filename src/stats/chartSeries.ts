/**
 * Series the charts draw, from rows up to the brief's date only (see chartData.ts).
 */
import { indexAtOrBefore, type Series } from '../model/series.js';
import type { BriefInput, SeriesAt } from './registry/family.js';
import { periodBaseIndex } from './returns.js';
import { runningMaxClose } from './runningMax.js';

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

/** close / the highest close to date - 1 on each of the last `n` sessions up to row i. */
export function recentDrawdowns(s: Series, i: number, n: number): DatedValue[] {
  const rm = runningMaxClose(s);
  const out: DatedValue[] = [];
  for (let k = Math.max(0, i - n + 1); k <= i; k++)
    out.push({
      date: s.dates[k] as string,
      value: (s.close[k] as number) / (rm.value[k] as number) - 1,
    });
  return out;
}

/** Compounded return over the non-null values: prod(1 + v) - 1 (0 when there are none). */
export function compoundReturn(values: readonly (number | null)[]): number {
  return values.reduce<number>((acc, v) => (v === null ? acc : (1 + acc) * (1 + v) - 1), 0);
}

/**
 * Each sector's daily close-to-close return on the last `n` sessions of `calendar` (the
 * large-cap index: the New York sessions), null where the sector has no close that session,
 * and the compounded total.
 */
export function sectorDailyReturns(b: BriefInput, calendar: SeriesAt, n: number) {
  const from = Math.max(1, calendar.i - n + 1);
  const dates = calendar.series.dates.slice(from, calendar.i + 1) as string[];
  const rows = b.universe.sectors.flatMap((x) => {
    const a = b.at(x.symbol);
    if (!a) return [];
    const values = dates.map((d) => {
      const k = indexAtOrBefore(a.series, d);
      return k > 0 && a.series.dates[k] === d
        ? (a.series.close[k] as number) / (a.series.close[k - 1] as number) - 1
        : null;
    });
    return [{ symbol: x.symbol, name: x.name, values, total: compoundReturn(values) }];
  });
  return { dates, rows };
}
