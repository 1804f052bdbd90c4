/**
 * The small/large ratio's one-year z-score: (the last ratio - the mean of the last 252) / their
 * SAMPLE standard deviation (n - 1), two-pass.
 */
import type { Maybe } from '../model/figure.js';

const YEAR = 252;

/** A z-score this far from 0 or further is "unusually stretched" (the brief's watch rule). */
export const STRETCHED_Z = 2;
/** Whether a z-score is stretched: |z| >= {@link STRETCHED_Z}. */
export const zStretched = (z: number): boolean => Math.abs(z) >= STRETCHED_Z;

/** (ratio - mean) / sample std of the last 252 ratios, the date's included. */
export interface RatioZScore {
  readonly sessions: number;
  readonly from: string;
  readonly mean: number;
  /** Sample standard deviation (divides by sessions - 1). */
  readonly sd: number;
  readonly value: number;
}

/** z-score of the last ratio against the last 252 (two-pass mean and sample variance). */
export function zScore(
  ratio: readonly number[],
  dates: readonly string[],
  pair: string,
  short: string,
): Maybe<RatioZScore> {
  const n = ratio.length;
  if (n < YEAR)
    return {
      unavailable: `${pair}: 1-year z-score of the ratio needs ${YEAR} common sessions${short}`,
    };
  let sum = 0;
  for (let k = n - YEAR; k < n; k++) sum += ratio[k] as number;
  const mean = sum / YEAR;
  let ss = 0;
  for (let k = n - YEAR; k < n; k++) ss += ((ratio[k] as number) - mean) ** 2;
  const sd = Math.sqrt(ss / (YEAR - 1));
  // A constant ratio leaves only rounding noise in sd (~1e-15 of the mean): no z-score.
  if (!(sd > 1e-12 * mean))
    return {
      unavailable: `${pair}: 1-year z-score undefined, the ratio did not change over ${YEAR} sessions`,
    };
  return {
    sessions: YEAR,
    from: dates[n - YEAR] as string,
    mean,
    sd,
    value: ((ratio[n - 1] as number) - mean) / sd,
  };
}
