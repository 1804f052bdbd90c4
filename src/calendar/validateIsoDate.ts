/**
 * Parsing and validation of ISO session dates (`YYYY-MM-DD`), plus the calendar's supported
 * range. Every public calendar function funnels its date argument through
 * {@link parseSupportedDate}, so malformed or out-of-range input fails the same way everywhere.
 */
import { BriefError } from '../errors.js';
import { type CivilDate, daysInMonth } from './isoDays.js';

/** First date the NYSE calendar answers for (inclusive). */
export const FIRST_SUPPORTED_DATE = '1990-01-01';
/** Last date the NYSE calendar answers for (inclusive). */
export const LAST_SUPPORTED_DATE = '2099-12-31';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of `text` when it is exactly `YYYY-MM-DD` and a real calendar date (any year), else null. */
export function parseIsoParts(text: string): CivilDate | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function invalidDate(text: string): BriefError {
  return new BriefError(
    'usage',
    `invalid date ${JSON.stringify(text)}: expected a real calendar date in the form YYYY-MM-DD`,
    'Write the date as four-digit year, two-digit month and two-digit day, e.g. 2026-01-22.',
  );
}

/**
 * Returns `text` unchanged when it is exactly `YYYY-MM-DD` and a real calendar date
 * (so '2026-02-28' passes; '2026-02-30', '2026-1-5', '20260105', '' and ' 2026-01-05' do not).
 *
 * @throws BriefError('usage') naming the text and the expected form.
 */
export function validateIsoDate(text: string): string {
  if (parseIsoParts(text) === null) throw invalidDate(text);
  return text;
}

/**
 * Throws unless `isoDate` (already well-formed) lies within
 * {@link FIRST_SUPPORTED_DATE}..{@link LAST_SUPPORTED_DATE}.
 *
 * @throws BriefError('usage') saying the date is outside the supported range.
 */
export function assertSupportedDate(isoDate: string): void {
  // Well-formed ISO dates compare correctly as strings.
  if (isoDate < FIRST_SUPPORTED_DATE || isoDate > LAST_SUPPORTED_DATE) {
    throw new BriefError(
      'usage',
      `date ${isoDate} is outside the supported NYSE calendar range ` +
        `${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`,
      `Use a date from ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}.`,
    );
  }
}

/**
 * Validates `text` as an ISO date within the supported range and returns its parts.
 *
 * @throws BriefError('usage') for a malformed, unreal or out-of-range date.
 */
export function parseSupportedDate(text: string): CivilDate {
  const parts = parseIsoParts(text);
  if (parts === null) throw invalidDate(text);
  assertSupportedDate(text);
  return parts;
}
