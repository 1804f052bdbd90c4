/**
 * Participation: the date's volume against its recent averages. CONVENTIONS:
 * - The 20- and 50-session averages are simple means of the volumes of the 20 / 50 sessions
 *   BEFORE the date (rows i - n .. i - 1, today EXCLUDED, so a volume spike does not raise its
 *   own baseline); ratio = today's volume / that average (1.5 = 50% above normal).
 * - highestInYear: today's volume is >= every volume of the 251 sessions before it, i.e. the
 *   highest of the last 252 sessions INCLUDING today (a tie with an earlier day counts).
 * - Windows count sessions (rows), not calendar days.
 * - Volume is the file's share volume (ETF and stock volumes are split-adjusted, see
 *   data/SOURCES.md). A series without a volume column (RUT: its volume is null) has no figure.
 *   A missing cell (NaN) or a zero volume (a placeholder row with open = high = low = close, e.g.
 *   XLI 1999-01-26, XLRE 2015-10-14) is treated as missing: the date's figure, or any window
 *   containing such a row, is unavailable (naming the row) rather than averaged as 0.
 * Reads rows i - 251 .. i only: O(252) per call, independent of history length.
 */
import type { Series } from '../model/series.js';
import type { Maybe } from '../model/figure.js';

/** Sessions of the year window for `highestInYear` (today included). */
export const VOLUME_YEAR_SESSIONS = 252;

/** Today's volume against the mean of the previous n sessions' volumes. */
export interface VolumeAverage {
  /** Sessions averaged (20 or 50), today excluded. */
  readonly sessions: number;
  /** First and last session averaged (`to` is the session before the date). */
  readonly from: string;
  readonly to: string;
  /** Mean volume (shares). */
  readonly average: number;
  /** Today's volume / average (> 0; 1 = an ordinary day). */
  readonly ratio: number;
}

/** Whether today's volume is the highest of the last 252 sessions, today included. */
export interface VolumeYearHigh {
  readonly value: boolean;
  /** 252 (today included). */
  readonly sessions: number;
  /** First session of the window. */
  readonly from: string;
  /** The highest volume of the 251 sessions before today, and its earliest session. */
  readonly priorHigh: { readonly date: string; readonly volume: number };
}

/** Volume on the date against its recent averages (conventions above). */
export interface Participation {
  readonly symbol: string;
  readonly date: string;
  /** Today's volume (shares, > 0). */
  readonly volume: number;
  readonly avg20: Maybe<VolumeAverage>;
  readonly avg50: Maybe<VolumeAverage>;
  readonly highestInYear: Maybe<VolumeYearHigh>;
}

/** A usable volume: finite and > 0 (NaN = empty cell, 0 = placeholder row). */
function usable(v: number): boolean {
  return v > 0 && v < Infinity;
}

/** The first row in first..last without a usable volume, or -1. */
function firstMissing(vol: Float64Array, first: number, last: number): number {
  for (let k = first; k <= last; k++) if (!usable(vol[k] as number)) return k;
  return -1;
}

/**
 * Volume on row i against its previous 20- and 50-session averages, and whether it is the
 * highest of the last 252 sessions. Unavailable without a volume column or without a usable
 * volume on the date; each window is unavailable when it reaches before the history or holds
 * a missing / zero volume.
 */
export function participation(s: Series, i: number): Maybe<Participation> {
  const vol = s.volume;
  const date = s.dates[i] as string;
  if (vol === null)
    return {
      unavailable: `${s.symbol}: no volume in ${s.file} (the column is empty throughout)`,
    };
  const today = vol[i] as number;
  if (!usable(today))
    return {
      unavailable: `${s.symbol}: volume missing on ${date} (${Number.isNaN(today) ? 'empty cell' : today})`,
    };
  return {
    symbol: s.symbol,
    date,
    volume: today,
    avg20: volumeAverage(s, vol, i, 20),
    avg50: volumeAverage(s, vol, i, 50),
    highestInYear: yearHigh(s, vol, i),
  };
}

/** Reason a window of rows first..last cannot be used, or null when it can. */
function windowProblem(
  s: Series,
  vol: Float64Array,
  first: number,
  last: number,
  what: string,
): string | null {
  if (first < 0)
    return `${s.symbol}: ${what} needs ${last - first + 1} sessions of volume, ${last + 1} exist (history begins ${s.dates[0]})`;
  const bad = firstMissing(vol, first, last);
  if (bad < 0) return null;
  return `${s.symbol}: ${what} needs volume on every session ${s.dates[first]}..${s.dates[last]}, missing on ${s.dates[bad]} (${Number.isNaN(vol[bad]) ? 'empty cell' : vol[bad]})`;
}

function volumeAverage(s: Series, vol: Float64Array, i: number, n: number): Maybe<VolumeAverage> {
  const problem = windowProblem(
    s,
    vol,
    i - n,
    i - 1,
    `${n}-session average volume (today excluded)`,
  );
  if (problem !== null) return { unavailable: problem };
  let sum = 0;
  for (let k = i - n; k < i; k++) sum += vol[k] as number;
  const average = sum / n;
  return {
    sessions: n,
    from: s.dates[i - n] as string,
    to: s.dates[i - 1] as string,
    average,
    ratio: (vol[i] as number) / average,
  };
}

function yearHigh(s: Series, vol: Float64Array, i: number): Maybe<VolumeYearHigh> {
  const first = i - VOLUME_YEAR_SESSIONS + 1;
  const problem = windowProblem(
    s,
    vol,
    first,
    i,
    `highest volume of ${VOLUME_YEAR_SESSIONS} sessions`,
  );
  if (problem !== null) return { unavailable: problem };
  let at = first;
  for (let k = first + 1; k < i; k++) if ((vol[k] as number) > (vol[at] as number)) at = k;
  const priorHigh = { date: s.dates[at] as string, volume: vol[at] as number };
  return {
    value: (vol[i] as number) >= priorHigh.volume,
    sessions: VOLUME_YEAR_SESSIONS,
    from: s.dates[first] as string,
    priorHigh,
  };
}
