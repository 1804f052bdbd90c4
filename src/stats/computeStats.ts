/**
 * All figures of a brief for one date, computed by the registry's families: a pure function of
 * the loaded series, the universe and the date, reading only rows up to the date.
 */
import type { Unavailable } from '../model/figure.js';
import type { Series } from '../model/series.js';
import { displayName, type Universe } from '../model/universe.js';
import type { AsOf } from './asOf.js';
import type { BriefStats, PairStats, Role, SeriesStats } from './briefStats.js';
import { BRIEF_FIGURES, RANGE_FIGURE } from './registry/briefFigures.js';
import { computeTree, type BriefInput, type SeriesAt } from './registry/family.js';
import { PAIR_FIGURES, type PairFiguresInput } from './registry/pairFigures.js';
import { conventions } from './registry/registry.js';
import { SERIES_FIGURES } from './registry/seriesFigures.js';

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
  const figures = computeTree(SERIES_FIGURES, (f) => f.scope === 'series' && f.compute(s, i));
  return {
    symbol: s.symbol,
    name: displayName(u, s.symbol),
    role: roleOf(u, s.symbol),
    source: s.file,
    close: s.close[i] as number,
    ...figures,
  };
}

function pairStats(
  u: Universe,
  pair: Universe['pairs'][number],
  at: (sym: string) => SeriesAt | null,
  stats: Record<string, SeriesStats>,
  date: string,
): PairStats {
  const small = at(pair.small);
  const large = at(pair.large);
  const absent = !small ? pair.small : !large ? pair.large : null;
  const id = { label: pair.label, small: pair.small, large: pair.large };
  if (absent !== null || !small || !large) {
    const why: Unavailable = {
      unavailable: `${absent} is not in this brief (${displayName(u, absent as string)})`,
    };
    const missing = computeTree(PAIR_FIGURES, (f) =>
      f.scope === 'pair' && f.missing ? f.missing(why) : why,
    );
    return { ...id, ...missing } as PairStats;
  }
  const input: PairFiguresInput = {
    pair,
    small,
    large,
    date,
    smallFigures: stats[pair.small] as SeriesStats,
    largeFigures: stats[pair.large] as SeriesStats,
  };
  return { ...id, ...computeTree(PAIR_FIGURES, (f) => f.scope === 'pair' && f.compute(input)) };
}

/** What the brief-level families read: the universe, the series and their rows on the date. */
export function briefInput(
  universe: Universe,
  series: ReadonlyMap<string, Series>,
  asOf: AsOf,
  range?: { readonly from: string; readonly to: string },
): BriefInput {
  const at = (sym: string): SeriesAt | null => {
    const i = asOf.index.get(sym);
    const s = series.get(sym);
    return i === undefined || !s ? null : { series: s, i };
  };
  return { universe, series, asOf, range, at };
}

/** Every figure of the brief for `asOf.date`. Output keys are sorted for stable JSON. */
export function computeStats(
  u: Universe,
  series: ReadonlyMap<string, Series>,
  asOf: AsOf,
  range?: { readonly from: string; readonly to: string },
): BriefStats {
  const input = briefInput(u, series, asOf, range);
  const at = input.at;
  const stats: Record<string, SeriesStats> = {};
  for (const sym of [...asOf.index.keys()].sort()) {
    const x = at(sym) as SeriesAt;
    stats[sym] = seriesStats(u, x.series, x.i);
  }
  const brief = computeTree(BRIEF_FIGURES, (f) => f.scope === 'brief' && f.compute(input));
  const rangeStats = RANGE_FIGURE.compute(input);
  return {
    schema: 'rotation-brief/stats@2',
    date: asOf.date,
    conventions: conventions(),
    series: stats,
    excluded: asOf.excluded,
    pairs: u.pairs.map((p) => pairStats(u, p, at, stats, asOf.date)),
    ...brief,
    ...(rangeStats ? { range: rangeStats } : {}),
  };
}
