/**
 * What kind of session a date is: the session before it and any weekday closures in between
 * (holidays and unscheduled closures, e.g. the four sessions after September 11, 2001, which make
 * "the day's move" span the gap), whether it closed early (at 13:00, or 14:00 in 1990-1992, and
 * for which occasion), and whether it was the last or first session of its year.
 */
import { earlyCloseOf } from './earlyCloses.js';
import { addDaysToCivil, formatIso, toDayNumber, Weekday, weekdayOf } from './isoDays.js';
import { closureReason, nextSession, previousSession } from './sessions.js';
import { unscheduledClosuresIn } from './unscheduledClosures.js';
import { parseSupportedDate } from './validateIsoDate.js';

export interface SessionContext {
  /** The session before the date; null on the calendar's first session (1990-01-02). */
  readonly previous: string | null;
  /** Weekdays between the previous session and the date, with why they were closed. */
  readonly closedWeekdays: readonly { readonly date: string; readonly reason: string }[];
  /** True when the closed weekdays include an unscheduled closure (not a regular holiday). */
  readonly unscheduled: boolean;
  /** Closed early: at 13:00 New York time (14:00 in 1990-1992). */
  readonly earlyClose: boolean;
  /** The hour (New York time) of an early close: 13, or 14 in 1990-1992; null otherwise. */
  readonly earlyCloseHour: number | null;
  /** Why it closed early ("the day after Thanksgiving", "Christmas Eve", ...); null otherwise. */
  readonly earlyCloseOccasion: string | null;
  readonly lastOfYear: boolean;
  readonly firstOfYear: boolean;
}

/** The first session of the supported calendar: no session before it is known. */
const FIRST_SESSION = '1990-01-02';

/** The early-close fields of a session context. */
function earlyFields(
  date: string,
): Pick<SessionContext, 'earlyClose' | 'earlyCloseHour' | 'earlyCloseOccasion'> {
  const e = earlyCloseOf(date);
  return {
    earlyClose: e !== null,
    earlyCloseHour: e?.hour ?? null,
    earlyCloseOccasion: e?.occasion ?? null,
  };
}

/** The context of session `date` (a New York session). */
export function sessionContext(date: string): SessionContext {
  if (date <= FIRST_SESSION)
    return {
      previous: null,
      closedWeekdays: [],
      unscheduled: false,
      ...earlyFields(date),
      lastOfYear: false,
      firstOfYear: true,
    };
  const previous = previousSession(date);
  const closed: { date: string; reason: string }[] = [];
  let d = parseSupportedDate(previous);
  for (;;) {
    d = addDaysToCivil(d, 1);
    const iso = formatIso(d);
    if (iso >= date) break;
    const wd = weekdayOf(toDayNumber(d));
    if (wd === Weekday.saturday || wd === Weekday.sunday) continue;
    closed.push({ date: iso, reason: closureReason(iso) ?? 'closed' });
  }
  return {
    previous,
    closedWeekdays: closed,
    unscheduled: closed.some((c) =>
      unscheduledClosuresIn(Number(c.date.slice(0, 4))).some((u) => u.date === c.date),
    ),
    ...earlyFields(date),
    lastOfYear: nextSession(date).slice(0, 4) !== date.slice(0, 4),
    firstOfYear: previous.slice(0, 4) !== date.slice(0, 4),
  };
}
