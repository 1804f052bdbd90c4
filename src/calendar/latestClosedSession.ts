/**
 * "Which session's close is the latest one available at this instant?"
 */
import type { DateTime } from 'luxon';
import { BriefError } from '../errors.js';
import { NEW_YORK_ZONE, sessionCloseTime } from './sessionCloseTime.js';
import { isSession, previousSession } from './sessions.js';

/**
 * The latest session whose close is at or before `now` (any zone; it is converted to
 * America/New_York). On a session day before its close this is the previous session; from the
 * close on (16:00, or 13:00 on early-close days) it is the day itself; on weekends and holidays
 * it is the last session before.
 *
 * Examples (New York time): 2026-01-22 15:59 -> '2026-01-21'; 2026-01-22 16:00 -> '2026-01-22';
 * Saturday 2026-01-24 -> '2026-01-23'; 2026-11-27 13:00 (day after Thanksgiving) -> '2026-11-27'.
 *
 * @throws BriefError('usage') when `now` is invalid or its New York date is outside the
 *   supported range (or the answer would precede 1990-01-01).
 */
export function latestClosedSession(now: DateTime): string {
  if (!now.isValid) {
    throw new BriefError(
      'usage',
      `invalid time: ${now.invalidExplanation ?? now.invalidReason ?? 'unknown reason'}`,
      'Pass a valid luxon DateTime.',
    );
  }
  const newYork = now.setZone(NEW_YORK_ZONE);
  const today = newYork.toISODate();
  if (today === null) throw new BriefError('usage', 'invalid time: no calendar date');
  if (isSession(today) && sessionCloseTime(today).toMillis() <= newYork.toMillis()) {
    return today;
  }
  return previousSession(today);
}
