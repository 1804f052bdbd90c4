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
import type { Series } from '../model/series.js';
import type { Maybe } from '../model/figure.js';
import { lowerBound } from '../model/bisect.js';
import { runsAtLeast, spreadAfter, statsFor } from './prefixStats.js';
import { commonIndexAtOrBefore, type PairStreakIndex } from './streakIndex.js';

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

function caseOf(
  index: PairStreakIndex,
  ord: number,
  k: number,
  horizons: readonly number[],
): AnalogCase {
  const start = index.runs.starts[ord] as number;
  const e = index.runs.ends[ord] as number;
  const after = k - e;
  const forward: Record<number, number | null> = {};
  for (const h of horizons) forward[h] = h <= after ? spreadAfter(index, e, h) : null;
  const missing = horizons.filter((h) => h > after).join('/');
  const why = `${missing}-session spread needs ${missing} sessions after ${index.dates[e]}; only ${after} up to ${index.dates[k]}`;
  return {
    start: index.dates[start] as string,
    end: index.dates[e] as string,
    length: e - start + 1,
    sessionsAfter: after,
    forward,
    pending: missing === '' ? null : why,
  };
}

/** Summary at horizon h of the first `count` analogs (those ended before session k). */
function summaryAt(
  index: PairStreakIndex,
  threshold: number,
  count: number,
  k: number,
  h: number,
  pair: string,
): Maybe<AnalogSummary> {
  const ords = runsAtLeast(index, threshold);
  const st = statsFor(index, threshold, h);
  const j = lowerBound(ords, lowerBound(index.runs.ends, k - h + 1), 0, count); // ended by k - h
  if (j > 0)
    return {
      count: j,
      pending: count - j,
      median: st.median[j] as number,
      shareSmallLed: (st.positives[j] as number) / j,
    };
  if (count > 0)
    return {
      unavailable: `${pair}: none of the ${count} earlier streaks that long has ${h} sessions after it up to the date`,
    };
  return {
    unavailable: `${pair}: no earlier streak of ${index.runs.run[k]} or more sessions since history begins ${index.dates[1]}`,
  };
}

/** Why a pair has no running streak on the date (common session k), or null when it has one. */
function noStreak(
  index: PairStreakIndex,
  k: number,
  date: string,
  pair: string,
): Maybe<never> | null {
  if (k < 1)
    return {
      unavailable: `${pair}: fewer than 2 common sessions up to ${date}, history begins ${index.dates[0] ?? 'after it'}`,
    };
  if (index.runs.run[k] === 0)
    return {
      unavailable: `${pair}: no outperformance streak is running on ${index.dates[k]} (${index.small} did not beat ${index.large} that session)`,
    };
  return null;
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
  if (index.small !== small.symbol || index.large !== large.symbol)
    throw new Error(`streakAnalogs: index is for ${index.small}/${index.large}, not ${pair}`);
  if (!horizons.every((h) => Number.isInteger(h) && h >= 1))
    throw new Error(
      `streakAnalogs: horizons must be whole sessions >= 1, got ${horizons.join(', ')}`,
    );
  const k = commonIndexAtOrBefore(index, date);
  const none = noStreak(index, k, date, pair);
  if (none) return none;
  const L = index.runs.run[k] as number;
  // No run length lies in [L, threshold), so "length >= L" = "length >= threshold" (the memo key).
  const threshold = index.runs.lengthsDesc.filter((l) => l >= L).at(-1) ?? L;
  const ords = runsAtLeast(index, threshold);
  const count = lowerBound(ords, lowerBound(index.runs.ends, k)); // analogs ended before k
  const listed = ords.subarray(Math.max(0, count - maxCases), count);
  const summary: Record<number, Maybe<AnalogSummary>> = {};
  for (const h of horizons) summary[h] = summaryAt(index, threshold, count, k, h, pair);
  return {
    length: L,
    currentStart: index.dates[k - L + 1] as string,
    asOf: index.dates[k] as string,
    horizons,
    analogCount: count,
    cases: Array.from(listed, (o) => caseOf(index, o, k, horizons)),
    casesOmitted: count - listed.length,
    summary,
  };
}
