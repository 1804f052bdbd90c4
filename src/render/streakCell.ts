/**
 * The "Streak" cell of the pairs table: "14 sessions (longest since 1996)", "14 sessions (a record,
 * data from 2000)", "3 sessions" (unranked below five) or "none today".
 */
import type { PairStats } from '../stats/briefStats.js';
import { isAvailable } from '../model/figure.js';
import { count } from './narrative/wording.js';
import { streakStanding } from './streakStanding.js';

/** Short table cell for a pair's current outperformance streak. */
export function streakCell(p: PairStats): string {
  if (!isAvailable(p.streak)) return 'no history';
  const s = p.streak;
  if (s.current === 0) return 'none today';
  const standing = streakStanding(s);
  return standing ? `${count(s.current, 'session')} (${standing})` : count(s.current, 'session');
}
