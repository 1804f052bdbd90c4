/**
 * The strength and momentum axes of relative rotation (formula in relativeRotation.ts) over a
 * window of common sessions, in one forward pass with compensated (Neumaier) running sums:
 * entry k reads entries 0..k of the window only. relativeRotation passes the last 562 + tail
 * common sessions up to the brief's date, so a call is O(window), independent of history.
 */
import { indexAtOrBefore, type Series } from '../model/series.js';

/** Window lengths of the formula, in common sessions. The brief uses ROTATION_WINDOWS. */
export interface RotationWindows {
  /** Simple moving average of RS (50). */
  readonly average: number;
  /** RMS normalisation of d and of e (252). */
  readonly normalise: number;
  /** Sessions over which momentum measures the change of strength (10). */
  readonly lag: number;
}

/** The brief's windows: 50-session average, 252-session normalisation, 10-session change. */
export const ROTATION_WINDOWS: RotationWindows = { average: 50, normalise: 252, lag: 10 };

/** Points per unit of normalised distance (a reading 1 RMS from 0 is 10 from 100). */
export const ROTATION_SCALE = 10;

/**
 * RMS of d (a fraction) at or below which the ratio counts as not moving: strength undefined.
 * 1e-6 is below the precision of the data (prices carry 7 significant digits) and keeps
 * rounding noise in d (about 1e-16) from being scaled up into a reading.
 */
export const FLAT_D = 1e-6;

/** RMS of e (strength points) at or below which strength counts as not changing: no momentum. */
export const FLAT_E = 1e-3;

/** Both axes on every session of the window; NaN where a window does not fit yet. */
export interface RotationAxes {
  /** The window's common sessions, ascending. */
  readonly dates: readonly string[];
  /** close / benchmark close on each common session. */
  readonly rs: Float64Array;
  readonly strength: Float64Array;
  readonly momentum: Float64Array;
  /** Latest k' <= k whose sd (RMS of d) is <= FLAT_D, or -1. */
  readonly lastFlatSd: Int32Array;
  /** Latest k' <= k whose se (RMS of e) is <= FLAT_E, or -1. */
  readonly lastFlatSe: Int32Array;
}

/**
 * Up to `max` most recent common sessions of two series at or before `date`, ascending, with
 * close / benchmark close on each (walks back from the date: O(max) when calendars agree).
 */
export function recentCommonRatios(
  a: Series,
  b: Series,
  date: string,
  max: number,
): { dates: string[]; rs: Float64Array } {
  const dates: string[] = [];
  const back = new Float64Array(max);
  let i = indexAtOrBefore(a, date);
  let j = indexAtOrBefore(b, date);
  while (dates.length < max && i >= 0 && j >= 0) {
    const da = a.dates[i] as string;
    const db = b.dates[j] as string;
    if (da === db) {
      back[dates.length] = (a.close[i--] as number) / (b.close[j--] as number);
      dates.push(da);
    } else if (da > db) i--;
    else j--;
  }
  const rs = back.subarray(0, dates.length).reverse();
  return { dates: dates.reverse(), rs };
}

/**
 * One forward pass over the ratios: 50-session average, d, its 252-session RMS sd, strength,
 * e, its RMS se and momentum, by compensated running sums. Entry k reads entries <= k only.
 * Where sd <= FLAT_D strength is NaN (not a 0/0 blow-up of rounding noise) and lastFlatSd
 * marks it; a NaN e adds 0 to the sums, so a flat stretch cannot poison later windows.
 */
export function rotationAxes(dates: string[], rs: Float64Array, w: RotationWindows): RotationAxes {
  const { average: A, normalise: N, lag: L } = w;
  const n = rs.length;
  const nan = () => new Float64Array(n).fill(NaN);
  const [d, e, strength, momentum] = [nan(), nan(), nan(), nan()];
  const [sumRs, sumD2, sumE2] = [new Float64Array(2), new Float64Array(2), new Float64Array(2)];
  const lastFlatSd = new Int32Array(n);
  const lastFlatSe = new Int32Array(n);
  const firstD = A - 1;
  const firstE = firstD + N - 1 + L;
  let flatSd = -1;
  let flatSe = -1;
  for (let k = 0; k < n; k++) {
    add(sumRs, rs[k] as number, k >= A ? (rs[k - A] as number) : 0);
    if (k >= firstD) {
      d[k] = (rs[k] as number) / (total(sumRs) / A) - 1;
      add(sumD2, sq(d[k] as number), k - N >= firstD ? sq(d[k - N] as number) : 0);
    }
    if (k >= firstD + N - 1) {
      const sd = Math.sqrt(Math.max(total(sumD2), 0) / N);
      if (sd <= FLAT_D) flatSd = k;
      else strength[k] = 100 + (ROTATION_SCALE * (d[k] as number)) / sd;
    }
    if (k >= firstE) {
      e[k] = (strength[k] as number) - (strength[k - L] as number);
      add(sumE2, sq(e[k] as number), k - N >= firstE ? sq(e[k - N] as number) : 0);
    }
    if (k >= firstE + N - 1) {
      const se = Math.sqrt(Math.max(total(sumE2), 0) / N);
      if (se <= FLAT_E) flatSe = k;
      momentum[k] = 100 + (ROTATION_SCALE * (e[k] as number)) / se;
    }
    lastFlatSd[k] = flatSd;
    lastFlatSe[k] = flatSe;
  }
  return { dates, rs, strength, momentum, lastFlatSd, lastFlatSe };
}

/** x^2, or 0 for NaN (a missing strength contributes nothing to a sum of squares). */
function sq(x: number): number {
  return x === x ? x * x : 0;
}

/**
 * Add `x` to and remove `drop` from a running sum acc = [sum, compensation] (Neumaier's
 * compensated summation): once large values leave the window, the small ones that remain are
 * not swamped by the rounding left behind, as they are in a plain running sum of squares.
 */
function add(acc: Float64Array, x: number, drop: number): void {
  let s = acc[0] as number;
  let c = acc[1] as number;
  let t = s + x;
  c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
  s = t;
  t = s - drop;
  c += Math.abs(s) >= Math.abs(drop) ? s - t - drop : -drop - t + s;
  acc[0] = t;
  acc[1] = c;
}

/** The compensated sum's value. */
function total(acc: Float64Array): number {
  return (acc[0] as number) + (acc[1] as number);
}
