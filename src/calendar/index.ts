/**
 * The New York Stock Exchange trading calendar, 1990-01-01 to 2099-12-31.
 *
 * Session dates are ISO `YYYY-MM-DD` strings throughout; clock times are luxon DateTimes in
 * America/New_York. See the module docs of each file for rules and sources.
 */
export { closureReason, isSession, nextSession, previousSession } from './sessions.js';
export {
  AD_HOC_EARLY_CLOSES,
  earlyCloseHour,
  earlyCloseOf,
  isEarlyClose,
  type EarlyClose,
} from './earlyCloses.js';
export { NEW_YORK_ZONE, REGULAR_CLOSE_HOUR, sessionCloseTime } from './sessionCloseTime.js';
export { latestClosedSession } from './latestClosedSession.js';
export {
  FIRST_SUPPORTED_DATE,
  LAST_SUPPORTED_DATE,
  assertSupportedDate,
  validateIsoDate,
} from './validateIsoDate.js';
export { HolidayName, nyseHolidays } from './nyseHolidays.js';
export { easterSunday } from './easterSunday.js';
export { UNSCHEDULED_CLOSURES, unscheduledClosuresIn } from './unscheduledClosures.js';
export type { UnscheduledClosure } from './unscheduledClosures.js';
export type { CivilDate } from './isoDays.js';
export { calendarProblems, type CalendarProblem } from './calendarProblems.js';
export { sessionContext, type SessionContext } from './sessionContext.js';
