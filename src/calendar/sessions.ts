/**
 * Which days are NYSE trading sessions, why the others are not, and stepping between sessions.
 *
 * A date is a session when it is a weekday, not a regular holiday (see `nyseHolidays.ts`) and
 * not an unscheduled closure (see `unscheduledClosures.ts`). All functions take ISO `YYYY-MM-DD`
 * strings within 1990-01-01..2099-12-31 and throw `BriefError('usage')` otherwise.
 *
 * Speed: the closures of a year are merged into one map the first time the year is touched,
 * so {@link isSession} costs a regex, a little integer arithmetic and one map lookup.
 */
import { BriefError } from '../errors.js';
import {
  type CivilDate,
  formatIso,
  fromDayNumber,
  toDayNumber,
  Weekday,
  weekdayOf,
} from './isoDays.js';
import { nyseHolidays } from './nyseHolidays.js';
import { unscheduledClosuresIn } from './unscheduledClosures.js';
import {
  FIRST_SUPPORTED_DATE,
  LAST_SUPPORTED_DATE,
  parseSupportedDate,
} from './validateIsoDate.js';

const closuresByYear = new Map<number, ReadonlyMap<string, string>>();

/** Regular holidays plus unscheduled closures of `year`, keyed by ISO date; cached. */
function weekdayClosures(year: number): ReadonlyMap<string, string> {
  let closures = closuresByYear.get(year);
  if (closures === undefined) {
    const merged = new Map(nyseHolidays(year));
    for (const closure of unscheduledClosuresIn(year)) merged.set(closure.date, closure.name);
    closures = merged;
    closuresByYear.set(year, closures);
  }
  return closures;
}

/** Closure reason for an already-validated date, given its day number. */
function reasonFor(iso: string, date: CivilDate, dayNumber: number): string | null {
  const weekday = weekdayOf(dayNumber);
  if (weekday === Weekday.saturday) return 'Saturday';
  if (weekday === Weekday.sunday) return 'Sunday';
  return weekdayClosures(date.year).get(iso) ?? null;
}

/**
 * Why the NYSE is closed on `date`, or null when `date` is a trading session.
 *
 * The reason is 'Saturday' or 'Sunday', the holiday's name ('Good Friday', 'Juneteenth',
 * 'Independence Day' — also for an observed day such as 2026-07-03 — ...), or the name of an
 * unscheduled closure ('Hurricane Sandy', 'September 11 attacks', ...).
 *
 * @throws BriefError('usage') when `date` is not a real `YYYY-MM-DD` date in the supported range.
 */
export function closureReason(date: string): string | null {
  const civil = parseSupportedDate(date);
  return reasonFor(date, civil, toDayNumber(civil));
}

/**
 * True when `date` is an NYSE trading session (full or early close).
 *
 * @throws BriefError('usage') when `date` is not a real `YYYY-MM-DD` date in the supported range.
 */
export function isSession(date: string): boolean {
  return closureReason(date) === null;
}

/** Walks from `date` in direction `step` to the first session strictly beyond it. */
function stepToSession(date: string, step: 1 | -1): string {
  let dayNumber = toDayNumber(parseSupportedDate(date));
  for (;;) {
    dayNumber += step;
    const civil = fromDayNumber(dayNumber);
    const iso = formatIso(civil);
    if (iso < FIRST_SUPPORTED_DATE || iso > LAST_SUPPORTED_DATE) {
      const direction = step < 0 ? 'before' : 'after';
      throw new BriefError(
        'usage',
        `no NYSE session ${direction} ${date} within the supported calendar range ` +
          `${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`,
        `Use a date from ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}.`,
      );
    }
    if (reasonFor(iso, civil, dayNumber) === null) return iso;
  }
}

/**
 * The latest session strictly before `date`; `date` itself need not be a session.
 * Example: `previousSession('2026-01-20')` is '2026-01-16' (skips the weekend and MLK Day).
 *
 * @throws BriefError('usage') for a bad date or when the answer would precede 1990-01-01.
 */
export function previousSession(date: string): string {
  return stepToSession(date, -1);
}

/**
 * The earliest session strictly after `date`; `date` itself need not be a session.
 * Example: `nextSession('2026-04-02')` is '2026-04-06' (skips Good Friday and the weekend).
 *
 * @throws BriefError('usage') for a bad date or when the answer would follow 2099-12-31.
 */
export function nextSession(date: string): string {
  return stepToSession(date, 1);
}

/**
 * Every NYSE session from `from` through `to` (both may be non-sessions), in order, in one walk
 * over day numbers (what repeated {@link nextSession} calls give, without parsing each date).
 *
 * @throws BriefError('usage') when `from` or `to` is not a real date in the supported range.
 */
export function sessionsBetween(from: string, to: string): string[] {
  const last = toDayNumber(parseSupportedDate(to));
  const out: string[] = [];
  for (let day = toDayNumber(parseSupportedDate(from)); day <= last; day++) {
    const weekday = weekdayOf(day);
    if (weekday === Weekday.saturday || weekday === Weekday.sunday) continue;
    const civil = fromDayNumber(day);
    const iso = formatIso(civil);
    if (reasonFor(iso, civil, day) === null) out.push(iso);
  }
  return out;
}
