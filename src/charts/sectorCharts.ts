/**
 * The sector section's chart, from the model's chart data: the relative rotation graph (the one
 * sector view beside the sector table).
 */
import { listed } from '../model/listed.js';
import { rotationFinding } from './chartFindings.js';
import type { ChartData } from '../stats/chartData.js';
import type { RenderedChart } from './renderedChart.js';
import { renderSvg } from './renderSvg.js';
import { rotationGraphChartSpec } from './rotationGraphChartSpec.js';

/** " (XLC left out: not enough data for the measure)", or "" when every fund is drawn. */
function leftOut(left: readonly string[]): string {
  if (left.length === 0) return '';
  return ` (${listed(left)} left out: not enough data for the measure)`;
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
    caption: `Relative strength and momentum of ${r.points.length} funds against ${r.benchmark}${leftOut(r.left)}. Strength above 100: outperforming ${r.benchmark} over recent months; momentum above 100: that strength is rising. Tails show the last 5 sessions. The formula is in the methodology.`,
  };
}

/** The sector charts, keyed as the templates expect. */
export async function sectorCharts(data: ChartData): Promise<Record<string, RenderedChart | null>> {
  return {
    rotationGraph: await rotationGraph(data),
  };
}
