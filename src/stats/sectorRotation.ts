/**
 * The sector table of the brief (the 11 Select Sector SPDRs), as of one session.
 * - Returns are close-to-close SIMPLE returns on raw closes (price return): 1-day, 5 sessions
 *   (trading sessions, not calendar days) and YTD (from the last close of the previous year).
 * - Leaders / laggards: the 3 best / 3 worst sectors by 1-day and by YTD return (ties: symbol
 *   order). With fewer than 6 sectors the two lists overlap.
 * - Dispersion (best minus worst 1-day return) and its 1-year percentile: see sectorDispersion.ts.
 * - Cyclical minus defensive: equal-weight mean of the cyclicals' returns minus the defensives'
 *   (mean of period returns: equal weights set at the period start, no rebalancing within it).
 *   Cyclicals XLB XLE XLF XLI XLY; defensives XLP XLU XLV (the usual split of the 9 original
 *   sectors). XLK, XLC and XLRE are in NEITHER set: XLK and XLC are dominated by a few mega-cap
 *   growth stocks (Apple, Microsoft, Nvidia; Meta, Alphabet), so they would turn the spread into
 *   a growth-factor / mega-cap reading; XLRE is a rate-sensitive bond proxy that classifications
 *   disagree on. Both sets exist since 1998-12-22, so the spread means the same over all history
 *   (XLC starts 2018-06-19 and XLRE 2015-10-08).
 * Reads rows <= each sector's row i only; O(252 x sectors) per call.
 */
import { isAvailable, type Change, type Maybe } from '../model/figure.js';
import { periodToDate, sessionsReturn } from './returns.js';
import {
  sectorDispersion,
  type Dispersion,
  type RankedSector,
  type SectorInput,
} from './sectorDispersion.js';

/** Re-exported so the snapshot's types come from one module. */
export type { Dispersion, RankedSector, SectorInput };

/** The two groups of the cyclical-minus-defensive spread (roles in data/universe.json). */
export interface SectorGroups {
  readonly cyclicals: readonly string[];
  readonly defensives: readonly string[];
}

/** Returns of one sector as of the date (each unavailable when its history is too short). */
export interface SectorReturns {
  readonly symbol: string;
  readonly name: string;
  readonly day: Maybe<Change>;
  readonly sessions5: Maybe<Change>;
  readonly ytd: Maybe<Change>;
}

/** Best and worst sectors by one return. */
export interface SectorRanking {
  /** Up to 3 best, best first. */
  readonly leaders: readonly RankedSector[];
  /** Up to 3 worst, worst first. */
  readonly laggards: readonly RankedSector[];
  /** Sectors ranked (those with this return). */
  readonly ranked: number;
  /** Sectors passed but without this return (e.g. XLC's YTD in 2018). */
  readonly missing: readonly string[];
}

/** Equal-weight cyclicals minus equal-weight defensives over one window. */
export interface StyleSpread {
  /** cyclicals - defensives (fraction). */
  readonly value: number;
  /** Mean return of the cyclicals / defensives (fractions). */
  readonly cyclicals: number;
  readonly defensives: number;
  readonly from: string;
  readonly to: string;
  readonly sessions: number;
}

/** The sector table of one brief: returns, rankings, dispersion and the style spread. */
export interface SectorSnapshot {
  readonly date: string;
  /** In input order. */
  readonly sectors: readonly SectorReturns[];
  readonly byDay: Maybe<SectorRanking>;
  readonly byYtd: Maybe<SectorRanking>;
  readonly dispersion: Maybe<Dispersion>;
  readonly cyclicalMinusDefensive: {
    readonly day: Maybe<StyleSpread>;
    readonly sessions5: Maybe<StyleSpread>;
    readonly ytd: Maybe<StyleSpread>;
  };
}

type Window = 'day' | 'sessions5' | 'ytd';

/**
 * Sector returns, leaders and laggards, dispersion with its 1-year percentile and the
 * cyclical-minus-defensive spread as of the date of the sectors' rows (all must be the same
 * session: throws otherwise, a caller bug). Unavailable with no sector at all (a date before
 * 1998-12-22); otherwise each unavailable part says which sector lacks what.
 */
export function sectorSnapshot(
  sectors: readonly SectorInput[],
  groups: SectorGroups,
  asOf: string,
): Maybe<SectorSnapshot> {
  const first = sectors[0];
  if (!first) return { unavailable: `no sector fund had started trading by ${asOf}` };
  const date = first.series.dates[first.i] as string;
  for (const x of sectors)
    if (x.series.dates[x.i] !== date)
      throw new RangeError(
        `sectorSnapshot: ${x.series.symbol} row ${x.i} is ${x.series.dates[x.i]}, not ${date}`,
      );
  const rows: SectorReturns[] = sectors.map(({ series: s, i, name }) => ({
    symbol: s.symbol,
    name,
    day: sessionsReturn(s, i, 1),
    sessions5: sessionsReturn(s, i, 5),
    ytd: periodToDate(s, i, 'year'),
  }));
  const spread = (w: Window) => styleSpread(rows, groups, w, date);
  return {
    date,
    sectors: rows,
    byDay: ranking(rows, 'day', date),
    byYtd: ranking(rows, 'ytd', date),
    dispersion: sectorDispersion(sectors),
    cyclicalMinusDefensive: {
      day: spread('day'),
      sessions5: spread('sessions5'),
      ytd: spread('ytd'),
    },
  };
}

/** Sectors with an available `w` return, best first (ties by symbol). */
function sorted(rows: readonly SectorReturns[], w: Window): RankedSector[] {
  const out: RankedSector[] = [];
  for (const r of rows) {
    const c = r[w];
    if (isAvailable(c)) out.push({ symbol: r.symbol, name: r.name, value: c.value });
  }
  return out.sort((a, b) => b.value - a.value || a.symbol.localeCompare(b.symbol));
}

/** Leaders and laggards by `w` among the sectors that have that return. */
function ranking(rows: readonly SectorReturns[], w: Window, date: string): Maybe<SectorRanking> {
  const best = sorted(rows, w);
  const missing = rows.filter((r) => !isAvailable(r[w])).map((r) => r.symbol);
  if (best.length === 0)
    return {
      unavailable: `sectors: no sector has a ${w === 'day' ? '1-day' : 'YTD'} return on ${date} (${missing.join(', ')})`,
    };
  const worst = [...best].sort((a, b) => a.value - b.value || a.symbol.localeCompare(b.symbol));
  return { leaders: best.slice(0, 3), laggards: worst.slice(0, 3), ranked: best.length, missing };
}

/** Mean `w` return of the cyclicals minus that of the defensives; every member is required. */
function styleSpread(
  rows: readonly SectorReturns[],
  groups: SectorGroups,
  w: Window,
  date: string,
): Maybe<StyleSpread> {
  const means: number[] = [];
  let a: Change | null = null;
  for (const set of [groups.cyclicals, groups.defensives]) {
    let sum = 0;
    for (const sym of set) {
      const c = rows.find((r) => r.symbol === sym)?.[w];
      if (!c)
        return {
          unavailable: `${sym}: not in the brief on ${date}; the cyclical-minus-defensive spread needs ${[...groups.cyclicals, ...groups.defensives].join(' ')}`,
        };
      if (!isAvailable(c)) return c;
      a ??= c;
      if (c.from !== a.from)
        return {
          unavailable: `${sym}: ${w} window starts ${c.from}, not ${a.from} like ${groups.cyclicals[0]}; sector files should share one calendar`,
        };
      sum += c.value;
    }
    means.push(sum / set.length);
  }
  const [cyclicals, defensives] = means as [number, number];
  const { from, to, sessions } = a as Change;
  return { value: cyclicals - defensives, cyclicals, defensives, from, to, sessions };
}
