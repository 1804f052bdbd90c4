/**
 * Every chart of a brief, rendered to SVG: data picked from the series (rows up to the date only)
 * and the statistics, specs from the chart builders, one theme. A chart whose data is missing on
 * the date (no sector funds in 1996) is null and its figure is left out.
 */
import type { Series } from '../model/series.js';
import type { Universe } from '../model/universe.js';
import { alignPairAsOf } from '../stats/alignPair.js';
import type { AsOf } from '../stats/asOf.js';
import { rollingBetaCorrelation } from '../stats/betaCorrelation.js';
import type { BriefStats } from '../stats/briefStats.js';
import { isAvailable } from '../model/figure.js';
import { relativeRatio } from '../stats/relativeRatio.js';
import { runningMaxClose } from '../stats/runningMax.js';
import { outperformanceStreaks } from '../stats/streaks.js';
import { calendarYearsChartSpec } from './calendarYearsChartSpec.js';
import { rebasedYearToDate } from './chartData.js';
import { drawdownChartSpec } from './drawdownChartSpec.js';
import { ratioChartSpec } from './ratioChartSpec.js';
import { rebasedChartSpec, type LinePoint } from './rebasedChartSpec.js';
import { renderSvg } from './renderSvg.js';
import { scopeSvgIds } from './scopeSvgIds.js';
import { rollingBetaChartSpec } from './rollingBetaChartSpec.js';
import { sectorCharts } from './sectorCharts.js';
import { streakHistoryChartSpec } from './streakHistoryChartSpec.js';
import { seriesColor } from './theme.js';

export interface RenderedChart {
  readonly svg: string;
  readonly caption: string;
}

export interface BriefChartsInput {
  readonly universe: Universe;
  readonly series: ReadonlyMap<string, Series>;
  readonly asOf: AsOf;
  readonly stats: BriefStats;
}

type Ctx = BriefChartsInput & { at(sym: string): { s: Series; i: number } | null };

async function rebased(c: Ctx): Promise<RenderedChart | null> {
  const u = c.universe;
  const syms = [u.indices.smallCap, u.indices.largeCap, u.indices.growth].filter((x) =>
    c.at(x.symbol),
  );
  if (syms.length === 0) return null;
  const points: LinePoint[] = [];
  const colors: Record<string, string> = {};
  for (const x of syms) {
    colors[x.name] = seriesColor(x.symbol);
    const a = c.at(x.symbol) as { s: Series; i: number };
    for (const p of rebasedYearToDate(a.s, a.i))
      points.push({ date: p.date, series: x.name, value: p.value });
  }
  const prev = Number(c.asOf.date.slice(0, 4)) - 1;
  const svg = await renderSvg(
    rebasedChartSpec({
      title: `Year to date, rebased to 100 at the last close of ${prev}`,
      description: `Line chart of ${syms.map((x) => x.name).join(', ')} since the last close of ${prev}, each rebased to 100.`,
      points,
      colors,
    }),
  );
  return {
    svg,
    caption: `Close-to-close, price index levels. A value of 110 means +10% since the last close of ${prev}.`,
  };
}

async function ratio(c: Ctx): Promise<RenderedChart | null> {
  const { smallCap: small, largeCap: large } = c.universe.indices;
  const a = c.at(small.symbol);
  const b = c.at(large.symbol);
  if (!a || !b) return null;
  const r = relativeRatio(a.s, b.s, c.asOf.date);
  if (!isAvailable(r)) return null;
  const mas = [
    { label: '50-session average', points: [...r.chart.ma50] },
    { label: '200-session average', points: [...r.chart.ma200] },
  ].filter((m) => m.points.length > 0);
  const svg = await renderSvg(
    ratioChartSpec({
      title: `${small.name} / ${large.name}, last ${r.chart.ratio.length} sessions`,
      description: `Ratio of the ${small.name} close to the ${large.name} close over the last ${r.chart.ratio.length} sessions with its 50- and 200-session averages. A rising line means small caps are outperforming.`,
      points: [...r.chart.ratio],
      color: seriesColor(small.symbol),
      label: `${small.symbol}/${large.symbol}`,
      movingAverages: mas,
    }),
  );
  return {
    svg,
    caption: `A rising ratio means the ${small.name} is outperforming the ${large.name}.`,
  };
}

async function streaks(c: Ctx): Promise<RenderedChart | null> {
  const p = c.stats.pairs[0];
  const a = p && c.at(p.small);
  const b = p && c.at(p.large);
  if (!p || !a || !b || !isAvailable(p.streak)) return null;
  const all = outperformanceStreaks(alignPairAsOf(a.s, b.s, c.asOf.date));
  const st = p.streak;
  const current =
    st.current > 0 && st.currentStart
      ? { start: st.currentStart, end: st.historyTo, length: st.current }
      : null;
  const svg = await renderSvg(
    streakHistoryChartSpec({
      title: `${p.label}: outperformance streaks since ${st.historyFrom.slice(0, 4)}`,
      description: `Each of the ${all.length} streaks in which the ${p.small} beat the ${p.large} on consecutive sessions, by length and end date; the current streak of ${st.current} and the record of ${st.record.length} are marked.`,
      streaks: all,
      current,
      record: st.record,
      symbol: p.small,
    }),
  );
  return {
    svg,
    caption:
      'Streaks of consecutive sessions in which the small-cap close-to-close return beat the large-cap one.',
  };
}

async function drawdowns(c: Ctx): Promise<RenderedChart | null> {
  const idx = [c.universe.indices.smallCap, c.universe.indices.largeCap];
  const series = idx.flatMap((x) => {
    const a = c.at(x.symbol);
    if (!a) return [];
    const rm = runningMaxClose(a.s);
    const points = [];
    for (let k = Math.max(0, a.i - 251); k <= a.i; k++)
      points.push({
        date: a.s.dates[k] as string,
        value: (a.s.close[k] as number) / (rm.value[k] as number) - 1,
      });
    return [{ label: x.name, symbol: x.symbol, points }];
  });
  if (series.length === 0) return null;
  const svg = await renderSvg(
    drawdownChartSpec({
      title: 'Drawdown from the record close, last 252 sessions',
      description: `Underwater chart: how far ${series.map((s) => s.label).join(' and ')} closed below their highest close to date on each session.`,
      series,
    }),
  );
  return { svg, caption: 'Close / highest close to date - 1. Zero means a record close.' };
}

async function rollingBeta(c: Ctx): Promise<RenderedChart | null> {
  const p = c.stats.pairs[0];
  const a = p && c.at(p.small);
  const b = p && c.at(p.large);
  if (!p || !a || !b) return null;
  const r = rollingBetaCorrelation(alignPairAsOf(a.s, b.s, c.asOf.date), 60, 252);
  if (!isAvailable(r) || r.points.length < 2) return null;
  const svg = await renderSvg(
    rollingBetaChartSpec({
      title: `Rolling 60-session beta and correlation, ${p.small} vs ${p.large}`,
      description: `Beta of ${p.small} on ${p.large} and the correlation of their daily returns over rolling 60-session windows, last ${r.points.length} sessions.`,
      points: r.points,
      window: 60,
      symbol: p.small,
    }),
  );
  return { svg, caption: 'Beta above 1: small caps move more than large caps on the same days.' };
}

async function years(c: Ctx): Promise<RenderedChart | null> {
  const { smallCap, largeCap } = c.universe.indices;
  const last = Number(c.asOf.date.slice(0, 4));
  const rows = [smallCap, largeCap].flatMap((x) =>
    (c.stats.calendarYears[x.symbol]?.years ?? [])
      .filter((y) => y.year > last - 12 && isAvailable(y.price))
      .map((y) => ({
        year: y.year,
        symbol: x.symbol,
        label: x.name,
        value: (y.price as { value: number }).value,
      })),
  );
  if (rows.length === 0) return null;
  const svg = await renderSvg(
    calendarYearsChartSpec({
      title: 'Calendar-year price returns',
      description: `${smallCap.name} and ${largeCap.name} price returns per calendar year, the current year to date.`,
      rows,
      toDateYear: last,
    }),
  );
  return {
    svg,
    caption: 'Close to close from the previous year-end; the current year is to date.',
  };
}

/** Render every chart of the brief (sequentially: vega is CPU-bound). */
export async function briefCharts(
  input: BriefChartsInput,
): Promise<Record<string, RenderedChart | null>> {
  const c: Ctx = {
    ...input,
    at(sym) {
      const i = input.asOf.index.get(sym);
      const s = input.series.get(sym);
      return i === undefined || !s ? null : { s, i };
    },
  };
  const out: Record<string, RenderedChart | null> = {};
  const jobs: [string, (c: Ctx) => Promise<RenderedChart | null>][] = [
    ['rebased', rebased],
    ['ratio', ratio],
    ['streaks', streaks],
    ['drawdown', drawdowns],
    ['rollingBeta', rollingBeta],
    ['calendarYears', years],
  ];
  for (const [name, job] of jobs) out[name] = await job(c);
  Object.assign(out, await sectorCharts(c));
  for (const [name, chart] of Object.entries(out)) {
    if (chart) out[name] = { ...chart, svg: scopeSvgIds(chart.svg, `chart-${name}`) };
  }
  return out;
}
