/**
 * The 52-week-range watch rule of one index (seriesWatch.ts lists the rules): a 52-week high or
 * low set today, the day's close when it turned the other way, the record close when there was one.
 */
import { isAvailable } from '../../model/figure.js';
import type { SeriesStats } from '../../stats/briefStats.js';
import { pctAbs } from '../story/phrasing.js';
import { prose } from './prose.js';
import type { Cite, WatchItem } from './watchItem.js';

/**
 * A 52-week high or low set today (intraday where the file has highs and lows): said with the day's
 * close when it turned the other way, and with the record on a day that closed at one.
 */
export function rangeItem(s: SeriesStats, cite: Cite, date: string): WatchItem | null {
  const r = s.risk.range52w;
  const since = recordSince(s, date);
  if (!isAvailable(r) || (r.high.date !== date && r.low.date !== date))
    return since === null ? null : recordItem(s, cite('drawdown', since, date));
  const high = r.high.date === date;
  const c = cite('range52w', r.from, date);
  const basis = r.basis === 'intraday' ? 'intraday ' : 'closing ';
  // An intraday low on a day that closed up (or a high on a day that closed down) says so, or
  // "touched a 52-week low" on a +8.66% day reads as an error.
  const day = isAvailable(s.day) ? s.day.value : 0;
  const turned = basis === 'intraday ' && (high ? day < 0 : day > 0);
  const then = turned ? `, then closed ${high ? 'down' : 'up'} ${pctAbs(day)} on the day` : '';
  const what = `${basis}${high ? 'high' : 'low'}`;
  // A 52-week high on a day that closed at a record (a close above every earlier one) says so:
  // "touched a 52-week intraday high" alone undersold 2017-01-09's record Nasdaq close.
  if (high && since !== null) {
    const cr = cite('drawdown', since, date);
    return {
      rule: 'range52w',
      variant: `${what}${AT_RECORD}`,
      alone: prose`${s.name} closed at a record${cr} and touched a 52-week ${what} today${c}.`,
      part: prose`${s.name}`,
      note: prose`${cr}${c}`,
    };
  }
  return {
    rule: 'range52w',
    // A turn is told in the index's own sentence ("..., then closed up 8.66% on the day").
    variant: turned ? `${what} ${s.symbol}` : what,
    alone: prose`${s.name} touched a 52-week ${what} today${then}${c}.`,
    part: prose`${s.name}`,
    note: prose`${c}`,
  };
}

/** The end of a 52-week-high item's variant on a record-close day. */
export const AT_RECORD = ', at a record close';

/** The variant of a record close without a 52-week high the same day. */
export const RECORD_CLOSE = 'record close';

/**
 * Where the record's history begins when the index closed above every earlier close of its file
 * today (not its file's first row); else null.
 */
function recordSince(s: SeriesStats, date: string): string | null {
  const dd = s.risk.drawdown;
  const record = isAvailable(dd) && dd.current.peak.date === date && dd.historyFrom !== date;
  return record ? dd.historyFrom : null;
}

/**
 * A record close whose day set no 52-week high (2013-12-31: the Russell 2000 closed at 1,163.64,
 * a record, but its intraday high stayed below December 26's): said all the same, or the list
 * gives the S&P 500's record beside a headline on the Russell 2000's and leaves that one out.
 */
function recordItem(s: SeriesStats, cr: ReturnType<Cite>): WatchItem {
  return {
    rule: 'range52w',
    variant: RECORD_CLOSE,
    alone: prose`${s.name} closed at a record today${cr}.`,
    part: prose`${s.name}`,
    note: prose`${cr}`,
  };
}
