/**
 * The drawdown a series is in on a date, as a reader would tell it: how far below its record
 * close (closing basis, the earliest of equal highs), since when, whether today's close is the
 * lowest since that record, and the last time before it that the series stood this far below a
 * record of its own, and how deep it had been before today. Reads rows 0..i only; O(i) per call.
 */
import type { Series } from '../model/series.js';
import type { DatedClose } from './drawdown.js';
import { runningMaxClose } from './runningMax.js';

export interface DrawdownEpisode {
  /** close / the record close to date - 1 (<= 0; 0 at a record). */
  readonly value: number;
  /** The record close to date (earliest of equals). */
  readonly peak: DatedClose;
  /** Sessions since the record close. */
  readonly sessionsSincePeak: number;
  /** Today's close is below every close since the record (and below the record). */
  readonly lowSincePeak: boolean;
  /**
   * Last session before the record that closed at least this far below its own record to date,
   * or null when none did (the deepest drawdown of the file); null as well at a record.
   */
  readonly deepestSince: string | null;
  /** Share of the file's earlier sessions that stood less far below their record, in [0, 1]. */
  readonly percentile: number;
  /**
   * How fast: among the file's earlier sessions at most `sessionsSincePeak` sessions after their
   * own record, the share that stood less far below it, in [0, 1] (1: never this far this fast).
   */
  readonly pacePercentile: number;
  /**
   * The deepest depth of the sessions after the record and before today (<= 0; 0 when none):
   * with `value`, whether today first crossed a line (20% below the record: a bear market).
   */
  readonly deepestBefore: number;
  /** First session of the file (the history compared). */
  readonly historyFrom: string;
}

/** The drawdown episode of `s` at row i. */
export function drawdownEpisode(s: Series, i: number): DrawdownEpisode {
  const rm = runningMaxClose(s);
  const c = s.close;
  const peak = rm.at[i] as number;
  const value = (c[i] as number) / (rm.value[i] as number) - 1;
  let low = value < 0;
  let lowestBefore = c[peak] as number;
  for (let k = peak + 1; k < i; k++) {
    if ((c[k] as number) <= (c[i] as number)) low = false;
    lowestBefore = Math.min(lowestBefore, c[k] as number);
  }
  let since: string | null = null;
  let shallower = 0;
  let paceSample = 0;
  let paceShallower = 0;
  for (let k = 0; k < i; k++) {
    const dd = (c[k] as number) / (rm.value[k] as number) - 1;
    if (dd > value) shallower++;
    else if (value < 0 && k < peak) since = s.dates[k] as string;
    if (k - (rm.at[k] as number) <= i - peak) {
      paceSample++;
      if (dd > value) paceShallower++;
    }
  }
  return {
    value,
    peak: { date: s.dates[peak] as string, close: c[peak] as number },
    sessionsSincePeak: i - peak,
    lowSincePeak: low,
    deepestSince: since,
    percentile: i > 0 ? shallower / i : 0,
    pacePercentile: paceSample > 0 ? paceShallower / paceSample : 0,
    deepestBefore: lowestBefore / (c[peak] as number) - 1,
    historyFrom: s.dates[0] as string,
  };
}
