/**
 * Every chart of a brief, rendered to SVG from the model's chart data (src/stats/chartData.ts):
 * titles, descriptions and captions here, specs in the *ChartSpec.ts builders, one theme. A chart
 * whose data is missing on the date (no sector funds in 1996) is null and its figure left out.
 */
import type { ChartData } from '../stats/chartData.js';
import { drawdownChartSpec } from './drawdownChartSpec.js';
import { ratioChartSpec } from './ratioChartSpec.js';
import { rebasedChartSpec } from './rebasedChartSpec.js';
import type { RenderedChart } from './renderedChart.js';
import { renderSvg } from './renderSvg.js';
import { reuseDots } from './reuseDots.js';
import { rollingBetaChartSpec } from './rollingBetaChartSpec.js';
import { scopeSvgIds } from './scopeSvgIds.js';
import { sectorCharts } from './sectorCharts.js';
import { drawdownFinding, ratioFinding, rebasedFinding, streaksFinding } from './chartFindings.js';
import { streakHistoryChartSpec } from './streakHistoryChartSpec.js';
import { seriesColor } from './theme.js';

export type { RenderedChart } from './renderedChart.js';

type Job = (data: ChartData) => Promise<RenderedChart | null>;

const rebased: Job = async ({ rebased: r }) => {
  if (!r) return null;
  const colors = Object.fromEntries(r.lines.map((x) => [x.name, seriesColor(x.symbol)]));
  const points = r.lines.flatMap((x) => x.points.map((p) => ({ ...p, series: x.name })));
  const svg = await renderSvg(
    rebasedChartSpec({
      // The base (the last close of the year before) is in the caption: at its full length the
      // title ran past a phone's edge when a wider fallback font drew it.
      title: 'Year to date, rebased to 100',
      description: rebasedFinding(r.lines, r.baseYear),
      points,
      colors,
    }),
  );
  return {
    svg,
    caption: `Close-to-close, price index levels. A value of 110 means +10% since the last close of ${r.baseYear}.`,
  };
};

const ratio: Job = async ({ ratio: r }) => {
  if (!r) return null;
  const { small, large } = r;
  const mas = [
    { label: '50-session avg', points: [...r.ma50] },
    { label: '200-session avg', points: [...r.ma200] },
  ].filter((m) => m.points.length > 0);
  const svg = await renderSvg(
    ratioChartSpec({
      // The first point is the base close: the chart spans one session fewer than its points.
      title: `${small.name} / ${large.name}, last ${r.ratio.length - 1} sessions`,
      description: ratioFinding(r),
      points: [...r.ratio],
      color: seriesColor(small.symbol),
      label: 'Ratio',
      movingAverages: mas,
    }),
  );
  return {
    svg,
    caption: `Ratio of the ${small.name} close to the ${large.name} close, with its 50- and 200-session averages. A rising ratio means the ${small.name} is outperforming.`,
  };
};

const streaks: Job = async ({ streaks: s }) => {
  if (!s) return null;
  const svg = await renderSvg(
    streakHistoryChartSpec({
      // "since 1987" is the subtitle's: in the title it wrapped onto a line of its own.
      title: `${s.label}: outperformance streaks`,
      description: streaksFinding(s),
      streaks: s.all,
      current: s.current,
      ended: s.ended,
      record: s.record,
      symbol: s.small,
    }),
  );
  return {
    svg,
    caption: `Each dot is a streak of consecutive sessions in which the ${s.smallName}'s close-to-close return beat the ${s.largeName}'s, by length and end date.`,
  };
};

const drawdowns: Job = async ({ drawdown: d }) => {
  if (!d) return null;
  const series = d.lines.map((x) => ({ label: x.name, symbol: x.symbol, points: x.points }));
  const svg = await renderSvg(
    drawdownChartSpec({
      title: 'Drawdown from the record close, last 252 sessions',
      description: drawdownFinding(d.lines),
      series,
    }),
  );
  return {
    svg,
    caption:
      'How far each index closed below its highest close to date: close / highest close to date\u00a0-\u00a01. Zero means a record close.',
  };
};

const rollingBeta: Job = async ({ rollingBeta: r }) => {
  if (!r) return null;
  const svg = await renderSvg(
    rollingBetaChartSpec({
      title: `${r.window}-session beta and correlation, ${r.small} vs ${r.large}`,
      description: `Beta of ${r.small} on ${r.large} and the correlation of their daily returns over rolling ${r.window}-session windows, last ${r.points.length} sessions.`,
      points: r.points,
      window: r.window,
      symbol: r.small,
    }),
  );
  return { svg, caption: 'Beta above 1: small caps move more than large caps on the same days.' };
};

/**
 * Render every chart of the brief (sequentially: vega is CPU-bound). The sector bars, the sector
 * heat map and the calendar-year bars are not part of the brief (one sector view, the calendar
 * table says what the bars said): their specs stay for templates that want them
 * (sectorBarsChartSpec.ts, sectorHeatmapChartSpec.ts, calendarYearsChartSpec.ts).
 */
export async function briefCharts(data: ChartData): Promise<Record<string, RenderedChart | null>> {
  const out: Record<string, RenderedChart | null> = {};
  const jobs: [string, Job][] = [
    ['rebased', rebased],
    ['ratio', ratio],
    ['streaks', streaks],
    ['drawdown', drawdowns],
    ['rollingBeta', rollingBeta],
  ];
  for (const [name, job] of jobs) out[name] = await job(data);
  Object.assign(out, await sectorCharts(data));
  for (const [k, [name, chart]] of Object.entries(out).entries()) {
    if (chart)
      out[name] = {
        ...chart,
        svg: reuseDots(scopeSvgIds(chart.svg, `chart-${name}`), `d${k + 1}`),
      };
  }
  return out;
}
