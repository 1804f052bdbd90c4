/**
 * Close-to-close simple returns over windows, as of a session index.
 * Convention: r = close[i] / close[base] - 1 on raw closes (price return, no dividends).
 * All functions only read rows 0..i, so a brief never sees data after its date.
 */
import type { Series } from '../model/series.js';
import type { Change, Maybe } from '../model/figure.js';
import { indexOfSorted } from '../model/bisect.js';

/** Return from the close at `base` to the close at `i`. */
export function changeBetween(s: Series, base: number, i: number): Change {
  return {
    value: (s.close[i] as number) / (s.close[base] as number) - 1,
    from: s.dates[base] as string,
    to: s.dates[i] as string,
    sessions: i - base,
  };
}

/**
 * Return over the last `sessions` sessions: close[i] / close[i - sessions] - 1.
 * "5-session" means 5 trading sessions, not 7 calendar days.
 */
export function sessionsReturn(s: Series, i: number, sessions: number): Maybe<Change> {
  const base = i - sessions;
  if (base < 0) {
    return {
      unavailable: `${s.symbol}: ${sessions}-session return needs ${sessions + 1} closes, history begins ${s.dates[0]}`,
    };
  }
  return changeBetween(s, base, i);
}

/**
 * Index of the last session strictly before the period (month or year) containing session i,
 * or -1 when the series has no close before that period.
 */
export function periodBaseIndex(s: Series, i: number, period: Period): number {
  const key = periodKey(s.dates[i] as string, period);
  let j = i;
  while (j >= 0 && periodKey(s.dates[j] as string, period) === key) j--;
  return j;
}

/** A calendar period: month, quarter or year. */
export type Period = 'month' | 'quarter' | 'year';

/** "2026-05-14" -> "2026-05" (month), "2026-Q2" (quarter), "2026" (year). */
export function periodKey(date: string, period: Period): string {
  if (period === 'year') return date.slice(0, 4);
  if (period === 'month') return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

const PERIOD_LABEL: Record<Period, string> = {
  month: 'month-to-date',
  quarter: 'quarter-to-date',
  year: 'year-to-date',
};

/**
 * Period-to-date return: from the last close of the previous month/year to close[i].
 * YTD base = last close of the previous year; MTD base = last close of the previous month.
 */
export function periodToDate(s: Series, i: number, period: Period): Maybe<Change> {
  const base = periodBaseIndex(s, i, period);
  if (base < 0) {
    return {
      unavailable: `${s.symbol}: ${PERIOD_LABEL[period]} return needs a close before ${periodKey(s.dates[i] as string, period)}, history begins ${s.dates[0]}`,
    };
  }
  return changeBetween(s, base, i);
}

/**
 * Return over an arbitrary range of sessions: close[to] / close[from] - 1, where `from` and `to`
 * are sessions in the file (from < to <= the brief's row i, so the range cannot look ahead).
 */
export function rangeReturn(s: Series, i: number, from: string, to: string): Maybe<Change> {
  if (from >= to)
    return { unavailable: `${s.symbol}: range ${from}..${to} is empty (from must be before to)` };
  const a = indexOf(s, from, i);
  const b = indexOf(s, to, i);
  if (a < 0)
    return {
      unavailable: `${s.symbol}: no close on ${from} (not a session in the file up to ${s.dates[i]})`,
    };
  if (b < 0)
    return {
      unavailable: `${s.symbol}: no close on ${to} (not a session in the file up to ${s.dates[i]})`,
    };
  return changeBetween(s, a, b);
}

function indexOf(s: Series, date: string, i: number): number {
  return indexOfSorted(s.dates, date, i + 1);
}
