/**
 * Builders of small synthetic series for the statistics tests (close-only series come from
 * makeSeries.ts): dates on consecutive calendar days or on weekdays, extra columns, and a CPU
 * clock for the tests that bound work rather than time.
 */
import type { Series } from '../../src/model/series.js';
import { makeSeries } from './makeSeries.js';

const DAY_MS = 86_400_000;

/**
 * Seven sessions across a year end, rows 0..6: the weekend of 12-27/28 and New Year's Day
 * (2026-01-01) are missing; row 3 is the last session of 2025, row 4 the first of 2026.
 */
export const YEAR_END_SESSIONS: readonly string[] = [
  '2025-12-26',
  '2025-12-29',
  '2025-12-30',
  '2025-12-31',
  '2026-01-02',
  '2026-01-05',
  '2026-01-06',
];

/** The ISO date `k` calendar days after `from` (default 2000-01-03, a Monday). */
export function dayAfter(k: number, from = '2000-01-03'): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + k * DAY_MS).toISOString().slice(0, 10);
}

/** A close-only series, one row a calendar day from 2000-01-03 (weekends included). */
export function seriesFromCloses(sym: string, closes: readonly number[]): Series {
  return makeSeries(
    sym,
    closes.map((c, k) => [dayAfter(k), c] as const),
  );
}

/** A close-only series with `closes[k]` on `dates[k]`. */
export function seriesOn(sym: string, dates: readonly string[], closes: ArrayLike<number>): Series {
  return makeSeries(
    sym,
    dates.map((d, k) => [d, closes[k] as number] as const),
  );
}

/** The first `n` weekdays from `from` on (inclusive), leaving out `holidays`. */
export function weekdaysFrom(
  from: string,
  n: number,
  holidays: ReadonlySet<string> = new Set(),
): string[] {
  const out: string[] = [];
  for (let k = 0; out.length < n; k++) {
    const iso = dayAfter(k, from);
    const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6 && !holidays.has(iso)) out.push(iso);
  }
  return out;
}

/** `s` with the given columns added (adj_close, volume, open/high/low). */
export function withColumns(
  s: Series,
  columns: Partial<Pick<Series, 'adjClose' | 'volume' | 'open' | 'high' | 'low'>>,
): Series {
  return { ...s, ...columns };
}

/** CPU milliseconds used by this process (robust to other processes sharing the machine). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
