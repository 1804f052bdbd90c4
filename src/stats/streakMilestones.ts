/**
 * Milestones of a pair's outperformance streak on a date, the hooks the press quotes: the earlier
 * streaks it outgrew today ("passes the 13 sessions of 2008"), and the streak that ended today
 * (when small caps did not beat large caps, after a run). Same streaks as streakIndex.ts, from its
 * memoized run index; only common sessions up to the date are read.
 */
import type { Maybe } from '../model/figure.js';
import { lowerBound } from '../model/bisect.js';
import { commonIndexAtOrBefore, type PairStreakIndex } from './streakIndex.js';
import type { Streak } from './streaks.js';

export interface StreakMilestones {
  /**
   * Earlier streaks one session shorter than today's, more recent than any streak at least as
   * long as today's: the ones this streak passed today (oldest first; empty on most days).
   */
  readonly passed: readonly Streak[];
  /** The streak that ended today (small caps did not beat large caps); null when none did. */
  readonly ended: Streak | null;
  /** Share of the streaks before the one that ended that were shorter than it (null: none ended). */
  readonly endedShareShorter: number | null;
  /** 1 + the number of streaks before the one that ended that were longer (null: none ended). */
  readonly endedRank: number | null;
  /** The most recent streak before the one that ended that was longer than it; null: none. */
  readonly endedLastLonger: Streak | null;
}

/** Milestones of the streak on `date` (the last common session up to it). */
export function streakMilestones(index: PairStreakIndex, date: string): Maybe<StreakMilestones> {
  const k = commonIndexAtOrBefore(index, date);
  if (k < 2) return { unavailable: `${index.small}/${index.large}: fewer than 3 common sessions` };
  const ri = index.runs;
  const d = index.dates;
  const streakAt = (o: number): Streak => {
    const start = ri.starts[o] as number;
    const end = ri.ends[o] as number;
    return { length: end - start + 1, start: d[start] as string, end: d[end] as string };
  };
  const current = ri.run[k] as number;
  const earlier = lowerBound(ri.ends, k - current); // runs that ended before today's began
  const passed: Streak[] = [];
  if (current >= 2) {
    for (let o = earlier - 1; o >= 0; o--) {
      const len = (ri.ends[o] as number) - (ri.starts[o] as number) + 1;
      if (len >= current) break; // a streak at least as long: nothing older was passed today
      if (len === current - 1) passed.unshift(streakAt(o));
    }
  }
  const endedOrd = current === 0 && (ri.run[k - 1] as number) > 0 ? lowerBound(ri.ends, k - 1) : -1;
  if (endedOrd < 0)
    return { passed, ended: null, endedShareShorter: null, endedRank: null, endedLastLonger: null };
  const ended = streakAt(endedOrd);
  let [shorter, longer, lastLonger] = [0, 0, -1];
  for (let o = 0; o < endedOrd; o++) {
    const len = (ri.ends[o] as number) - (ri.starts[o] as number) + 1;
    if (len < ended.length) shorter++;
    else if (len > ended.length) [longer, lastLonger] = [longer + 1, o];
  }
  return {
    passed,
    ended,
    endedShareShorter: endedOrd > 0 ? shorter / endedOrd : 0,
    endedRank: longer + 1,
    endedLastLonger: lastLonger < 0 ? null : streakAt(lastLonger),
  };
}

/** How rare the day's small-minus-large spread is among the pair's daily spreads. */
export interface SpreadRarity {
  /** Small's return minus large's on the date (fraction). */
  readonly value: number;
  /** Share of earlier daily spreads strictly smaller in size, in [0, 1]. */
  readonly percentile: number;
  readonly sample: number;
  readonly historyFrom: string;
  /** Last earlier session with a spread at least as wide in the same direction; null: none. */
  readonly widestSince: string | null;
}

/** The rarity of the day's spread on `date`, over the pair's common sessions. */
export function spreadRarity(index: PairStreakIndex, date: string): Maybe<SpreadRarity> {
  const k = commonIndexAtOrBefore(index, date);
  if (k < 2) return { unavailable: `${index.small}/${index.large}: fewer than 3 common sessions` };
  const a = index.smallClose;
  const b = index.largeClose;
  const spread = (j: number) =>
    (a[j] as number) / (a[j - 1] as number) - (b[j] as number) / (b[j - 1] as number);
  const value = spread(k);
  let smaller = 0;
  let since: number | null = null;
  for (let j = 1; j < k; j++) {
    const x = spread(j);
    if (Math.abs(x) < Math.abs(value)) smaller++;
    if (value >= 0 ? x >= value : x <= value) since = j;
  }
  return {
    value,
    percentile: smaller / (k - 1),
    sample: k - 1,
    historyFrom: index.dates[1] as string,
    widestSince: since === null ? null : (index.dates[since] as string),
  };
}
