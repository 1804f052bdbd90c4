/**
 * The wall-clock moment a session closes, in New York time.
 */
import { DateTime } from 'luxon';
import { BriefError } from '../errors.js';
import { earlyCloseHour } from './earlyCloses.js';
import { closureReason } from './sessions.js';

/** IANA zone of the NYSE; use it for "now" and for closing times. */
export const NEW_YORK_ZONE = 'America/New_York';

/** Regular closing hour of the NYSE, 16:00 ET. */
export const REGULAR_CLOSE_HOUR = 16;

/**
 * When the session `date` closes: 16:00 America/New_York, or 13:00 on an early-close day
 * (14:00 for the 1990-1992 early closes; see `earlyCloses.ts`). The result is a luxon
 * DateTime in the America/New_York zone, so EST/EDT is handled by the zone rules.
 *
 * @throws BriefError('noSession') when `date` is a weekend, holiday or unscheduled closure.
 * @throws BriefError('usage') when `date` is not a real `YYYY-MM-DD` date in the supported range.
 */
export function sessionCloseTime(date: string): DateTime {
  const reason = closureReason(date);
  if (reason !== null) {
    throw new BriefError(
      'noSession',
      `${date} is not a New York Stock Exchange trading session (${reason})`,
      'Choose a weekday that is not an NYSE holiday or closure.',
    );
  }
  const hour = earlyCloseHour(date) ?? REGULAR_CLOSE_HOUR;
  return DateTime.fromObject(
    {
      year: Number(date.slice(0, 4)),
      month: Number(date.slice(5, 7)),
      day: Number(date.slice(8, 10)),
      hour,
    },
    { zone: NEW_YORK_ZONE },
  );
}
