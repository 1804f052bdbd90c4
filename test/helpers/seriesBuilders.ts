/**
 * Builders of small synthetic series for the statistics tests (close-only series come from
 * makeSeries.ts): dates on consecutive calendar days or on weekdays, extra columns, and a CPU
 * clock for the tests that bound work rather than time.
 */
import type { Series } from '../../src/model/series.js';
import { makeSeries } from './makeSeries.js';

const DAY_MS = 86_400_000;

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
