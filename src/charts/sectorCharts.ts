/**
 * The sector section's charts, from the model's chart data: the day's returns as diverging bars,
 * the last 10 sessions as a heat map, and the relative rotation graph.
 */
import { rotationFinding } from './chartFindings.js';
import type { ChartData } from '../stats/chartData.js';
import type { RenderedChart } from './renderedChart.js';
import { renderSvg } from './renderSvg.js';
import { rotationGraphChartSpec } from './rotationGraphChartSpec.js';
import { sectorBarsChartSpec } from './sectorBarsChartSpec.js';
import { sectorHeatmapChartSpec } from './sectorHeatmapChartSpec.js';

async function bars({ sectorBars: b }: ChartData): Promise<RenderedChart | null> {
  if (!b) return null;
  const svg = await renderSvg(
    sectorBarsChartSpec({
      title: 'Sector returns on the day',
      description: `Close-to-close returns of ${b.rows.length} Select Sector SPDR funds on the brief's date, sorted.`,
      rows: b.rows,
    }),
  );
  return { svg, caption: 'Select Sector SPDR funds, close-to-close.' };
}

async function heatmap({ sectorHeatmap: h }: ChartData): Promise<RenderedChart | null> {
  if (!h) return null;
  const svg = await renderSvg(
    sectorHeatmapChartSpec({
      title: `Sector returns, last ${h.dates.length} sessions`,
      description: `Heat map of daily close-to-close returns of the sector funds over the ${h.dates.length} sessions to the brief's date.`,
      dates: h.dates,
      rows: h.rows,
    }),
  );
  return {
    svg,
    caption: 'Daily close-to-close returns; sectors sorted by their total over the period.',
  };
}

async function rotationGraph({ rotation: r }: ChartData): Promise<RenderedChart | null> {
  if (!r) return null;
  const svg = await renderSvg(
    rotationGraphChartSpec({
      title: `Relative rotation against ${r.benchmark}`,
      description: rotationFinding(r),
      points: r.points,
    }),
  );
  return {
    svg,
    caption: `Relative strength and momentum of ${r.points.length} funds against ${r.benchmark}. Strength above 100: outperforming ${r.benchmark} over recent months; momentum above 100: that strength is rising. Tails show the last 5 sessions. Formula in the methodology (online brief).`,
  };
}

/** The sector charts, keyed as the templates expect. */
export async function sectorCharts(data: ChartData): Promise<Record<string, RenderedChart | null>> {
  return {
    sectorBars: await bars(data),
    sectorHeatmap: await heatmap(data),
    rotationGraph: await rotationGraph(data),
  };
}
