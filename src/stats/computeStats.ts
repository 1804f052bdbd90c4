/**
 * All figures of a brief for one date: a pure function of the loaded series, the
 * universe config and the date. Reads only rows up to the date.
 */
import type { Series } from '../model/series.js';
import { displayName, type Universe } from '../model/universe.js';
import { alignPairAsOf } from './alignPair.js';
import { betaCorrelation } from './betaCorrelation.js';
import { breadthStats } from './breadthStats.js';
import { allTimeHighs, type AllTimeHighs } from './allTimeHighs.js';
import type { AsOf } from './asOf.js';
import {
  CONVENTIONS,
  WINDOWS,
  type BriefStats,
  type PairStats,
  type Role,
  type SeriesStats,
  type Window,
} from './briefStats.js';
import {
  spreadOf,
  type Change,
  type Maybe,
  type Spread,
  type Unavailable,
} from '../model/figure.js';
import { openToClose } from './openToClose.js';
import { periodToDate, rangeReturn, sessionsReturn } from './returns.js';
import { calendarYears, cumulativeRelative, type CalendarYears } from './calendarYears.js';
import { closeRuns, type CloseRunStats } from './closeRuns.js';
import { relativeRatio, type RelativeRatio } from './relativeRatio.js';
import { seriesRisk } from './seriesRisk.js';
import { streakAnalogs } from './streakAnalogs.js';
import { pairStreakIndex, streakStatsAt } from './streakIndex.js';

/** The ratio figures without their chart data (which would bloat stats.json). */
function withoutChart(r: Maybe<RelativeRatio>): Maybe<Omit<RelativeRatio, 'chart'>> {
  if ('unavailable' in r) return r;
  const { chart: _chart, ...rest } = r;
  return rest;
}

/** Close-to-close return of every series over a user-chosen range of sessions (--range). */
function rangeStats(
  series: ReadonlyMap<string, Series>,
  asOf: AsOf,
  range: { from: string; to: string },
) {
  const returns: Record<string, Maybe<Change>> = {};
  for (const [sym, i] of [...asOf.index].sort(([a], [b]) => a.localeCompare(b))) {
    returns[sym] = rangeReturn(series.get(sym) as Series, i, range.from, range.to);
  }
  return { from: range.from, to: range.to, returns };
}

/** ETFs whose calendar-year returns are reported beside the indices. */
const YEAR_ETFS = ['IWM', 'SPY'];

/** Role of a symbol in the universe. */
export function roleOf(u: Universe, sym: string): Role {
  if (sym === u.indices.smallCap.symbol) return 'small-cap index';
  if (sym === u.indices.largeCap.symbol) return 'large-cap index';
  if (sym === u.indices.growth.symbol) return 'growth index';
  if (u.sectors.some((s) => s.symbol === sym)) return 'sector';
  if (u.megaCaps.some((s) => s.symbol === sym)) return 'mega-cap';
  return 'etf';
}

/** Figures of one series at row i. */
export function seriesStats(u: Universe, s: Series, i: number): SeriesStats {
  return {
    symbol: s.symbol,
    name: displayName(u, s.symbol),
    role: roleOf(u, s.symbol),
    source: s.file,
    close: s.close[i] as number,
    day: sessionsReturn(s, i, 1),
    openToClose: openToClose(s, i),
    sessions5: sessionsReturn(s, i, 5),
    sessions21: sessionsReturn(s, i, 21),
    sessions63: sessionsReturn(s, i, 63),
    mtd: periodToDate(s, i, 'month'),
    qtd: periodToDate(s, i, 'quarter'),
    ytd: periodToDate(s, i, 'year'),
    year1: sessionsReturn(s, i, 252),
    risk: seriesRisk(s, i),
  };
}

function missingPair(
  u: Universe,
  label: string,
  small: string,
  large: string,
  sym: string,
): PairStats {
  const why: Unavailable = { unavailable: `${sym} is not in this brief (${displayName(u, sym)})` };
  const spreads = Object.fromEntries(WINDOWS.map((w) => [w, why])) as Record<Window, Maybe<Spread>>;
  return {
    label,
    small,
    large,
    spreads,
    streak: why,
    analogs: why,
    ratio: why,
    betaCorrelation: { sessions60: why, sessions252: why },
  };
}

function pairStats(
  u: Universe,
  pair: Universe['pairs'][number],
  series: ReadonlyMap<string, Series>,
  stats: Record<string, SeriesStats>,
  date: string,
): PairStats {
  const a = stats[pair.small];
  const b = stats[pair.large];
  const sa = series.get(pair.small);
  const sb = series.get(pair.large);
  if (!a || !sa) return missingPair(u, pair.label, pair.small, pair.large, pair.small);
  if (!b || !sb) return missingPair(u, pair.label, pair.small, pair.large, pair.large);
  const aligned = alignPairAsOf(sa, sb, date);
  const index = pairStreakIndex(sa, sb);
  const ratio = relativeRatio(sa, sb, date);
  return {
    label: pair.label,
    small: pair.small,
    large: pair.large,
    spreads: Object.fromEntries(WINDOWS.map((w) => [w, spreadOf(a[w], b[w])])) as Record<
      Window,
      Maybe<Spread>
    >,
    streak: streakStatsAt(index, date),
    analogs: streakAnalogs(index, sa, sb, date),
    ratio: withoutChart(ratio),
    betaCorrelation: {
      sessions60: betaCorrelation(aligned, 60),
      sessions252: betaCorrelation(aligned, 252),
    },
  };
}

/** Every figure of the brief for `asOf.date`. Output keys are sorted for stable JSON. */
export function computeStats(
  u: Universe,
  series: ReadonlyMap<string, Series>,
  asOf: AsOf,
  range?: { readonly from: string; readonly to: string },
): BriefStats {
  const stats: Record<string, SeriesStats> = {};
  const highs: Record<string, AllTimeHighs> = {};
  const athSymbols = new Set([
    u.indices.smallCap.symbol,
    u.indices.largeCap.symbol,
    u.indices.growth.symbol,
    ...u.etfs.map((e) => e.symbol),
  ]);
  for (const sym of [...asOf.index.keys()].sort()) {
    const s = series.get(sym) as Series;
    const i = asOf.index.get(sym) as number;
    stats[sym] = seriesStats(u, s, i);
    if (athSymbols.has(sym)) highs[sym] = allTimeHighs(s, i);
  }
  const pairs = u.pairs.map((p) => pairStats(u, p, series, stats, asOf.date));
  const at = (sym: string) => {
    const i = asOf.index.get(sym);
    const s = series.get(sym);
    return i === undefined || !s ? null : { s, i };
  };
  const indices = [u.indices.smallCap.symbol, u.indices.largeCap.symbol, u.indices.growth.symbol];
  const runs: Record<string, Maybe<CloseRunStats>> = {};
  for (const sym of indices) {
    const x = at(sym);
    if (x) runs[sym] = closeRuns(x.s, x.i);
  }
  const years: Record<string, CalendarYears> = {};
  for (const sym of [...indices, ...YEAR_ETFS].sort()) {
    const x = at(sym);
    if (x) years[sym] = calendarYears(x.s, x.i);
  }
  const iwm = at('IWM');
  const spy = at('SPY');
  return {
    schema: 'rotation-brief/stats@1',
    date: asOf.date,
    conventions: CONVENTIONS,
    series: stats,
    excluded: asOf.excluded,
    pairs,
    allTimeHighs: highs,
    closeRuns: runs,
    calendarYears: years,
    cumulative:
      iwm && spy
        ? cumulativeRelative(iwm.s, spy.s, asOf.date)
        : { unavailable: 'IWM or SPY is not in this brief' },
    breadth: breadthStats(u, series, asOf),
    ...(range ? { range: rangeStats(series, asOf, range) } : {}),
  };
}
