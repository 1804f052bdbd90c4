/**
 * The strength and momentum axes of relative rotation (formula in relativeRotation.ts) for
 * EVERY common session of a (series, benchmark) pair, computed once and memoized in a
 * module-level WeakMap: entry k is computed by running sums moving forward, so it uses common
 * sessions 0..k only (as-of safe), and a brief or a backfill looks it up in O(1) per date.
 * Running sums are compensated (Neumaier), so a value does not drift with history length.
 */
import type { Series } from '../ingest/series.js';

/** Window lengths of the formula, in common sessions. The brief uses ROTATION_WINDOWS. */
export interface RotationWindows {
  /** Simple moving average of RS (50). */
  readonly average: number;
  /** RMS normalisation of d and of e (252). */
  readonly normalise: number;
  /** Sessions over which momentum measures the change of strength (10). */
  readonly lag: number;
}

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

/** Both axes on every common session; NaN where a window does not fit yet. */
export interface RotationAxes {
  /** Common sessions of the pair, ascending. */
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

const cache = new WeakMap<Series, WeakMap<Series, Map<string, RotationAxes>>>();

/** The pair's axes for all common sessions, computed on first use and cached. */
export function rotationAxes(a: Series, b: Series, w: RotationWindows): RotationAxes {
  let byBench = cache.get(a);
  if (!byBench) cache.set(a, (byBench = new WeakMap()));
  let byWindows = byBench.get(b);
  if (!byWindows) byBench.set(b, (byWindows = new Map()));
  const key = `${w.average}/${w.normalise}/${w.lag}`;
  const hit = byWindows.get(key);
  if (hit) return hit;
  const { dates, rs } = commonRatios(a, b);
  const out = axesOf(dates, rs, w);
  byWindows.set(key, out);
  return out;
}

/** Close ratios on the common dates of two series (two-pointer merge, O(n + m)). */
function commonRatios(a: Series, b: Series): { dates: string[]; rs: Float64Array } {
  const dates: string[] = [];
  const rs = new Float64Array(Math.min(a.dates.length, b.dates.length));
  let i = 0;
  let j = 0;
  while (i < a.dates.length && j < b.dates.length) {
    const da = a.dates[i] as string;
    const db = b.dates[j] as string;
    if (da === db) {
      rs[dates.length] = (a.close[i++] as number) / (b.close[j++] as number);
      dates.push(da);
    } else if (da < db) i++;
    else j++;
  }
  return { dates, rs: rs.subarray(0, dates.length) };
}

/**
 * One forward pass over the ratios: 50-session average, d, its 252-session RMS sd, strength,
 * e, its RMS se and momentum, by compensated running sums. Entry k reads entries <= k only.
 * Where sd <= FLAT_D strength is NaN (not a 0/0 blow-up of rounding noise) and lastFlatSd
 * marks it; a NaN e adds 0 to the sums, so a flat stretch cannot poison later windows.
 */
function axesOf(dates: string[], rs: Float64Array, w: RotationWindows): RotationAxes {
  const { average: A, normalise: N, lag: L } = w;
  const n = rs.length;
  const [d, e, strength, momentum] = [0, 0, 0, 0].map(() => new Float64Array(n).fill(NaN)) as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const lastFlatSd = new Int32Array(n);
  const lastFlatSe = new Int32Array(n);
  const [sumRs, sumD2, sumE2] = [0, 0, 0].map(() => new Float64Array(2)) as [
    Float64Array,
    Float64Array,
    Float64Array,
  ];
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
