/**
 * All-time-high closes: a close above every earlier close in the series' history
 * (closing basis, not intraday highs; raw closes, so ETF dividends are not added back).
 */
import type { Series } from '../model/series.js';
import { periodBaseIndex } from './returns.js';
import { runningMaxClose } from './runningMax.js';

export interface AllTimeHighs {
  /** Sessions of the current year (up to the date) that closed at an all-time high. */
  readonly datesThisYear: string[];
  readonly countThisYear: number;
  readonly isHighToday: boolean;
  /** Highest close up to the date and its session. */
  readonly high: { readonly date: string; readonly close: number };
  /** close[i] / highest close - 1 (0 at a high, negative below it). */
  readonly distance: number;
  readonly historyFrom: string;
}

/** All-time-high closes of the year containing session i, judged on rows 0..i only (O(sessions this year)). */
export function allTimeHighs(s: Series, i: number): AllTimeHighs {
  const yearBase = periodBaseIndex(s, i, 'year');
  const rm = runningMaxClose(s);
  let max = yearBase >= 0 ? (rm.value[yearBase] as number) : -Infinity;
  let maxAt = yearBase >= 0 ? (rm.at[yearBase] as number) : 0;
  const dates: string[] = [];
  for (let k = yearBase + 1; k <= i; k++) {
    const c = s.close[k] as number;
    if (c > max) {
      max = c;
      maxAt = k;
      // The first session of a series is not a "new" high: there is nothing to beat.
      if (k > 0) dates.push(s.dates[k] as string);
    }
  }
  return {
    datesThisYear: dates,
    countThisYear: dates.length,
    isHighToday: maxAt === i && i > 0,
    high: { date: s.dates[maxAt] as string, close: max },
    distance: (s.close[i] as number) / max - 1,
    historyFrom: s.dates[0] as string,
  };
}

/** The record before today's, when today set one, and how long the wait was. */
export interface PreviousRecord {
  readonly date: string;
  readonly close: number;
  /** Sessions from that record to today's. */
  readonly gapSessions: number;
  /** Share of the file's earlier records that came after a shorter wait, in [0, 1]. */
  readonly gapPercentile: number;
}

/**
 * The record close before today's, when today's close set a new record (closing basis: above
 * every earlier close; the earliest of equal records); null on any other day. O(i).
 */
export function previousRecord(s: Series, i: number): PreviousRecord | null {
  if (i < 1) return null;
  const rm = runningMaxClose(s);
  if ((s.close[i] as number) <= (rm.value[i - 1] as number)) return null;
  const k = rm.at[i - 1] as number;
  const gap = i - k;
  let records = 0;
  let shorter = 0;
  for (let j = 1; j < i; j++) {
    if ((s.close[j] as number) <= (rm.value[j - 1] as number)) continue;
    records++;
    if (j - (rm.at[j - 1] as number) < gap) shorter++;
  }
  return {
    date: s.dates[k] as string,
    close: s.close[k] as number,
    gapSessions: gap,
    gapPercentile: records > 0 ? shorter / records : 0,
  };
}
