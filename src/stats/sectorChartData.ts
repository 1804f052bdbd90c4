/**
 * The data of the sector charts (the sector bars, the sector heat map and the relative rotation
 * graph), part of ChartData (chartData.ts), computed from rows up to the date and the brief's
 * figures.
 */
import { isAvailable } from '../model/figure.js';
import type { Universe } from '../model/universe.js';
import type { BriefStats } from './briefStats.js';
import { sectorDailyReturns } from './chartSeries.js';
import type { BriefInput } from './registry/family.js';
import type { Quadrant } from './relativeRotation.js';

/** A series as a chart names it. */
export type Named = { readonly symbol: string; readonly name: string };

/** The sector charts' part of the chart data. */
export interface SectorChartData {
  /** The sectors' returns on the day. */
  readonly sectorBars: { readonly rows: readonly (Named & { value: number })[] } | null;
  /** The sectors' daily returns over the last 10 sessions and their compounded totals. */
  readonly sectorHeatmap: {
    readonly dates: readonly string[];
    readonly rows: readonly (Named & { values: readonly (number | null)[]; total: number })[];
  } | null;
  /** Relative rotation of the sectors and the small-cap fund against the benchmark. */
  readonly rotation: {
    readonly benchmark: string;
    readonly points: readonly (Named & {
      tail: { date: string; strength: number; momentum: number }[];
      quadrant: Quadrant;
    })[];
    /** Funds in the brief without enough data for the measure (too short a history), left off. */
    readonly left: readonly string[];
  } | null;
}

function names(u: Universe): (sym: string) => string {
  const all = [...Object.values(u.indices), ...u.etfs, ...u.sectors, ...u.megaCaps];
  return (sym) => all.find((x) => x.symbol === sym)?.name ?? sym;
}

function sectors(
  b: BriefInput,
  stats: BriefStats,
  heatmapSessions: number,
): Pick<SectorChartData, 'sectorBars' | 'sectorHeatmap'> {
  const snap = stats.breadth.sectors;
  const rows = isAvailable(snap)
    ? snap.sectors.flatMap((x) =>
        isAvailable(x.day) ? [{ symbol: x.symbol, name: x.name, value: x.day.value }] : [],
      )
    : [];
  const calendar = b.at(b.universe.indices.largeCap.symbol);
  const heat = calendar
    ? sectorDailyReturns(b, calendar, heatmapSessions)
    : { dates: [], rows: [] };
  return {
    sectorBars: rows.length ? { rows } : null,
    sectorHeatmap: heat.rows.length ? heat : null,
  };
}

function rotation(b: BriefInput, stats: BriefStats): SectorChartData['rotation'] {
  const nameOf = names(b.universe);
  const points = Object.entries(stats.breadth.rotation).flatMap(([symbol, r]) =>
    isAvailable(r)
      ? [
          {
            symbol,
            name: nameOf(symbol),
            tail: [...r.tail, r.point].map((p) => ({
              date: p.date,
              strength: p.strength,
              momentum: p.momentum,
            })),
            quadrant: r.point.quadrant,
          },
        ]
      : [],
  );
  const left = Object.entries(stats.breadth.rotation)
    .filter(([, r]) => !isAvailable(r))
    .map(([symbol]) => symbol)
    .sort();
  return points.length ? { benchmark: b.universe.roles.rotationBenchmark, points, left } : null;
}

/** The sector charts' data for the brief; the heat map shows the last `heatmapSessions` sessions. */
export function sectorChartData(
  b: BriefInput,
  stats: BriefStats,
  heatmapSessions: number,
): SectorChartData {
  return { ...sectors(b, stats, heatmapSessions), rotation: rotation(b, stats) };
}
