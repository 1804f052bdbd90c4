/**
 * A series that misses a session (or has a row on a holiday) before a brief's date would silently
 * measure its returns and streaks over the wrong sessions: the brief for that date is refused,
 * naming the file and the first disagreement with the calendar (`brief check` lists them all).
 */
import { calendarProblems, closureReason, type CalendarProblem } from '../calendar/index.js';
import { BriefError } from '../errors.js';
import type { Series } from '../model/series.js';

/** The error for a series whose file disagrees with the calendar before the brief's `date`. */
function calendarError(s: Series, p: CalendarProblem, date: string): BriefError {
  const hint =
    'restore the row from the data source (brief check lists every gap); a gap would make the figures span the wrong sessions';
  if (p.kind === 'extra') {
    return new BriefError(
      'data',
      `${s.source}: ${s.symbol} has a row for ${p.date}, which is not a New York session (${closureReason(p.date)}), before ${date}`,
      hint,
    );
  }
  const around = `rows around it: ${s.dates[p.row - 1] ?? 'none'}, ${s.dates[p.row] ?? 'none'}`;
  return new BriefError(
    'data',
    `${s.source}: ${s.symbol} has no row for session ${p.date}, before ${date} (${around})`,
    hint,
  );
}

/**
 * A check of `series` against the calendar, computed once: the returned function throws a data
 * error when one of `symbols` disagrees with the calendar before `date`.
 */
export function calendarGuard(
  series: ReadonlyMap<string, Series>,
): (date: string, symbols: Iterable<string>) => void {
  const firstProblem = new Map<string, CalendarProblem>();
  for (const [sym, s] of series) {
    const p = calendarProblems(s.dates)[0];
    if (p) firstProblem.set(sym, p);
  }
  return (date, symbols) => {
    for (const sym of symbols) {
      const p = firstProblem.get(sym);
      if (p && p.date < date) throw calendarError(series.get(sym) as Series, p, date);
    }
  };
}
