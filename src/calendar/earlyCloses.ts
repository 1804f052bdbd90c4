/**
 * Scheduled early closes of the NYSE (sessions that end before 16:00 ET).
 *
 * Rules implemented, from 1990 on (source: NYSE "Closings of the Exchange" history as encoded in
 * pandas_market_calendars `holidays_nyse.py` / `exchange_calendar_nyse.py`, and the NYSE
 * holiday pages https://www.nyse.com/markets/hours-calendars for recent years):
 *
 * | Early close                       | Rule                                        | Years     | Time  |
 * | --------------------------------- | ------------------------------------------- | --------- | ----- |
 * | Day after Thanksgiving            | Friday after the fourth Thursday of Nov     | 1992      | 14:00 |
 * |                                   |                                             | 1993-     | 13:00 |
 * | Christmas Eve                     | December 24 when it is a session (Mon-Thu)  | 1990-1992 | 14:00 |
 * |                                   |                                             | 1993-     | 13:00 |
 * | Eve of Independence Day           | July 3 on a Monday, Tuesday or Thursday     | 1995-     | 13:00 |
 * |                                   | July 3 on a Wednesday (July 4 a Thursday)   | 2013-     | 13:00 |
 * | Day after Independence Day        | July 5 on a Friday (July 4 a Thursday)      | 1996-2012 | 13:00 |
 * | Ad hoc (day after Christmas)      | 1997-12-26, 2003-12-26                      |           | 13:00 |
 *
 * So July 3 is an early close exactly when it is a session and Independence Day falls on
 * Tuesday-Friday — since 2013. From 1995 to 2012, when July 4 was a Thursday (1996, 2002) the
 * half day was Friday July 5 instead and July 3 was a full session; before 1995 there was no
 * July early close. When July 4 is a Saturday, July 3 is the observed holiday (closed).
 * 1990-1991 had no early close on the day after Thanksgiving.
 *
 * Deliberately not included: 1999-12-31 (listed by some sources as a 13:00 close, disputed
 * and absent from the NYSE's own closings history), 2025-12-26 and other Fridays after a
 * Thursday Christmas since 2004 (full sessions), and unscheduled intraday closes (weather,
 * circuit breakers, system problems), which do not change which day's close is the latest.
 */
import {
  type CivilDate,
  formatIso,
  nthWeekdayOfMonth,
  addDaysToCivil,
  toDayNumber,
  Weekday,
  weekdayOf,
} from './isoDays.js';
import { isSession } from './sessions.js';

/** Ad hoc scheduled early closes outside the rules above: ISO date -> closing hour (ET). */
export const AD_HOC_EARLY_CLOSES: ReadonlyMap<string, number> = new Map([
  ['1997-12-26', 13],
  ['2003-12-26', 13],
]);

/** A scheduled early close: its hour (ET) and the occasion, as a sentence names it. */
export interface EarlyClose {
  /** 13, or 14 for the 1990-1992 ones. */
  readonly hour: number;
  /** "the day after Thanksgiving", "Christmas Eve", "the eve of Independence Day", ... */
  readonly occasion: string;
}

function weekdayOfCivil(date: CivilDate): number {
  return weekdayOf(toDayNumber(date));
}

/** July 3 / July 5 half days around Independence Day (see the table above). */
function independenceDayEarlyClose(year: number): CivilDate | null {
  if (year < 1995) return null;
  const july3 = { year, month: 7, day: 3 };
  const weekday = weekdayOfCivil(july3);
  const { monday, tuesday, wednesday, thursday } = Weekday;
  if (weekday === monday || weekday === tuesday || weekday === thursday) return july3;
  if (weekday === wednesday) return year >= 2013 ? july3 : { year, month: 7, day: 5 };
  return null;
}

/** Candidate early closes of `year` by date; callers still check for a session. */
function candidatesOf(year: number): Map<string, EarlyClose> {
  const candidates = new Map<string, EarlyClose>();
  const hour = year >= 1993 ? 13 : 14;
  if (year >= 1992) {
    const thanksgiving = nthWeekdayOfMonth(year, 11, Weekday.thursday, 4);
    candidates.set(formatIso(addDaysToCivil(thanksgiving, 1)), {
      hour,
      occasion: 'the day after Thanksgiving',
    });
  }
  candidates.set(formatIso({ year, month: 12, day: 24 }), { hour, occasion: 'Christmas Eve' });
  const july = independenceDayEarlyClose(year);
  if (july !== null)
    candidates.set(formatIso(july), {
      hour: 13,
      occasion: july.day === 3 ? 'the eve of Independence Day' : 'the day after Independence Day',
    });
  for (const [date, adHocHour] of AD_HOC_EARLY_CLOSES) {
    if (date.startsWith(`${year}-`))
      candidates.set(date, { hour: adHocHour, occasion: 'the day after Christmas' });
  }
  return candidates;
}

const cache = new Map<number, ReadonlyMap<string, EarlyClose>>();

/**
 * The scheduled early close of the session `date` (its hour, ET, and occasion), or null for a
 * regular 16:00 close or a non-session day.
 *
 * @throws BriefError('usage') when `date` is not a real `YYYY-MM-DD` date in the supported range.
 */
export function earlyCloseOf(date: string): EarlyClose | null {
  if (!isSession(date)) return null;
  const year = Number(date.slice(0, 4));
  let candidates = cache.get(year);
  if (candidates === undefined) {
    candidates = candidatesOf(year);
    cache.set(year, candidates);
  }
  return candidates.get(date) ?? null;
}

/**
 * The hour (ET, 13 or 14) at which the session `date` closes early, or null for a regular
 * 16:00 close or a non-session day.
 *
 * @throws BriefError('usage') when `date` is not a real `YYYY-MM-DD` date in the supported range.
 */
export function earlyCloseHour(date: string): number | null {
  return earlyCloseOf(date)?.hour ?? null;
}

/**
 * True when `date` is a session with a scheduled early close: 13:00 ET since 1993 (July 3 /
 * July 5 around Independence Day, the day after Thanksgiving, Christmas Eve; see the table in
 * this module), 14:00 ET for the few 1990-1992 ones. False for full sessions and closed days.
 *
 * @throws BriefError('usage') when `date` is not a real `YYYY-MM-DD` date in the supported range.
 */
export function isEarlyClose(date: string): boolean {
  return earlyCloseHour(date) !== null;
}
