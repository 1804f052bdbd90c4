/**
 * How rare a move is in a series' own history: today's close-to-close simple return over `n`
 * sessions, ranked by size (absolute value) among every earlier `n`-session move of the file
 * (overlapping windows for n > 1), and the last earlier session whose move was at least as large
 * in the same direction (an overlapping window included: "largest since" is then recent). Reads
 * rows 0..i only; O(i) per call.
 */
import type { Maybe } from '../model/figure.js';
import type { Series } from '../model/series.js';

export interface MoveRarity {
  /** Sessions in the window (1 = the day's move). */
  readonly sessions: number;
  /** close[i] / close[i - n] - 1. */
  readonly value: number;
  /** Share of the earlier moves (both directions) strictly smaller in size, in [0, 1]. */
  readonly percentile: number;
  /** Earlier moves compared. */
  readonly sample: number;
  /** First session whose move was compared (the history the percentile is over). */
  readonly historyFrom: string;
  /**
   * End session of the last earlier move at least as large in the same direction, or null when
   * none was: the largest such move in the file.
   */
  readonly largestSince: string | null;
}

/** The rarity of the `n`-session move ending at row i. */
export function moveRarity(s: Series, i: number, n: number): Maybe<MoveRarity> {
  const c = s.close;
  if (i - n < 1)
    return {
      unavailable: `${s.symbol}: ranking a ${n}-session move needs earlier moves; history begins ${s.dates[0]}`,
    };
  const value = (c[i] as number) / (c[i - n] as number) - 1;
  const size = Math.abs(value);
  let smaller = 0;
  let since: number | null = null;
  for (let k = n; k < i; k++) {
    const m = (c[k] as number) / (c[k - n] as number) - 1;
    if (Math.abs(m) < size) smaller++;
    if (value >= 0 ? m >= value : m <= value) since = k;
  }
  const sample = i - n;
  return {
    sessions: n,
    value,
    percentile: smaller / sample,
    sample,
    historyFrom: s.dates[n] as string,
    largestSince: since === null ? null : (s.dates[since] as string),
  };
}
