/**
 * The sector section's charts: the day's returns as diverging bars and the last 10 sessions as a
 * heat map (and the relative rotation graph when its builder is present).
 */
import type { Series } from '../model/series.js';
import { indexAtOrBefore } from '../model/series.js';
import type { BriefChartsInput, RenderedChart } from './briefCharts.js';
import { renderSvg } from './renderSvg.js';
import { sectorBarsChartSpec } from './sectorBarsChartSpec.js';
import { sectorHeatmapChartSpec } from './sectorHeatmapChartSpec.js';
import { isAvailable } from '../model/figure.js';
import type { RelativeRotation } from '../stats/relativeRotation.js';
import { rotationGraphChartSpec } from './rotationGraphChartSpec.js';

type Ctx = BriefChartsInput & { at(sym: string): { s: Series; i: number } | null };

const HEAT_SESSIONS = 10;

async function bars(c: Ctx): Promise<RenderedChart | null> {
  const snap = c.stats.breadth.sectors;
  if (!isAvailable(snap)) return null;
  const rows = snap.sectors.flatMap((x) =>
    isAvailable(x.day) ? [{ symbol: x.symbol, name: x.name, value: x.day.value }] : [],
  );
  if (rows.length === 0) return null;
  const svg = await renderSvg(
    sectorBarsChartSpec({
      title: 'Sector returns on the day',
      description: `Close-to-close returns of ${rows.length} Select Sector SPDR funds on the brief's date, sorted.`,
      rows,
    }),
  );
  return { svg, caption: 'Select Sector SPDR funds, close-to-close.' };
}

async function heatmap(c: Ctx): Promise<RenderedChart | null> {
  const calendar = c.at(c.universe.indices.largeCap.symbol);
  if (!calendar) return null;
  const from = Math.max(1, calendar.i - HEAT_SESSIONS + 1);
  const dates = calendar.s.dates.slice(from, calendar.i + 1) as string[];
  const rows = c.universe.sectors.flatMap((x) => {
    const a = c.at(x.symbol);
    if (!a) return [];
    const values = dates.map((d) => {
      const k = indexAtOrBefore(a.s, d);
      return k > 0 && a.s.dates[k] === d
        ? (a.s.close[k] as number) / (a.s.close[k - 1] as number) - 1
        : null;
    });
    return [{ symbol: x.symbol, name: x.name, values }];
  });
  if (rows.length === 0) return null;
  const svg = await renderSvg(
    sectorHeatmapChartSpec({
      title: `Sector returns, last ${dates.length} sessions`,
      description: `Heat map of daily close-to-close returns of the sector funds over the ${dates.length} sessions to the brief's date.`,
      dates,
      rows,
    }),
  );
  return {
    svg,
    caption: 'Daily close-to-close returns; sectors sorted by their total over the period.',
  };
}

async function rotationGraph(c: Ctx): Promise<RenderedChart | null> {
  const names = new Map<string, string>(
    [...c.universe.sectors, ...c.universe.etfs].map((x) => [x.symbol, x.name]),
  );
  const points = Object.entries(c.stats.breadth.rotation)
    .filter((e): e is [string, RelativeRotation] => isAvailable(e[1]))
    .map(([symbol, r]) => ({
      symbol,
      name: names.get(symbol) ?? symbol,
      tail: [...r.tail, r.point].map((p) => ({
        date: p.date,
        strength: p.strength,
        momentum: p.momentum,
      })),
      quadrant: r.point.quadrant,
    }));
  if (points.length === 0) return null;
  const svg = await renderSvg(
    rotationGraphChartSpec({
      title: 'Relative rotation against SPY',
      description: `Relative strength and momentum of ${points.length} funds against SPY on the brief's date, with their path over the previous 5 sessions.`,
      points,
    }),
  );
  return {
    svg,
    caption:
      'Strength above 100: outperforming SPY over recent months; momentum above 100: that strength is rising. Tails show the last 5 sessions. Formula under "About these figures".',
  };
}

/** The sector charts, keyed as the templates expect. */
export async function sectorCharts(c: Ctx): Promise<Record<string, RenderedChart | null>> {
  return {
    sectorBars: await bars(c),
    sectorHeatmap: await heatmap(c),
    rotationGraph: await rotationGraph(c),
  };
}
