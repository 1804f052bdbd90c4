/**
 * The small/large close ratio (relative strength line): ratio = small close / large close on
 * their common sessions (raw closes: price, not total return). Moving averages are simple means
 * of the last w ratios including the date's (w in common sessions); the 1-year z-score uses the
 * last 252 ratios and their SAMPLE standard deviation (n - 1). Reads common sessions <= the date
 * only, walking back at most 451 of them: O(window) per call, independent of history length;
 * except that a side run of the 200-session average as long as that window is counted over the
 * whole common history (O(history), on those days only).
 */
import { indexAtOrBefore, type Series } from '../model/series.js';
import type { Maybe } from '../model/figure.js';
import { ratioSide, type RatioSide } from './ratioSide.js';
import { zScore, type RatioZScore } from './ratioZScore.js';

export type { RatioZScore } from './ratioZScore.js';

/** One value on one session. */
export interface DatedRatio {
  readonly date: string;
  readonly value: number;
}

/** A simple moving average of the ratio and the ratio's distance from it. */
export interface RatioAverage {
  /** Sessions averaged (50 or 200), the date's included. */
  readonly sessions: number;
  /** First session of the window. */
  readonly from: string;
  readonly value: number;
  /** ratio / average - 1 (fraction; > 0 when the ratio is above its average). */
  readonly distance: number;
}

export interface RelativeRatio {
  readonly small: string;
  readonly large: string;
  /** Last common session <= the date. */
  readonly date: string;
  readonly ratio: number;
  readonly ma50: Maybe<RatioAverage>;
  readonly ma200: Maybe<RatioAverage>;
  /**
   * The ratio's side of its 200-session average and for how many straight sessions, counted
   * back over every common session that has that average (the whole history when the run, or
   * the one before it, is longer than the 253 of the 452 sessions the other figures read).
   */
  readonly ma200Side: Maybe<RatioSide>;
  readonly zScore252: Maybe<RatioZScore>;
  /**
   * Chart data: the last (up to) 253 ratios, ascending (a year of change from the base close of
   * the 1-year returns); each average only on sessions where it exists.
   */
  readonly chart: {
    readonly ratio: readonly DatedRatio[];
    readonly ma50: readonly DatedRatio[];
    readonly ma200: readonly DatedRatio[];
  };
}

const YEAR = 252;
const LONG = 200;
const SHORT = 50;

/** Up to `max` most recent common sessions <= date, ascending: dates and ratios. */
function recentRatios(
  small: Series,
  large: Series,
  date: string,
  max: number,
): { dates: string[]; ratio: number[] } {
  const dates: string[] = [];
  const ratio: number[] = [];
  let ia = indexAtOrBefore(small, date);
  let ib = indexAtOrBefore(large, date);
  while (dates.length < max && ia >= 0 && ib >= 0) {
    const da = small.dates[ia] as string;
    const db = large.dates[ib] as string;
    if (da === db) {
      dates.push(da);
      ratio.push((small.close[ia--] as number) / (large.close[ib--] as number));
    } else if (da > db) ia--;
    else ib--;
  }
  return { dates: dates.reverse(), ratio: ratio.reverse() };
}

/**
 * Ratio of small to large closes on the last common session <= date, its 50- and 200-session
 * simple moving averages and distance from them, its 252-session z-score, and chart data.
 * Each part is unavailable when fewer common sessions exist up to the date.
 */
export function relativeRatio(small: Series, large: Series, date: string): Maybe<RelativeRatio> {
  const pair = `${small.symbol}/${large.symbol}`;
  // One more ratio than the z-score's window: the chart's first point is the close a year (252
  // sessions of change) back, the base of the 1-year returns, so the two tell the same story.
  const { dates, ratio } = recentRatios(small, large, date, YEAR + LONG);
  const n = ratio.length;
  if (n === 0)
    return {
      unavailable: `${pair}: no common session up to ${date}; histories begin ${small.dates[0]} and ${large.dates[0]}`,
    };
  const prefix = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) prefix[k + 1] = (prefix[k] as number) + (ratio[k] as number);
  const avgAt = (k: number, w: number) =>
    ((prefix[k + 1] as number) - (prefix[k + 1 - w] as number)) / w;
  const last = ratio[n - 1] as number;
  const short =
    n < YEAR + LONG - 1
      ? ` (common history begins ${dates[0]}, ${n} sessions up to ${dates[n - 1]})`
      : '';
  const average = (w: number): Maybe<RatioAverage> => {
    if (n < w)
      return {
        unavailable: `${pair}: ${w}-session average of the ratio needs ${w} common sessions${short}`,
      };
    const value = avgAt(n - 1, w);
    return { sessions: w, from: dates[n - w] as string, value, distance: last / value - 1 };
  };
  const chartFrom = Math.max(0, n - YEAR - 1);
  const line = (w: number): DatedRatio[] => {
    const out: DatedRatio[] = [];
    for (let k = Math.max(chartFrom, w - 1); k < n; k++)
      out.push({ date: dates[k] as string, value: avgAt(k, w) });
    return out;
  };
  return {
    small: small.symbol,
    large: large.symbol,
    date: dates[n - 1] as string,
    ratio: last,
    ma50: average(SHORT),
    ma200: average(LONG),
    ma200Side:
      n < LONG
        ? {
            unavailable: `${pair}: the ratio's side of its ${LONG}-session average needs ${LONG} common sessions${short}`,
          }
        : longSide(
            small,
            large,
            date,
            ratioSide(dates, ratio, (k) => avgAt(k, LONG), LONG - 1),
          ),
    zScore252: zScore(ratio, dates, pair, short),
    chart: {
      ratio: ratio
        .slice(chartFrom)
        .map((value, k) => ({ date: dates[chartFrom + k] as string, value })),
      ma50: line(SHORT),
      ma200: line(LONG),
    },
  };
}

/** The side run of the ratio against its 200-session average over `ratio` (with `dates`). */
function sideOver(dates: readonly string[], ratio: readonly number[]): RatioSide {
  const prefix = new Float64Array(ratio.length + 1);
  for (let k = 0; k < ratio.length; k++)
    prefix[k + 1] = (prefix[k] as number) + (ratio[k] as number);
  const avg = (k: number) => ((prefix[k + 1] as number) - (prefix[k + 1 - LONG] as number)) / LONG;
  return ratioSide(dates, ratio, avg, LONG - 1);
}

/**
 * The side run counted in full: a run (or the run before it) that reaches the edge of the 452
 * sessions read is counted again over every common session up to the date, so "for 367 straight
 * sessions" (2020-03-12), not "at least 253". O(history) on those days only.
 */
function longSide(small: Series, large: Series, date: string, windowed: RatioSide): RatioSide {
  if (!windowed.atLeast && !windowed.beforeAtLeast) return windowed;
  const all = recentRatios(small, large, date, Number.POSITIVE_INFINITY);
  if (all.ratio.length <= YEAR + LONG) return windowed; // the window was the whole history
  return sideOver(all.dates, all.ratio);
}
