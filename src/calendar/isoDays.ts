/**
 * Whole-day arithmetic on ISO `YYYY-MM-DD` dates in the proleptic Gregorian calendar.
 *
 * Everything here is pure integer arithmetic: no `Date`, no time zone, so a session date can
 * never slip to the previous evening the way `new Date('2026-01-22')` (UTC midnight) does in
 * New York. Day numbers count days since 1970-01-01 (day 0), using Howard Hinnant's
 * `days_from_civil` / `civil_from_days` algorithms
 * (https://howardhinnant.github.io/date_algorithms.html).
 */

/** A calendar date split into its parts; `month` is 1-12, `day` is 1-31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** ISO weekday numbers as returned by {@link weekdayOf}: Monday is 1, Sunday is 7. */
export const Weekday = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
} as const;

/** True for Gregorian leap years (divisible by 4, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** Days since 1970-01-01 for a civil date (negative before 1970). */
export function toDayNumber(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = date.month > 2 ? date.month - 3 : date.month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + date.day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of a day number produced by {@link toDayNumber}. */
export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Formats a civil date as `YYYY-MM-DD` (years 0-9999). */
export function formatIso(date: CivilDate): string {
  const y = String(date.year).padStart(4, '0');
  const m = String(date.month).padStart(2, '0');
  const d = String(date.day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The ISO date `days` days after `date` (before it when negative). */
export function addDaysToCivil(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The `n`-th (1-based) given ISO weekday of a month, e.g. the third Monday of January:
 * `nthWeekdayOfMonth(2026, 1, Weekday.monday, 3)` is 2026-01-19.
 */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: number,
  n: number,
): CivilDate {
  const first = toDayNumber({ year, month, day: 1 });
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return fromDayNumber(first + offset + (n - 1) * 7);
}

/** The last given ISO weekday of a month, e.g. the last Monday of May (Memorial Day). */
export function lastWeekdayOfMonth(year: number, month: number, weekday: number): CivilDate {
  const last = toDayNumber({ year, month, day: daysInMonth(year, month) });
  const offset = (weekdayOf(last) - weekday + 7) % 7;
  return fromDayNumber(last - offset);
}
