/**
 * What followed earlier outperformance streaks at least as long as the current one.
 * Streaks as in streaks.ts (small's close-to-close simple return strictly above large's, on
 * common sessions). Forward spread over h sessions after a streak ending on common session e:
 *   (small close[e+h] / small close[e] - 1) - (large close[e+h] / large close[e] - 1),
 * simple price returns over the same h common sessions, in fractions (0.01 = 1 percentage point).
 * Only common sessions up to the date are read: a case whose e+h lies after the date has no value.
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

/** Forward spreads of the cases at one horizon. */
export interface AnalogSummary {
  /** Cases with a value at this horizon. */
  readonly count: number;
  /** Cases without one (their h sessions end after the date). */
  readonly pending: number;
  /** Median forward spread (mean of the middle two for an even count). */
  readonly median: number;
  /** Fraction of the counted cases whose spread is > 0 (small caps led). */
  readonly shareSmallLed: number;
}

export interface StreakAnalogs {
  /** Length of the streak running on the date (>= 1). */
  readonly length: number;
  readonly currentStart: string;
  /** Last common session <= the date. */
  readonly asOf: string;
  readonly horizons: readonly number[];
  /** Earlier streaks (ended before the current one started) with length >= `length`, oldest first. */
  readonly cases: readonly AnalogCase[];
  /** Per horizon; unavailable when no case has a value at that horizon. */
  readonly summary: Readonly<Record<number, Maybe<AnalogSummary>>>;
}

/** Ordinals (< earlier) of runs with length >= minLen, ascending. O(cases + D log n). */
function analogOrdinals(index: PairStreakIndex, earlier: number, minLen: number): number[] {
  const out: number[] = [];
  for (const len of index.runs.lengthsDesc) {
    if (len < minLen) break;
    const ords = index.runs.byLength.get(len) as Int32Array;
    const c = lowerBound(ords, earlier);
    for (let q = 0; q < c; q++) out.push(ords[q] as number);
  }
  return out.sort((a, b) => a - b);
}

/** Small-minus-large spread of simple returns from common session e to e + h. */
function spreadAfter(index: PairStreakIndex, e: number, h: number): number {
  const s = index.smallClose;
  const l = index.largeClose;
  return (s[e + h] as number) / (s[e] as number) - ((l[e + h] as number) / (l[e] as number));
}

function caseOf(index: PairStreakIndex, ord: number, k: number, horizons: readonly number[]): AnalogCase {
  const start = index.runs.starts[ord] as number;
  const e = index.runs.ends[ord] as number;
  const after = k - e;
  const forward: Record<number, number | null> = {};
  const missing: number[] = [];
  for (const h of horizons) {
    forward[h] = h <= after ? spreadAfter(index, e, h) : null;
    if (h > after) missing.push(h);
  }
  const pending =
    missing.length === 0
      ? null
      : `${missing.join('/')}-session spread needs ${missing.join('/')} sessions after ${index.dates[e]}; only ${after} up to ${index.dates[k]}`;
  return { start: index.dates[start] as string, end: index.dates[e] as string, length: e - start + 1, sessionsAfter: after, forward, pending };
}

function summarize(values: number[], pending: number, h: number, pair: string, noCase: string): Maybe<AnalogSummary> {
  if (values.length === 0)
    return { unavailable: pending === 0 ? noCase : `${pair}: none of the ${pending} earlier streaks that long has ${h} sessions after it up to the date` };
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  const median = v.length % 2 === 1 ? (v[m] as number) : ((v[m - 1] as number) + (v[m] as number)) / 2;
  return { count: v.length, pending, median, shareSmallLed: v.filter((x) => x > 0).length / v.length };
}

/**
 * Earlier streaks at least as long as the one running on `date`, and the small-minus-large
 * spread over the `horizons` sessions (default 21, 63, 126) after each. `index` must be
 * `pairStreakIndex(small, large)`. Unavailable when no streak is running on the date.
 * Cost O(log n + D + cases x horizons); cases are all earlier streaks that long (many when L is 1-2).
 */
export function streakAnalogs(
  index: PairStreakIndex,
  small: Series,
  large: Series,
  date: string,
  horizons: readonly number[] = [21, 63, 126],
): Maybe<StreakAnalogs> {
  const pair = `${small.symbol}/${large.symbol}`;
  if (index.small !== small.symbol || index.large !== large.symbol)
    throw new Error(`streakAnalogs: index is for ${index.small}/${index.large}, not ${pair}`);
  const k = commonIndexAtOrBefore(index, date);
  if (k < 1) return { unavailable: `${pair}: fewer than 2 common sessions up to ${date}, history begins ${index.dates[0] ?? 'after it'}` };
  const L = index.runs.run[k] as number;
  if (L === 0) return { unavailable: `${pair}: no outperformance streak is running on ${index.dates[k]} (${small.symbol} did not beat ${large.symbol} that session)` };
  const earlier = lowerBound(index.runs.ends, k);
  const cases = analogOrdinals(index, earlier, L).map((o) => caseOf(index, o, k, horizons));
  const noCase = `${pair}: no earlier streak of ${L} or more sessions since history begins ${index.dates[1]}`;
  const summary: Record<number, Maybe<AnalogSummary>> = {};
  for (const h of horizons) {
    const vals: number[] = [];
    for (const c of cases) if (c.forward[h] !== null) vals.push(c.forward[h] as number);
    summary[h] = summarize(vals, cases.length - vals.length, h, pair, noCase);
  }
  return { length: L, currentStart: index.dates[k - L + 1] as string, asOf: index.dates[k] as string, horizons, cases, summary };
}
