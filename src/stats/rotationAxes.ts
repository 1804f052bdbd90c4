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
  const rs: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.dates.length && j < b.dates.length) {
    const da = a.dates[i] as string;
    const db = b.dates[j] as string;
    if (da === db) {
      dates.push(da);
      rs.push((a.close[i++] as number) / (b.close[j++] as number));
    } else if (da < db) i++;
    else j++;
  }
  return { dates, rs: Float64Array.from(rs) };
}

function axesOf(dates: string[], rs: Float64Array, w: RotationWindows): RotationAxes {
  const n = rs.length;
  const d = new Float64Array(n).fill(NaN);
  const sum = runningSum();
  for (let k = 0; k < n; k++) {
    sum.add(rs[k] as number);
    if (k >= w.average) sum.add(-(rs[k - w.average] as number));
    if (k >= w.average - 1) d[k] = (rs[k] as number) / (sum.value() / w.average) - 1;
  }
  const sd = rollingRms(d, w.average - 1, w.normalise);
  const strength = new Float64Array(n).fill(NaN);
  const e = new Float64Array(n).fill(NaN);
  for (let k = 0; k < n; k++) {
    // sd <= FLAT_D: no strength (NaN, flagged by lastFlatSd), not a 0/0 blow-up of rounding noise
    const s = sd[k] as number;
    if (s > FLAT_D) strength[k] = 100 + (ROTATION_SCALE * (d[k] as number)) / s;
    if (k >= w.lag) e[k] = (strength[k] as number) - (strength[k - w.lag] as number);
  }
  const se = rollingRms(e, w.average - 1 + w.normalise - 1 + w.lag, w.normalise);
  const momentum = new Float64Array(n);
  for (let k = 0; k < n; k++)
    momentum[k] = 100 + (ROTATION_SCALE * (e[k] as number)) / (se[k] as number);
  return {
    dates,
    rs,
    strength,
    momentum,
    lastFlatSd: lastFlat(sd, FLAT_D),
    lastFlatSe: lastFlat(se, FLAT_E),
  };
}

/** out[k] = latest k' <= k with x[k'] <= flat (NaN entries are not flat), or -1. */
function lastFlat(x: Float64Array, flat: number): Int32Array {
  const out = new Int32Array(x.length);
  let last = -1;
  for (let k = 0; k < x.length; k++) {
    if ((x[k] as number) <= flat) last = k;
    out[k] = last;
  }
  return out;
}

/**
 * out[k] = sqrt(mean(x[k-len+1..k]^2)) for k >= first + len - 1 (x defined from `first`), else
 * NaN. A NaN x (no strength on a flat stretch) adds 0, so it cannot poison later windows; a
 * window holding one is never read (lastFlatSd marks it).
 */
function rollingRms(x: Float64Array, first: number, len: number): Float64Array {
  const out = new Float64Array(x.length).fill(NaN);
  const ss = runningSum();
  const sq = (v: number) => (v === v ? v * v : 0);
  for (let k = first; k < x.length; k++) {
    ss.add(sq(x[k] as number));
    if (k - len >= first) ss.add(-sq(x[k - len] as number));
    if (k >= first + len - 1) out[k] = Math.sqrt(Math.max(ss.value(), 0) / len);
  }
  return out;
}

/**
 * A running sum that values can be added to and removed from without drift (Neumaier's
 * compensated summation): once large values leave the window, the small ones that remain are
 * not swamped by the rounding left behind (a plain running sum of squares is).
 */
function runningSum() {
  let s = 0;
  let c = 0;
  return {
    add(x: number): void {
      const t = s + x;
      c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
      s = t;
    },
    value: (): number => s + c,
  };
}
