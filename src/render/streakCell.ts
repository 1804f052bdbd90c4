/**
 * The "Streak" cell of the pairs table: "13 sessions (3rd longest)", "2 sessions" or "none today".
 */
import type { PairStats } from '../stats/briefStats.js';
import { isAvailable } from '../model/figure.js';
import { ordinal } from '../model/format.js';
import { MIN_RANKED } from './narrative/rotationContext.js';
import { count } from './narrative/wording.js';

/** Short table cell for a pair's current outperformance streak. */
export function streakCell(p: PairStats): string {
  if (!isAvailable(p.streak)) return 'n/a';
  const s = p.streak;
  if (s.current === 0 || s.rank === null) return 'none today';
  if (s.current < MIN_RANKED) return count(s.current, 'session');
  const rank =
    s.rank === 1
      ? (s.tiedWith ?? 0) > 0
        ? 'ties the record'
        : 'record'
      : `${ordinal(s.rank)} longest`;
  return `${count(s.current, 'session')} (${rank})`;
}
