/**
 * What followed earlier outperformance streaks at least as long as the current one.
 * Streaks as in streaks.ts (small's close-to-close simple return strictly above large's, on
 * common sessions). Forward spread over h sessions after a streak ending on common session e:
 *   (small close[e+h] / small close[e] - 1) - (large close[e+h] / large close[e] - 1),
 * simple price returns over the same h common sessions, in fractions (0.01 = 1 percentage point).
 * Only common sessions up to the date are read: a case whose e+h lies after the date has no value.
 * Summaries come from prefix arrays built once per (pair, horizon), so a date costs
 * O(D log n + horizons x log n + listed cases) whatever the history length (D = distinct lengths).
 */
import type { Series } from '../ingest/series.js';
import type { Maybe } from './figure.js';
import { commonIndexAtOrBefore, lowerBound, type PairStreakIndex } from './streakIndex.js';

/** One earlier streak at least as long as the current one, and the spread that followed it. */
export interface AnalogCase {
  readonly start: string;
  readonly end: string;
  readonly length: number;
  /** Common sessions after `end` up to the date (how far the case can be followed). */
  readonly sessionsAfter: number;
  /** Forward spread per horizon; null only when sessionsAfter < h (the h sessions end after the date). */
  readonly forward: Readonly<Record<number, number | null>>;
  /** Why some forward values are null (names the horizons), or null when all are present. */
  readonly pending: string | null;
}

/** Forward spreads of all the analogs (listed or not) at one horizon. */
export interface AnalogSummary {
  /** Analogs with a value at this horizon. */
  readonly count: number;
  /** Analogs without one (their h sessions end after the date). */
  readonly pending: number;
  /** Median forward spread (mean of the middle two for an even count). */
  readonly median: number;
  /** Fraction of the counted analogs whose spread is > 0 (small caps led). */
  readonly shareSmallLed: number;
}

export interface StreakAnalogs {
  /** Length L of the streak running on the date (>= 1). */
  readonly length: number;
  readonly currentStart: string;
  /** Last common session <= the date. */
  readonly asOf: string;
  readonly horizons: readonly number[];
  /** All earlier streaks (ended before the current one started) with length >= L. */
  readonly analogCount: number;
  /** The most recent `maxCases` of them, oldest first. */
  readonly cases: readonly AnalogCase[];
  /** Older analogs not listed in `cases` (still counted in `summary`). */
  readonly casesOmitted: number;
  /** Per horizon, over all analogs; unavailable when none has a value at that horizon. */
  readonly summary: Readonly<Record<number, Maybe<AnalogSummary>>>;
}

/** Prefix statistics of the forward spreads of runs with length >= a threshold, in run order. */
interface PrefixStats {
  /** median[j] / positives[j]: of the first j values (j >= 1). */
  readonly median: Float64Array;
  readonly positives: Int32Array;
}

interface AnalogMemo {
  /** Ordinals of runs with length >= threshold, ascending, per distinct length. */
  readonly atLeast: Map<number, Int32Array>;
  readonly stats: Map<string, PrefixStats>;
}

const memo = new WeakMap<PairStreakIndex, AnalogMemo>();

function analogMemo(index: PairStreakIndex): AnalogMemo {
  const hit = memo.get(index);
  if (hit) return hit;
  const { starts, ends, lengthsDesc } = index.runs;
  const lists = new Map<number, number[]>(Array.from(lengthsDesc, (l) => [l, []]));
  for (let o = 0; o < ends.length; o++) {
    const len = (ends[o] as number) - (starts[o] as number) + 1;
    for (const l of lengthsDesc) if (l <= len) (lists.get(l) as number[]).push(o);
  }
  const out = { atLeast: new Map([...lists].map(([l, a]) => [l, Int32Array.from(a)])), stats: new Map() };
  memo.set(index, out);
  return out;
}

/** Small-minus-large spread of simple returns from common session e to e + h. */
function spreadAfter(index: PairStreakIndex, e: number, h: number): number {
  const s = index.smallClose;
  const l = index.largeClose;
  return (s[e + h] as number) / (s[e] as number) - ((l[e + h] as number) / (l[e] as number));
}

/** Running median (two heaps) and positive count over the spreads after `ords`, until one runs past the file. */
function prefixStats(index: PairStreakIndex, ords: Int32Array, h: number): PrefixStats {
  const lo: number[] = []; // max-heap of the lower half (negated values in a min-heap)
  const hi: number[] = []; // min-heap of the upper half
  const median: number[] = [NaN];
  const positives: number[] = [0];
  for (const o of ords) {
    const e = index.runs.ends[o] as number;
    if (e + h >= index.dates.length) break;
    const v = spreadAfter(index, e, h);
    if (lo.length === 0 || v <= -(lo[0] as number)) push(lo, -v);
    else push(hi, v);
    if (lo.length > hi.length + 1) push(hi, -pop(lo));
    else if (hi.length > lo.length) push(lo, -pop(hi));
    median.push(lo.length > hi.length ? -(lo[0] as number) : (-(lo[0] as number) + (hi[0] as number)) / 2);
    positives.push((positives[positives.length - 1] as number) + (v > 0 ? 1 : 0));
  }
  return { median: Float64Array.from(median), positives: Int32Array.from(positives) };
}

function push(h: number[], v: number): void {
  h.push(v);
  for (let c = h.length - 1, p = (c - 1) >> 1; c > 0 && (h[p] as number) > (h[c] as number); c = p, p = (c - 1) >> 1)
    [h[p], h[c]] = [h[c] as number, h[p] as number];
}

function pop(h: number[]): number {
  const top = h[0] as number;
  const last = h.pop() as number;
  if (h.length === 0) return top;
  h[0] = last;
  for (let p = 0; ; ) {
    const l = 2 * p + 1;
    const m = l + 1 < h.length && (h[l + 1] as number) < (h[l] as number) ? l + 1 : l;
    if (l >= h.length || (h[m] as number) >= (h[p] as number)) return top;
    [h[p], h[m]] = [h[m] as number, h[p] as number];
    p = m;
  }
}

function caseOf(index: PairStreakIndex, ord: number, k: number, horizons: readonly number[]): AnalogCase {
  const start = index.runs.starts[ord] as number;
  const e = index.runs.ends[ord] as number;
  const after = k - e;
  const forward: Record<number, number | null> = {};
  for (const h of horizons) forward[h] = h <= after ? spreadAfter(index, e, h) : null;
  const missing = horizons.filter((h) => h > after).join('/');
  const pending = missing === '' ? null : `${missing}-session spread needs ${missing} sessions after ${index.dates[e]}; only ${after} up to ${index.dates[k]}`;
  return { start: index.dates[start] as string, end: index.dates[e] as string, length: e - start + 1, sessionsAfter: after, forward, pending };
}

/**
 * Earlier streaks at least as long as the one running on `date`, and the small-minus-large
 * spread over the `horizons` sessions (default 21, 63, 126) after each; summaries cover all of
 * them, `cases` lists the most recent `maxCases`. `index` must be `pairStreakIndex(small, large)`.
 * Unavailable when no streak is running on the date (or fewer than 2 common sessions).
 */
export function streakAnalogs(
  index: PairStreakIndex,
  small: Series,
  large: Series,
  date: string,
  horizons: readonly number[] = [21, 63, 126],
  maxCases = 20,
): Maybe<StreakAnalogs> {
  const pair = `${small.symbol}/${large.symbol}`;
  if (index.small !== small.symbol || index.large !== large.symbol) throw new Error(`streakAnalogs: index is for ${index.small}/${index.large}, not ${pair}`);
  if (!horizons.every((h) => Number.isInteger(h) && h >= 1)) throw new Error(`streakAnalogs: horizons must be whole sessions >= 1, got ${horizons.join(', ')}`);
  const k = commonIndexAtOrBefore(index, date);
  if (k < 1) return { unavailable: `${pair}: fewer than 2 common sessions up to ${date}, history begins ${index.dates[0] ?? 'after it'}` };
  const L = index.runs.run[k] as number;
  if (L === 0) return { unavailable: `${pair}: no outperformance streak is running on ${index.dates[k]} (${small.symbol} did not beat ${large.symbol} that session)` };
  const m = analogMemo(index);
  const threshold = index.runs.lengthsDesc.filter((l) => l >= L).at(-1) ?? 0; // smallest length >= L
  const ords = m.atLeast.get(threshold) ?? new Int32Array(0);
  const count = lowerBound(ords, lowerBound(index.runs.ends, k)); // analogs ended before k
  const cases = Array.from(ords.subarray(Math.max(0, count - maxCases), count), (o) => caseOf(index, o, k, horizons));
  const summary: Record<number, Maybe<AnalogSummary>> = {};
  for (const h of horizons) {
    const key = `${threshold}:${h}`;
    const st = m.stats.get(key) ?? prefixStats(index, ords, h);
    m.stats.set(key, st);
    const j = lowerBound(ords, lowerBound(index.runs.ends, k - h + 1), count); // ended by k - h
    summary[h] =
      j > 0
        ? { count: j, pending: count - j, median: st.median[j] as number, shareSmallLed: (st.positives[j] as number) / j }
        : count === 0
          ? { unavailable: `${pair}: no earlier streak of ${L} or more sessions since history begins ${index.dates[1]}` }
          : { unavailable: `${pair}: none of the ${count} earlier streaks that long has ${h} sessions after it up to the date` };
  }
  return { length: L, currentStart: index.dates[k - L + 1] as string, asOf: index.dates[k] as string, horizons, analogCount: count, cases, casesOmitted: count - cases.length, summary };
}
