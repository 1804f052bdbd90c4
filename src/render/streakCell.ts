/**
 * Today's streak in short, as the pairs table and the key figures show it. The table's "Streak"
 * cell: "14 sessions (longest since 1996)", "14 sessions (a record, data from 2000)", "3 sessions"
 * (unranked below five), "14 sessions, ended today" (on the day a run of two sessions or more
 * ended) or "none today". The key figure: "14 sessions" over "longest since 1996" or "Russell
 * 2000 led today", "Ended at 14" over "S&P 500 led today" on the day the run ended, and
 * "None" over "S&P 500 led today" when there is no run.
 */
import type { PairStats } from '../stats/briefStats.js';
import type { Streak } from '../stats/streaks.js';
import { isAvailable } from '../model/figure.js';
import { roundsToZeroBp } from '../model/format.js';
import { count } from './narrative/wording.js';
import { streakStanding } from './streakStanding.js';

/** The run of two sessions or more that ended today (small caps did not beat), or null. */
function endedToday(p: PairStats): Streak | null {
  const ms = p.milestones;
  return isAvailable(ms) && ms.ended && ms.ended.length >= 2 ? ms.ended : null;
}

/** Short table cell for a pair's current outperformance streak. */
export function streakCell(p: PairStats): string {
  if (!isAvailable(p.streak)) return 'no history';
  const s = p.streak;
  if (s.current === 0) {
    const ended = endedToday(p);
    return ended ? `${count(ended.length, 'session')}, ended today` : 'none today';
  }
  const standing = streakStanding(s);
  return standing ? `${count(s.current, 'session')} (${standing})` : count(s.current, 'session');
}

/**
 * The small-cap streak key figure (value and the line under it), or null without streak
 * history. `name` gives an index's name from its symbol.
 */
export function streakFigure(
  p: PairStats,
  name: (symbol: string) => string,
): { value: string; detail: string } | null {
  if (!isAvailable(p.streak)) return null;
  const s = p.streak;
  const ended = s.current === 0 ? endedToday(p) : null;
  // A tie (a spread that prints as 0 bp) ends a streak too, but nobody "led".
  const level =
    s.current === 0 && isAvailable(p.spreads.day) && roundsToZeroBp(p.spreads.day.value);
  const beaten = level ? `Level with the ${name(p.large)} today` : `${name(p.large)} led today`;
  if (ended) return { value: `Ended at ${ended.length}`, detail: beaten };
  // No run today: "None" ("0 sessions" read as an error).
  if (s.current === 0) return { value: 'None', detail: beaten };
  return {
    value: count(s.current, 'session'),
    detail: streakStanding(s) ?? `${name(p.small)} led today`,
  };
}
