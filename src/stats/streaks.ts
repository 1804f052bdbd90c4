/**
 * Outperformance streaks: consecutive sessions in which the small-cap series' close-to-close
 * simple return beat the large-cap series' (strictly greater; a tie ends a streak).
 */
import type { AlignedPair } from './alignPair.js';
import type { Maybe } from '../model/figure.js';

/** A run of consecutive outperforming sessions, from its first to its last session. */
export interface Streak {
  readonly length: number;
  readonly start: string;
  readonly end: string;
}

/** The current streak as of the pair's last date, ranked against the whole history. */
export interface StreakStats {
  /** Sessions in the current run ending at the last date (0 when small did not beat today). */
  readonly current: number;
  readonly currentStart: string | null;
  /** 1 + number of earlier streaks strictly longer than the current one (null when current is 0). */
  readonly rank: number | null;
  /** Earlier streaks exactly as long as the current one (null, like rank, when current is 0). */
  readonly tiedWith: number | null;
  /** Number of outperformance streaks in the history, the current one included. */
  readonly streakCount: number;
  /** The longest streak in the history (the earliest of equals), the current one included. */
  readonly record: Streak;
  /** The most recent earlier streak at least as long as the current one. */
  readonly lastAtLeastAsLong: Streak | null;
  /** First session with a return for both series (the history the rank is over). */
  readonly historyFrom: string;
  readonly historyTo: string;
}

/** All outperformance streaks of the pair, oldest first. The last may still be running. */
export function outperformanceStreaks(p: AlignedPair): Streak[] {
  const out: Streak[] = [];
  let start = -1;
  const n = p.dates.length;
  for (let k = 1; k <= n; k++) {
    const beat =
      k < n &&
      (p.smallClose[k] as number) / (p.smallClose[k - 1] as number) >
        (p.largeClose[k] as number) / (p.largeClose[k - 1] as number);
    if (beat && start < 0) start = k;
    if (!beat && start >= 0) {
      out.push({
        length: k - start,
        start: p.dates[start] as string,
        end: p.dates[k - 1] as string,
      });
      start = -1;
    }
  }
  return out;
}

/** Current streak with its rank in the pair's whole history up to its last date. */
export function streakStats(p: AlignedPair): Maybe<StreakStats> {
  const n = p.dates.length;
  if (n < 2) return { unavailable: `${p.small}/${p.large}: fewer than 2 common sessions` };
  const last = p.dates[n - 1] as string;
  const all = outperformanceStreaks(p);
  const tail = all[all.length - 1];
  const running = tail !== undefined && tail.end === last ? tail : null;
  const earlier = running ? all.slice(0, -1) : all;
  const current = running?.length ?? 0;
  let record: Streak = { length: 0, start: last, end: last };
  for (const s of all) if (s.length > record.length) record = s;
  let lastAtLeast: Streak | null = null;
  let longer = 0;
  let tied = 0;
  for (const s of earlier) {
    if (current > 0 && s.length >= current) lastAtLeast = s;
    if (s.length > current) longer++;
    else if (s.length === current) tied++;
  }
  return {
    current,
    currentStart: running?.start ?? null,
    rank: current > 0 ? longer + 1 : null,
    tiedWith: current > 0 ? tied : null,
    streakCount: all.length,
    record,
    lastAtLeastAsLong: lastAtLeast,
    historyFrom: p.dates[1] as string,
    historyTo: last,
  };
}
