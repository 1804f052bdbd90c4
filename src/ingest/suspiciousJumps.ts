/**
 * Close-to-close moves too large to trust without a look at the source: a decimal slipped, a
 * unit changed, a split not applied. `brief check` lists them as warnings; `brief fetch` refuses
 * to append a new row that makes one.
 */
import type { Series } from '../model/series.js';

/** Largest close-to-close move (fraction) of an index or ETF before it is suspicious. */
export const DEFAULT_MAX_JUMP = 0.25;
/** The same for single stocks (the universe's mega caps). */
export const DEFAULT_MAX_STOCK_JUMP = 0.5;

/** One suspicious move: row `index` against row `index - 1`. */
export interface Jump {
  readonly index: number;
  /** close[index] / close[index - 1] - 1 (simple close-to-close return). */
  readonly move: number;
}

/** Rows from `from` (at least 1) whose close-to-close move exceeds `limit` in absolute value. */
export function suspiciousJumps(s: Series, limit: number, from = 1): Jump[] {
  const close = s.close;
  const out: Jump[] = [];
  for (let i = Math.max(1, from); i < close.length; i++) {
    const move = (close[i] as number) / (close[i - 1] as number) - 1;
    if (Math.abs(move) > limit) out.push({ index: i, move });
  }
  return out;
}

/** "suspicious jump on 2026-08-24: close-to-close -90.0% (2718.77 on 2026-08-21 to 271.88)". */
export function describeJump(s: Series, j: Jump): string {
  const pct = `${j.move > 0 ? '+' : ''}${(j.move * 100).toFixed(1)}%`;
  const prev = j.index - 1;
  return `suspicious jump on ${s.dates[j.index]}: close-to-close ${pct} (${s.close[prev]} on ${s.dates[prev]} to ${s.close[j.index]})`;
}
