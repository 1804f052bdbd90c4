/**
 * Prefix statistics of the forward spreads after a pair's streaks, for streakAnalogs.ts: the
 * runs at least as long as a threshold, and the running median and count of positive spreads
 * of their first j, built once per (pair index, threshold, horizon) and memoized.
 */
import { upperBound } from '../model/bisect.js';
import type { PairStreakIndex } from './streakIndex.js';

/** Prefix statistics of the forward spreads of runs with length >= a threshold, in run order. */
export interface PrefixStats {
  /** median[j] / positives[j]: of the first j values (j >= 1). */
  readonly median: Float64Array;
  readonly positives: Int32Array;
}

interface AnalogMemo {
  /** Ordinals of runs with length >= threshold, ascending, per threshold used so far. */
  readonly atLeast: Map<number, Int32Array>;
  /** Prefix statistics per `${threshold}:${h}` used so far. */
  readonly stats: Map<string, PrefixStats>;
}

const memo = new WeakMap<PairStreakIndex, AnalogMemo>();

/** Ordinals of the pair's runs of `threshold` sessions or more (whole file; queries cut the prefix). */
export function runsAtLeast(index: PairStreakIndex, threshold: number): Int32Array {
  let m = memo.get(index);
  if (!m) memo.set(index, (m = { atLeast: new Map(), stats: new Map() }));
  const hit = m.atLeast.get(threshold);
  if (hit) return hit;
  const { starts, ends } = index.runs;
  const out: number[] = [];
  for (let o = 0; o < ends.length; o++)
    if ((ends[o] as number) - (starts[o] as number) + 1 >= threshold) out.push(o);
  const arr = Int32Array.from(out);
  m.atLeast.set(threshold, arr);
  return arr;
}

/** Memoized {@link prefixStats} of the runs of `threshold` sessions or more at horizon h. */
export function statsFor(index: PairStreakIndex, threshold: number, h: number): PrefixStats {
  const stats = (memo.get(index) as AnalogMemo).stats;
  const key = `${threshold}:${h}`;
  const st = stats.get(key) ?? prefixStats(index, runsAtLeast(index, threshold), h);
  stats.set(key, st);
  return st;
}

/** Small-minus-large spread of simple returns from common session e to e + h. */
export function spreadAfter(index: PairStreakIndex, e: number, h: number): number {
  const s = index.smallClose;
  const l = index.largeClose;
  return (s[e + h] as number) / (s[e] as number) - (l[e + h] as number) / (l[e] as number);
}

/**
 * Running median and positive count of the spreads after `ords` (in run order), until one runs
 * past the file: sorted insertion (binary search + memmove), O(m log m + m^2 / 4 moves), once.
 */
function prefixStats(index: PairStreakIndex, ords: Int32Array, h: number): PrefixStats {
  const sorted = new Float64Array(ords.length);
  const median = [NaN];
  const positives = [0];
  for (let m = 0; m < ords.length; m++) {
    const e = index.runs.ends[ords[m] as number] as number;
    if (e + h >= index.dates.length) break;
    const v = spreadAfter(index, e, h);
    const lo = upperBound(sorted, v, 0, m);
    sorted.copyWithin(lo + 1, lo, m);
    sorted[lo] = v;
    const c = (m + 1) >> 1; // middle of m + 1 values
    median.push(
      m % 2 === 0 ? (sorted[c] as number) : ((sorted[c - 1] as number) + (sorted[c] as number)) / 2,
    );
    positives.push((positives[m] as number) + (v > 0 ? 1 : 0));
  }
  return { median: Float64Array.from(median), positives: Int32Array.from(positives) };
}
