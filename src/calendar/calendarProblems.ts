/**
 * Where a series' session dates disagree with the NYSE calendar: sessions with no row, rows on
 * days that are not sessions. `brief check` lists them; a brief refuses a date after the first.
 */
import { lowerBound } from '../model/bisect.js';
import { sessionsBetween } from './sessions.js';
import { addDaysToCivil, formatIso } from './isoDays.js';
import {
  FIRST_SUPPORTED_DATE,
  LAST_SUPPORTED_DATE,
  parseSupportedDate,
} from './validateIsoDate.js';

/** The day after `date` (a supported date). */
const nextDay = (date: string): string => formatIso(addDaysToCivil(parseSupportedDate(date), 1));

/** A row on a day that is not a New York session, or a session with no row, in a series' file. */
export interface CalendarProblem {
  readonly kind: 'missing' | 'extra';
  /** The missing session, or the date of the extra row. */
  readonly date: string;
  /** Row index (0-based, in the series) of the extra row, or of the first row after the missing session. */
  readonly row: number;
}

/** Every NYSE session from FIRST_SUPPORTED_DATE on, as far as asked so far (grows as needed). */
const knownSessions: string[] = [];

/** Every NYSE session from 1990-01-01 through `last` at least (cached; a year at a time). */
function sessionsThrough(last: string): readonly string[] {
  const known = knownSessions.at(-1) ?? '';
  if (known >= last || known >= LAST_SUPPORTED_DATE) return knownSessions;
  const from = known === '' ? FIRST_SUPPORTED_DATE : nextDay(known);
  const through = last >= LAST_SUPPORTED_DATE ? LAST_SUPPORTED_DATE : `${last.slice(0, 4)}-12-31`;
  if (from <= through) knownSessions.push(...sessionsBetween(from, through));
  return knownSessions;
}

/**
 * Where ascending session `dates` disagree with the NYSE calendar between their first and last
 * date (from 1990 on, the calendar's range): sessions with no row, rows on days with no session.
 */
export function calendarProblems(dates: readonly string[]): CalendarProblem[] {
  let i = lowerBound(dates, FIRST_SUPPORTED_DATE);
  const end = lowerBound(dates, `${LAST_SUPPORTED_DATE}~`);
  if (i >= end) return [];
  const sessions = sessionsThrough(dates[end - 1] as string);
  let k = lowerBound(sessions, dates[i] as string);
  const out: CalendarProblem[] = [];
  while (i < end) {
    const d = dates[i] as string;
    const s = sessions[k];
    if (s === d) {
      i++;
      k++;
    } else if (s === undefined || d < s) {
      out.push({ kind: 'extra', date: d, row: i++ });
    } else {
      out.push({ kind: 'missing', date: s, row: i });
      k++;
    }
  }
  return out;
}
