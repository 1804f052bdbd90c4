/**
 * Relative rotation: where a series stands against a benchmark on two normalised axes, both
 * centred on 100 (our own published formula; not any proprietary relative-rotation indicator).
 * On the common sessions k of the series and the benchmark up to the date (raw closes, price):
 *
 *   RS_k       = close_k / benchmarkClose_k                          relative strength line
 *   A_k        = mean(RS_{k-49..k})                                  50-session simple average
 *   d_k        = RS_k / A_k - 1                                      distance from the average
 *   sd_k       = sqrt(mean(d_{k-251..k}^2))                          252-session RMS of d (about 0)
 *   strength_k = 100 + 10 * d_k / sd_k
 *   e_k        = strength_k - strength_{k-10}                        10-session change of strength
 *   se_k       = sqrt(mean(e_{k-251..k}^2))                          252-session RMS of e (about 0)
 *   momentum_k = 100 + 10 * e_k / se_k
 *
 * So strength > 100 exactly when RS is above its 50-session average (the series has been
 * outperforming), and momentum > 100 exactly when strength is higher than 10 sessions ago. The
 * RMS scaling (no demeaning, so the sign is kept) puts a typical reading 10 points from 100, the
 * same for a calm and a volatile pair. Windows count common sessions (rows both files have).
 * An axis is undefined (unavailable) when its RMS is ~0: sd <= 1e-6 (the ratio did not move)
 * or se <= 0.001 points (strength did not change) anywhere in the windows the points use.
 * The date's point needs 50 + 251 + 10 + 251 = 562 common sessions; each tail point one more.
 * Quadrants: leading (strength > 100, momentum > 100), weakening (> 100, <= 100),
 * lagging (<= 100, <= 100), improving (<= 100, > 100); the usual path is clockwise
 * improving -> leading -> weakening -> lagging. Reads only the last 562 + tail common sessions
 * up to the date: O(window) per call with running sums (rotationAxes.ts), whatever the history.
 */
import { indexAtOrBefore, type Series } from '../model/series.js';
import type { Maybe } from '../model/figure.js';
import {
  recentCommonRatios,
  ROTATION_WINDOWS,
  rotationAxes,
  type RotationAxes,
  type RotationWindows,
} from './rotationAxes.js';

/** Re-exported: the formula's constants, for the docs and the chart. */
export { ROTATION_SCALE, ROTATION_WINDOWS, type RotationWindows } from './rotationAxes.js';

/** Where a point sits on the strength x momentum plane (see quadrantOf). */
export type Quadrant = 'leading' | 'weakening' | 'lagging' | 'improving';

/** One session's reading on both axes. */
export interface RotationPoint {
  readonly date: string;
  /** 100 + 10 * d / RMS(d): > 100 when RS is above its 50-session average. */
  readonly strength: number;
  /** 100 + 10 * e / RMS(e): > 100 when strength rose over the last 10 sessions. */
  readonly momentum: number;
  readonly quadrant: Quadrant;
}

/** The date's point against the benchmark, with the tail of earlier points for the chart. */
export interface RelativeRotation {
  readonly symbol: string;
  readonly benchmark: string;
  /** The brief's date (a session of both files). */
  readonly date: string;
  /** RS on the date: close / benchmark close. */
  readonly ratio: number;
  readonly point: RotationPoint;
  /** The `tail` common sessions before the date, oldest first (the date's point excluded). */
  readonly tail: readonly RotationPoint[];
  /** First common session the formula reads for the oldest tail point. */
  readonly historyFrom: string;
  readonly windows: RotationWindows;
}

/** Quadrant of a point: > 100 is strong / rising, exactly 100 counts as weak / falling. */
export function quadrantOf(strength: number, momentum: number): Quadrant {
  if (strength > 100) return momentum > 100 ? 'leading' : 'weakening';
  return momentum > 100 ? 'improving' : 'lagging';
}

/** Common sessions <= the date needed for the date's point and `tail` earlier points. */
export function rotationSessions(tail: number, w: RotationWindows = ROTATION_WINDOWS): number {
  return w.average + 2 * (w.normalise - 1) + w.lag + tail;
}

/**
 * Strength / momentum of `series` against `benchmark` on `date` and the `tail` common sessions
 * before it (formula above). Unavailable when either file has no row on the date, when there
 * are fewer than {@link rotationSessions} common sessions up to it, or when RS or strength did
 * not move over a window the points use (the RMS is 0, so the axes are undefined).
 */
export function relativeRotation(
  series: Series,
  benchmark: Series,
  date: string,
  tail = 5,
  w: RotationWindows = ROTATION_WINDOWS,
): Maybe<RelativeRotation> {
  if (!Number.isInteger(tail) || tail < 0) throw new RangeError(`relativeRotation: tail ${tail}`);
  for (const s of [series, benchmark])
    if (s.dates[indexAtOrBefore(s, date)] !== date)
      return {
        unavailable: `${s.symbol}: no row on ${date} (history ${s.dates[0]}..${s.dates[s.dates.length - 1]})`,
      };
  const pair = `${series.symbol}/${benchmark.symbol}`;
  const { dates, rs } = recentCommonRatios(series, benchmark, date, rotationSessions(tail, w));
  const ax = rotationAxes(dates, rs, w);
  const k1 = rs.length - 1;
  const why = missing(ax, pair, k1, tail, w);
  if (why !== null) return { unavailable: why };
  const points: RotationPoint[] = [];
  for (let k = k1 - tail; k <= k1; k++) {
    const strength = ax.strength[k] as number;
    const momentum = ax.momentum[k] as number;
    if (!Number.isFinite(strength) || !Number.isFinite(momentum))
      return { unavailable: `${pair}: no finite strength / momentum on ${ax.dates[k]}` };
    const quadrant = quadrantOf(strength, momentum);
    points.push({ date: ax.dates[k] as string, strength, momentum, quadrant });
  }
  return {
    symbol: series.symbol,
    benchmark: benchmark.symbol,
    date,
    ratio: ax.rs[k1] as number,
    point: points[points.length - 1] as RotationPoint,
    tail: points.slice(0, -1),
    historyFrom: ax.dates[0] as string,
    windows: w,
  };
}

/** Why the points k1 - tail .. k1 cannot be read (history too short, an axis flat), or null. */
function missing(
  ax: RotationAxes,
  pair: string,
  k1: number,
  tail: number,
  w: RotationWindows,
): string | null {
  const need = rotationSessions(tail, w);
  const k0 = k1 - tail;
  const date = ax.dates[k1] as string;
  if (k1 + 1 < need)
    return `${pair}: relative rotation needs ${need} common sessions up to ${date} (${w.average}-session average, 2 x ${w.normalise}-session normalisation, ${w.lag}-session change${tail > 0 ? `, ${tail}-session tail` : ''}); common history begins ${ax.dates[0]} (${k1 + 1} sessions)`;
  const flatSd = ax.lastFlatSd[k1] as number;
  if (flatSd >= k0 - w.lag - w.normalise + 1)
    return `${pair}: strength undefined, the ratio did not move against its ${w.average}-session average over ${w.normalise} sessions up to ${ax.dates[flatSd]}`;
  const flatSe = ax.lastFlatSe[k1] as number;
  if (flatSe >= k0)
    return `${pair}: momentum undefined, strength did not change over the ${w.normalise} sessions up to ${ax.dates[flatSe]}`;
  return null;
}
