/**
 * Drawdown from the running maximum CLOSE (close-to-close, raw closes: no intraday highs/lows,
 * no dividends added back for ETFs). Values are fractions <= 0 (-0.5989 = -59.89%).
 * "Max drawdown" is since the FIRST ROW OF THE FILE (`historyFrom`), as of row i: e.g. for RUT
 * that is since 1987-09-10, for GSPC since 1927-12-30 (so it includes 1929-32), not since a
 * common start date. Whole-history figures come from prefix arrays computed once per Series
 * (memoized); a call is O(1).
 */
import type { Series } from '../model/series.js';
import { perSeries } from './perSeries.js';

/** A session and its close. */
export interface DatedClose {
  readonly date: string;
  readonly close: number;
}

/** Current and maximum drawdown as of a session. */
export interface Drawdown {
  /** close[i] / highest close in rows 0..i - 1 (0 at a high); `peak` is that high (earliest of equals). */
  readonly current: { readonly value: number; readonly peak: DatedClose };
  /**
   * Deepest close-to-close drawdown in rows 0..i: trough close / peak close - 1, where the peak is
   * the highest close before the trough (earliest of equals) and the trough the earliest of equally
   * deep ones. `recovery`: first session after the trough closing at or above the peak close, up
   * to row i; null if not recovered by i. When there has been no decline yet (value 0), peak =
   * trough = recovery = the session of the highest close.
   */
  readonly max: {
    readonly value: number;
    readonly peak: DatedClose;
    readonly trough: DatedClose;
    readonly recovery: string | null;
  };
  /** First session of the file: the history the max drawdown is measured over. */
  readonly historyFrom: string;
}

interface DrawdownPrefix {
  /** Row of the highest close in 0..k, the earliest of equals. */
  readonly peakAt: Int32Array;
  /** Deepest drawdown in rows 0..k. */
  readonly maxValue: Float64Array;
  /** Trough row of that drawdown (earliest of equally deep ones). */
  readonly maxTrough: Int32Array;
  /** First row j > k closing at or above the highest close of rows 0..k; -1 if none in the file. */
  readonly recovery: Int32Array;
}

/** Prefix arrays of `s`; entries peakAt/maxValue/maxTrough[k] read rows 0..k only. O(n) once. */
const prefix = perSeries((s: Series): DrawdownPrefix => {
  const n = s.close.length;
  const c = s.close;
  const peakAt = new Int32Array(n);
  const maxValue = new Float64Array(n);
  const maxTrough = new Int32Array(n);
  const recovery = new Int32Array(n).fill(-1);
  let peak = 0;
  let deepest = 0;
  let trough = 0;
  let recovered = 0; // rows up to here know their recovery
  for (let k = 0; k < n; k++) {
    const ck = c[k] as number;
    if (ck >= (c[peak] as number)) {
      for (let j = recovered + 1; j < k; j++) recovery[j] = k; // back at the high: they recover
      recovered = k;
      if (ck > (c[peak] as number)) peak = k; // an equal close keeps the earlier peak
    }
    const dd = ck / (c[peak] as number) - 1;
    if (dd < deepest) {
      deepest = dd;
      trough = k;
    }
    peakAt[k] = peak;
    maxValue[k] = deepest;
    maxTrough[k] = deepest < 0 ? trough : peak;
  }
  const out = { peakAt, maxValue, maxTrough, recovery };
  return out;
});

const at = (s: Series, k: number): DatedClose => ({
  date: s.dates[k] as string,
  close: s.close[k] as number,
});

/**
 * Current drawdown and maximum drawdown since the start of the file, as of row i (reads rows
 * 0..i only; a recovery after row i is not reported). Close-to-close from the running maximum
 * close; values <= 0. O(1) after a one-time O(n) pass per series.
 */
export function drawdown(s: Series, i: number): Drawdown {
  const p = prefix(s);
  const peak = p.peakAt[i] as number;
  const value = p.maxValue[i] as number;
  const trough = p.maxTrough[i] as number;
  const maxPeak = value < 0 ? (p.peakAt[trough] as number) : peak;
  const r = p.recovery[trough] as number;
  const recovery =
    value < 0 ? (r >= 0 && r <= i ? (s.dates[r] as string) : null) : (s.dates[peak] as string);
  return {
    current: { value: (s.close[i] as number) / (s.close[peak] as number) - 1, peak: at(s, peak) },
    max: { value, peak: at(s, maxPeak), trough: at(s, trough), recovery },
    historyFrom: s.dates[0] as string,
  };
}
