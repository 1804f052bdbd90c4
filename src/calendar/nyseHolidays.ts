/**
 * The NYSE's regular (scheduled) full-day holidays, computed by rule for any supported year.
 *
 * Rules, as in NYSE Rule 7.2 ("Holidays") and the NYSE holiday pages
 * (https://www.nyse.com/markets/hours-calendars), checked against every session in
 * data/closes/GSPC.csv from 1990 on (see test/calendar/groundTruth.test.ts):
 *
 * | Holiday                    | Date                                     | Since   |
 * | -------------------------- | ---------------------------------------- | ------- |
 * | New Year's Day             | January 1                                | always  |
 * | Martin Luther King Jr. Day | third Monday of January                  | 1998    |
 * | Washington's Birthday      | third Monday of February                 | 1971    |
 * | Good Friday                | two days before (Gregorian) Easter       | always  |
 * | Memorial Day               | last Monday of May                       | 1971    |
 * | Juneteenth                 | June 19                                  | 2022    |
 * | Independence Day           | July 4                                   | always  |
 * | Labor Day                  | first Monday of September                | always  |
 * | Thanksgiving Day           | fourth Thursday of November              | 1942    |
 * | Christmas Day              | December 25                              | always  |
 *
 * Observance: a fixed-date holiday on a Saturday is observed on the Friday before, on a Sunday
 * on the Monday after — except New Year's Day on a Saturday, which is not observed at all
 * (the exchange stays open on Friday December 31; e.g. 1999-12-31, 2021-12-31).
 * MLK Day was a trading day before 1998 (e.g. 1997-01-20 is a session).
 */
import { easterSunday } from './easterSunday.js';
import {
  type CivilDate,
  addDaysToCivil,
  formatIso,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  toDayNumber,
  Weekday,
  weekdayOf,
} from './isoDays.js';

/** Names returned by `closureReason` for the regular holidays. */
export const HolidayName = {
  newYearsDay: "New Year's Day",
  mlkDay: 'Martin Luther King Jr. Day',
  washingtonsBirthday: "Washington's Birthday",
  goodFriday: 'Good Friday',
  memorialDay: 'Memorial Day',
  juneteenth: 'Juneteenth',
  independenceDay: 'Independence Day',
  laborDay: 'Labor Day',
  thanksgivingDay: 'Thanksgiving Day',
  christmasDay: 'Christmas Day',
} as const;

/** Where a fixed-date holiday is observed: Saturday -> Friday, Sunday -> Monday. */
function observed(date: CivilDate): CivilDate {
  const weekday = weekdayOf(toDayNumber(date));
  if (weekday === Weekday.saturday) return addDaysToCivil(date, -1);
  if (weekday === Weekday.sunday) return addDaysToCivil(date, 1);
  return date;
}

/** New Year's Day: Sunday -> Monday; Saturday -> no closure (the Friday is a session). */
function observedNewYearsDay(year: number): CivilDate | null {
  const date = { year, month: 1, day: 1 };
  if (weekdayOf(toDayNumber(date)) === Weekday.saturday) return null;
  return observed(date);
}

function holidayDates(year: number): Array<[CivilDate | null, string]> {
  const { monday, thursday } = Weekday;
  return [
    [observedNewYearsDay(year), HolidayName.newYearsDay],
    [year >= 1998 ? nthWeekdayOfMonth(year, 1, monday, 3) : null, HolidayName.mlkDay],
    [nthWeekdayOfMonth(year, 2, monday, 3), HolidayName.washingtonsBirthday],
    [addDaysToCivil(easterSunday(year), -2), HolidayName.goodFriday],
    [lastWeekdayOfMonth(year, 5, monday), HolidayName.memorialDay],
    [year >= 2022 ? observed({ year, month: 6, day: 19 }) : null, HolidayName.juneteenth],
    [observed({ year, month: 7, day: 4 }), HolidayName.independenceDay],
    [nthWeekdayOfMonth(year, 9, monday, 1), HolidayName.laborDay],
    [nthWeekdayOfMonth(year, 11, thursday, 4), HolidayName.thanksgivingDay],
    [observed({ year, month: 12, day: 25 }), HolidayName.christmasDay],
  ];
}

const cache = new Map<number, ReadonlyMap<string, string>>();

/**
 * The NYSE's regular full-day holidays of `year` as observed (weekday dates), mapping each ISO
 * date to the holiday's name, in calendar order. Cached per year; the map is shared, do not
 * mutate it. Holidays never spill into a neighbouring year, because New Year's Day on a Saturday
 * is not moved to December 31.
 *
 * Example: `nyseHolidays(2026).get('2026-07-03')` is 'Independence Day' (July 4 is a Saturday).
 */
export function nyseHolidays(year: number): ReadonlyMap<string, string> {
  let holidays = cache.get(year);
  if (holidays === undefined) {
    const map = new Map<string, string>();
    for (const [date, name] of holidayDates(year)) {
      if (date !== null) map.set(formatIso(date), name);
    }
    holidays = map;
    cache.set(year, holidays);
  }
  return holidays;
}
