/**
 * Memoized outperformance-streak index of a pair, so that the streak figures of any date are an
 * O(log n + D) lookup (D = number of distinct streak lengths, ~20 on real data) instead of the
 * O(history) re-align and re-scan of `streakStats(alignPair(small, large, date))`.
 * Same convention as streaks.ts: session k "beats" when small's close-to-close simple return
 * on common sessions k-1 -> k is strictly greater than large's (a tie ends a streak).
 * Also exports the generic run index (runs of `true` flags with as-of queries) used by closeRuns.
 */
import type { Series } from '../model/series.js';
import type { Maybe } from '../model/figure.js';
import type { Streak, StreakStats } from './streaks.js';
import { lastAtOrBefore, lowerBound } from '../model/bisect.js';

/** Maximal runs of true flags over a whole sequence; entry k of every array uses flags 0..k only. */
export interface RunIndex {
  /** run[k] = length of the run of true flags ending at k (0 when flag k is false). */
  readonly run: Int32Array;
  /** Runs in order of their end; a run is complete as of row k when its end < k. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** For each distinct length, the ordinals (positions in `ends`) of runs of that length, ascending. */
  readonly byLength: ReadonlyMap<number, Int32Array>;
  /** Distinct run lengths, descending. */
  readonly lengthsDesc: Int32Array;
  /** recordOrd[e] = ordinal of the longest of the first e runs (earliest of equals), -1 for e = 0. */
  readonly recordOrd: Int32Array;
}

/** Builds the run index of `flags` (truthy = in a run) in O(n). */
export function buildRunIndex(flags: ArrayLike<boolean | number>): RunIndex {
  const n = flags.length;
  const run = new Int32Array(n);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < n; k++) {
    run[k] = flags[k] ? (k > 0 ? (run[k - 1] as number) : 0) + 1 : 0;
    if (run[k] === 0 || (k + 1 < n && flags[k + 1])) continue;
    starts.push(k - (run[k] as number) + 1);
    ends.push(k);
  }
  const lists = new Map<number, number[]>();
  const recordOrd = new Int32Array(ends.length + 1);
  recordOrd[0] = -1;
  let best = -1;
  for (let o = 0; o < ends.length; o++) {
    const len = (ends[o] as number) - (starts[o] as number) + 1;
    const list = lists.get(len);
    if (list) list.push(o);
    else lists.set(len, [o]);
    if (best < 0 || len > (ends[best] as number) - (starts[best] as number) + 1) best = o;
    recordOrd[o + 1] = best;
  }
  const byLength = new Map<number, Int32Array>();
  for (const [len, l] of lists) byLength.set(len, Int32Array.from(l));
  const lengthsDesc = Int32Array.from([...lists.keys()].sort((a, b) => b - a));
  return {
    run,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    byLength,
    lengthsDesc,
    recordOrd,
  };
}

/** The run ending at row k ranked against the runs completed before it (rows 0..k only). */
export interface RunContext {
  /** Length of the run ending at k (0 when flag k is false). */
  readonly current: number;
  /** Runs completed before row k (ordinals 0..earlier-1). */
  readonly earlier: number;
  /** Earlier runs strictly longer / exactly as long as `current`. */
  readonly longer: number;
  readonly tied: number;
  /** Longest run in rows 0..k, the current one included (earliest of equals); null when none. */
  readonly record: { readonly length: number; readonly start: number; readonly end: number } | null;
  /** Ordinal of the most recent earlier run with length >= current (-1 when none or current = 0). */
  readonly lastAtLeastOrd: number;
}

/** Runs up to row k of the index: O(D log n), D = number of distinct run lengths. */
export function runContextAt(ri: RunIndex, k: number): RunContext {
  const current = ri.run[k] as number;
  const earlier = lowerBound(ri.ends, k);
  let longer = 0;
  let tied = 0;
  let lastAtLeastOrd = -1;
  for (const len of ri.lengthsDesc) {
    if (len < current) break;
    const ords = ri.byLength.get(len) as Int32Array;
    const c = lowerBound(ords, earlier);
    if (len > current) longer += c;
    else tied += c;
    if (current > 0 && c > 0) lastAtLeastOrd = Math.max(lastAtLeastOrd, ords[c - 1] as number);
  }
  const ro = ri.recordOrd[earlier] as number;
  const roLen = ro < 0 ? 0 : (ri.ends[ro] as number) - (ri.starts[ro] as number) + 1;
  let record: RunContext['record'] =
    ro < 0 ? null : { length: roLen, start: ri.starts[ro] as number, end: ri.ends[ro] as number };
  if (current > roLen) record = { length: current, start: k - current + 1, end: k };
  return { current, earlier, longer, tied, record, lastAtLeastOrd };
}

/** A pair joined on all its common sessions, with its outperformance run index. */
export interface PairStreakIndex {
  readonly small: string;
  readonly large: string;
  /** Common sessions of the whole files, ascending; query with a date to stay as-of. */
  readonly dates: readonly string[];
  readonly smallClose: Float64Array;
  readonly largeClose: Float64Array;
  /** beat[k]: small's return k-1 -> k strictly greater than large's (false for k = 0). */
  readonly beat: Uint8Array;
  readonly runs: RunIndex;
}

const cache = new WeakMap<Series, WeakMap<Series, PairStreakIndex>>();

/** The pair's streak index over the whole files, built once per (small, large) in O(n + m). */
export function pairStreakIndex(small: Series, large: Series): PairStreakIndex {
  let inner = cache.get(small);
  if (!inner) cache.set(small, (inner = new WeakMap()));
  const hit = inner.get(large);
  if (hit) return hit;
  const dates: string[] = [];
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0, j = 0; i < small.dates.length && j < large.dates.length;) {
    const da = small.dates[i] as string;
    const db = large.dates[j] as string;
    if (da === db) {
      dates.push(da);
      a.push(small.close[i++] as number);
      b.push(large.close[j++] as number);
    } else if (da < db) i++;
    else j++;
  }
  const beat = new Uint8Array(dates.length);
  for (let k = 1; k < dates.length; k++)
    beat[k] =
      (a[k] as number) / (a[k - 1] as number) > (b[k] as number) / (b[k - 1] as number) ? 1 : 0;
  const out: PairStreakIndex = {
    small: small.symbol,
    large: large.symbol,
    dates,
    smallClose: Float64Array.from(a),
    largeClose: Float64Array.from(b),
    beat,
    runs: buildRunIndex(beat),
  };
  inner.set(large, out);
  return out;
}

/** Position of the last common session <= date, or -1 (binary search). */
export function commonIndexAtOrBefore(index: PairStreakIndex, date: string): number {
  return lastAtOrBefore(index.dates, date);
}

/**
 * Exactly `streakStats(alignPair(small, large, date))` (same object, same fields), from the
 * memoized index: uses common sessions up to `date` only. O(log n + D).
 */
export function streakStatsAt(index: PairStreakIndex, date: string): Maybe<StreakStats> {
  const k = commonIndexAtOrBefore(index, date);
  if (k < 1) return { unavailable: `${index.small}/${index.large}: fewer than 2 common sessions` };
  const d = index.dates;
  const last = d[k] as string;
  const ri = index.runs;
  const c = runContextAt(ri, k);
  const streakOf = (start: number, end: number): Streak => ({
    length: end - start + 1,
    start: d[start] as string,
    end: d[end] as string,
  });
  const record: Streak = c.record
    ? streakOf(c.record.start, c.record.end)
    : { length: 0, start: last, end: last };
  const lastAt =
    c.lastAtLeastOrd >= 0
      ? streakOf(ri.starts[c.lastAtLeastOrd] as number, ri.ends[c.lastAtLeastOrd] as number)
      : null;
  return {
    current: c.current,
    currentStart: c.current > 0 ? (d[k - c.current + 1] as string) : null,
    rank: c.current > 0 ? c.longer + 1 : null,
    tiedWith: c.current > 0 ? c.tied : null,
    streakCount: c.earlier + (c.current > 0 ? 1 : 0),
    record,
    lastAtLeastAsLong: lastAt,
    historyFrom: d[1] as string,
    historyTo: last,
  };
}
