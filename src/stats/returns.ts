/**
 * Close-to-close simple returns over windows, as of a session index.
 * Convention: r = close[i] / close[base] - 1 on raw closes (price return, no dividends).
 * All functions only read rows 0..i, so a brief never sees data after its date.
 */
import type { Series } from '../ingest/series.js';
import type { Change, Maybe } from './figure.js';

/** Return from the close at `base` to the close at `i`. */
export function changeBetween(s: Series, base: number, i: number): Change {
  return {
    value: (s.close[i] as number) / (s.close[base] as number) - 1,
    from: s.dates[base] as string,
    to: s.dates[i] as string,
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
export function periodBaseIndex(s: Series, i: number, period: 'month' | 'year'): number {
  const len = period === 'year' ? 4 : 7;
  const key = (s.dates[i] as string).slice(0, len);
  let j = i;
  while (j >= 0 && (s.dates[j] as string).slice(0, len) === key) j--;
  return j;
}

/**
 * Period-to-date return: from the last close of the previous month/year to close[i].
 * YTD base = last close of the previous year; MTD base = last close of the previous month.
 */
export function periodToDate(s: Series, i: number, period: 'month' | 'year'): Maybe<Change> {
  const base = periodBaseIndex(s, i, period);
  if (base < 0) {
    const label = period === 'year' ? 'year-to-date' : 'month-to-date';
    return {
      unavailable: `${s.symbol}: ${label} return needs a close before ${(s.dates[i] as string).slice(0, period === 'year' ? 4 : 7)}, history begins ${s.dates[0]}`,
    };
  }
  return changeBetween(s, base, i);
}
