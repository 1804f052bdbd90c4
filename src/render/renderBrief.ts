/**
 * From loaded series to the brief's bytes: statistics, charts, context, HTML and stats.json.
 * No file system, clock or browser here: the caller passes templates and fonts in.
 */
import { closeRatio, rebasedYearToDate, type DatedValue } from '../charts/chartData.js';
import { ratioChartSpec } from '../charts/ratioChartSpec.js';
import { rebasedChartSpec, type LinePoint } from '../charts/rebasedChartSpec.js';
import { renderSvg } from '../charts/renderSvg.js';
import { seriesColor } from '../charts/theme.js';
import type { Series } from '../ingest/series.js';
import type { Universe } from '../ingest/universe.js';
import type { AsOf } from '../stats/asOf.js';
import type { BriefStats } from '../stats/briefStats.js';
import { computeStats } from '../stats/computeStats.js';
import { buildContext, type RenderedChart, type SourceRow } from './buildContext.js';
import { renderEditorNote } from './editorNote.js';
import { formatLongDate } from './format.js';
import { stableJson } from './stableJson.js';
import type { PreparedTemplates } from './templates.js';

export interface BriefInput {
  readonly universe: Universe;
  readonly series: ReadonlyMap<string, Series>;
  readonly asOf: AsOf;
  readonly templates: PreparedTemplates;
  readonly fontCss: string;
  readonly generator: string;
  /** The editor's note for the date (data/notes/YYYY-MM-DD.md), if there is one. */
  readonly note?: { readonly text: string; readonly file: string } | undefined;
}

export interface RenderedBrief {
  readonly stats: BriefStats;
  readonly html: string;
  readonly statsJson: string;
  /** summary.json: what the archive index, feed and email show of this brief. */
  readonly summaryJson: string;
  readonly headline: string;
  /** The editor's note author, when there is a note. */
  readonly author: string | null;
}

/** The brief in a few lines (summary.json), for the archive index, the feed and the email. */
export interface BriefSummary {
  readonly schema: 'rotation-brief/summary@1';
  readonly date: string;
  readonly title: string;
  readonly headline: string;
  readonly dek: string;
  readonly keyFigures: readonly { label: string; value: string; detail: string; tone: string }[];
}

const RATIO_SESSIONS = 252;
const RATIO_MA = 50;

/** Trailing simple moving average of `window` values; the first window-1 points are dropped. */
function movingAverage(points: readonly DatedValue[], window: number): DatedValue[] {
  const out: DatedValue[] = [];
  let sum = 0;
  points.forEach((p, k) => {
    sum += p.value - (k >= window ? (points[k - window] as DatedValue).value : 0);
    if (k >= window - 1) out.push({ date: p.date, value: sum / window });
  });
  return out;
}

async function rebasedChart(input: BriefInput): Promise<RenderedChart> {
  const { universe: u, series, asOf } = input;
  const syms = [u.indices.smallCap, u.indices.largeCap, u.indices.growth].filter((x) => asOf.index.has(x.symbol));
  const points: LinePoint[] = [];
  const colors: Record<string, string> = {};
  for (const x of syms) {
    colors[x.name] = seriesColor(x.symbol);
    for (const p of rebasedYearToDate(series.get(x.symbol) as Series, asOf.index.get(x.symbol) as number)) {
      points.push({ date: p.date, series: x.name, value: p.value });
    }
  }
  const year = asOf.date.slice(0, 4);
  const title = `Year to date, rebased to 100 at the last close of ${Number(year) - 1}`;
  const description = `Line chart of ${syms.map((x) => x.name).join(', ')} from the last close of ${Number(year) - 1} to ${formatLongDate(asOf.date)}, each rebased to 100.`;
  const svg = await renderSvg(rebasedChartSpec({ title, description, points, colors }));
  return { svg, caption: `Close-to-close, price index levels. A value of 110 means +10% since the last close of ${Number(year) - 1}.` };
}

async function ratioChart(input: BriefInput): Promise<RenderedChart> {
  const { universe: u, series, asOf } = input;
  const small = u.indices.smallCap;
  const large = u.indices.largeCap;
  const s = series.get(small.symbol) as Series;
  const l = series.get(large.symbol) as Series;
  const all = closeRatio(s, l, asOf.date, RATIO_SESSIONS + RATIO_MA - 1);
  const points = all.slice(-RATIO_SESSIONS);
  const ma = movingAverage(all, RATIO_MA).slice(-RATIO_SESSIONS);
  const label = `${small.symbol}/${large.symbol}`;
  const svg = await renderSvg(
    ratioChartSpec({
      title: `${small.name} / ${large.name}, last ${points.length} sessions`,
      description: `Ratio of the ${small.name} close to the ${large.name} close on each of the last ${points.length} sessions to ${formatLongDate(asOf.date)}, with its ${RATIO_MA}-session moving average. A rising line means small caps are outperforming.`,
      points,
      color: seriesColor(small.symbol),
      label,
      movingAverages: ma.length > 0 ? [{ label: `${RATIO_MA}-session average`, points: ma }] : [],
    }),
  );
  return { svg, caption: `A rising ratio means the ${small.name} is outperforming the ${large.name}.` };
}

function sourceRows(series: ReadonlyMap<string, Series>, asOf: AsOf): SourceRow[] {
  return [...asOf.index].map(([symbol, i]) => {
    const s = series.get(symbol) as Series;
    return { symbol, file: s.source, first: s.dates[0] as string, rows: i + 1 };
  });
}

/** Render one brief: figures, charts, HTML and stats.json, deterministic for the same inputs. */
export async function renderBrief(input: BriefInput): Promise<RenderedBrief> {
  const stats = computeStats(input.universe, input.series, input.asOf);
  const [rebased, ratio] = [await rebasedChart(input), await ratioChart(input)];
  const commentary = input.note ? renderEditorNote(input.note.text, input.note.file, stats) : null;
  const context = buildContext({
    stats,
    commentary,
    universe: input.universe,
    charts: { rebased, ratio },
    methodologyHtml: input.templates.methodologyHtml,
    css: input.templates.css,
    fontCss: input.fontCss,
    sources: sourceRows(input.series, input.asOf),
    generator: input.generator,
  });
  const html = input.templates.render(context);
  const summary: BriefSummary = {
    schema: 'rotation-brief/summary@1',
    date: stats.date,
    title: `${context.title}: ${context.dateLong}`,
    headline: context.headline,
    dek: context.dek,
    keyFigures: context.keyFigures,
  };
  return {
    stats,
    html,
    statsJson: stableJson(stats),
    summaryJson: stableJson(summary),
    headline: context.headline,
    author: commentary?.author ?? null,
  };
}
