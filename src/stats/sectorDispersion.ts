/**
 * Sector dispersion: best minus worst 1-day close-to-close SIMPLE return (raw closes) among the
 * sectors that have a 1-day return on the date (>= 0; 0.01 = 1 percentage point), and its
 * PERCENTILE = share of the daily dispersions of the 252 sessions BEFORE the date (the date
 * excluded; each past day over the passed sectors that had a 1-day return that day) that are
 * <= today's. 1 means the widest spread of the past year; 0 the narrowest; ties count as <=.
 * Reads rows <= each sector's row i only; O(252 x sectors) per call, independent of history.
 */
import type { Series } from '../model/series.js';
import { isAvailable, type Maybe } from '../model/figure.js';
import { sessionsReturn } from './returns.js';
import { indexOfSorted } from '../model/bisect.js';

/** Past sessions the dispersion percentile compares against (the date excluded). */
export const DISPERSION_SESSIONS = 252;

/** One sector and its row on the brief's date (a sector absent on the date is not passed). */
export interface SectorInput {
  readonly series: Series;
  readonly i: number;
  readonly name: string;
}

/** A sector and one return (fraction). */
export interface RankedSector {
  readonly symbol: string;
  readonly name: string;
  readonly value: number;
}

/** Where today's dispersion stands among the previous 252 sessions' dispersions. */
export interface DispersionPercentile {
  /** Share of the 252 past daily dispersions <= today's, in [0, 1]. */
  readonly value: number;
  /** Past sessions compared against (252). */
  readonly sessions: number;
  /** First and last past session compared against (the session before the date). */
  readonly from: string;
  readonly to: string;
}

/** Best minus worst 1-day sector return on the date. */
export interface Dispersion {
  /** best.value - worst.value (fraction, >= 0). */
  readonly value: number;
  /** Best and worst 1-day return (ties: the first symbol alphabetically is best / worst). */
  readonly best: RankedSector;
  readonly worst: RankedSector;
  /** Sectors with a 1-day return on the date. */
  readonly sectors: number;
  readonly percentile: Maybe<DispersionPercentile>;
}

/**
 * Dispersion of the sectors' 1-day returns on the date of their rows (all the same session) and
 * its percentile among the previous 252 sessions. Unavailable with fewer than 2 sector returns;
 * the percentile is unavailable unless each of the 252 past sessions has 2 sector returns.
 */
export function sectorDispersion(sectors: readonly SectorInput[]): Maybe<Dispersion> {
  const day: RankedSector[] = [];
  for (const { series: s, i, name } of sectors) {
    const c = sessionsReturn(s, i, 1);
    if (isAvailable(c)) day.push({ symbol: s.symbol, name, value: c.value });
  }
  day.sort((a, b) => b.value - a.value || a.symbol.localeCompare(b.symbol));
  const worstValue = day[day.length - 1]?.value;
  const best = day[0];
  const worst = day.find((x) => x.value === worstValue);
  const first = sectors[0];
  if (!first || !best || !worst || day.length < 2)
    return {
      unavailable: `sectors: dispersion needs 1-day returns of 2 sectors${first ? ` on ${first.series.dates[first.i]}` : ''}, ${day.length} have one`,
    };
  const value = best.value - worst.value;
  return { value, best, worst, sectors: day.length, percentile: percentile(sectors, value) };
}

/**
 * Percentile of today's dispersion among those of the 252 sessions before it. The calendar is
 * the sector with the most rows up to the date; each sector's row on a past day is found by
 * offset from its row i (the files share one calendar), checked by date, else binary search.
 */
function percentile(sectors: readonly SectorInput[], today: number): Maybe<DispersionPercentile> {
  let ref = sectors[0] as SectorInput;
  for (const x of sectors) if (x.i > ref.i) ref = x;
  const dates = ref.series.dates;
  const start = ref.i - DISPERSION_SESSIONS;
  if (start < 1)
    return {
      unavailable: `sectors: dispersion percentile needs ${DISPERSION_SESSIONS} past sessions with sector returns before ${dates[ref.i]}, the longest sector history (${ref.series.symbol}) begins ${dates[0]}`,
    };
  let atOrBelow = 0;
  for (let r = start; r < ref.i; r++) {
    const d = dates[r] as string;
    let hi = -Infinity;
    let lo = Infinity;
    let count = 0;
    for (const { series: s, i } of sectors) {
      const j = rowOn(s, i - (ref.i - r), i, d);
      if (j < 1) continue;
      const ret = (s.close[j] as number) / (s.close[j - 1] as number) - 1;
      count++;
      if (ret > hi) hi = ret;
      if (ret < lo) lo = ret;
    }
    if (count < 2) {
      const begins = sectors.map((x) => `${x.series.symbol} ${x.series.dates[0]}`).join(', ');
      return {
        unavailable: `sectors: dispersion percentile needs 1-day returns of 2 sectors on each of the ${DISPERSION_SESSIONS} sessions before ${dates[ref.i]}; ${d} has ${count} (histories begin ${begins})`,
      };
    }
    if (hi - lo <= today) atOrBelow++;
  }
  return {
    value: atOrBelow / DISPERSION_SESSIONS,
    sessions: DISPERSION_SESSIONS,
    from: dates[start] as string,
    to: dates[ref.i - 1] as string,
  };
}

/** Row of date `d` in `s` (the guess first, then binary search over rows <= i), or -1. */
function rowOn(s: Series, guess: number, i: number, d: string): number {
  if (guess >= 0 && s.dates[guess] === d) return guess;
  return indexOfSorted(s.dates, d, i + 1);
}
