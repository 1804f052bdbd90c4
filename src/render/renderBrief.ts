/**
 * From loaded series to the brief's bytes: statistics, charts, context, HTML, stats.json and its
 * history files.
 * No file system, clock or browser here: the caller passes templates and fonts in.
 */
import { compactHtml } from './compactHtml.js';
import { assertSelfContained } from './externalResources.js';
import { briefCharts } from '../charts/briefCharts.js';
import type { Series } from '../model/series.js';
import type { Universe } from '../model/universe.js';
import type { AsOf } from '../stats/asOf.js';
import type { BriefStats } from '../stats/briefStats.js';
import { buildBriefModel } from '../stats/briefModel.js';
import { buildContext, type SourceRow } from './buildContext.js';
import { renderEditorNote } from './editorNote.js';
import { SourceNotes } from './narrative/sourceNotes.js';
import { CITATION_PLACEHOLDERS } from './narrative/prose.js';
import { plainText } from '../model/plainText.js';
import { stableJson } from './stableJson.js';
import { statsFiles, type HistoryFile, type StatsFiles } from './statsFiles.js';
import { riskCited } from './writtenFigures.js';
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
  /** --range FROM..TO: also compute every series' return between those sessions. */
  readonly range?: { readonly from: string; readonly to: string } | undefined;
  /** The archive's public base URL ending in `/`, or null: the PDF names the online brief. */
  readonly siteUrl?: string | null;
}

export interface RenderedBrief {
  readonly stats: BriefStats;
  readonly html: string;
  /**
   * stats.json: the day's figures, pointing to the history files (statsFiles.ts). Laid out on
   * first use, with {@link historyFiles}: the CLI asks for them while Chromium prints the HTML.
   */
  readonly statsJson: string;
  /** Files for OUT/history/: the figures that do not change from day to day (as statsJson). */
  readonly historyFiles: readonly HistoryFile[];
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
  /** The lead (three or four sentences) and the bottom line (two), plain text without notes. */
  readonly lead: string;
  readonly bottomLine: string;
  readonly keyFigures: readonly {
    label: string;
    value: string;
    detail: string;
    tone: string;
    valueTone?: 'up' | 'down' | 'flat';
  }[];
}

/** A story paragraph as plain text: citation placeholders dropped, tags and entities undone. */
function storyText(html: string): string {
  return plainText(html.replace(CITATION_PLACEHOLDERS, ''));
}

function sourceRows(series: ReadonlyMap<string, Series>, asOf: AsOf): SourceRow[] {
  return [...asOf.index].map(([symbol, i]) => {
    const s = series.get(symbol) as Series;
    return { symbol, file: s.file, first: s.dates[0] as string, rows: i + 1 };
  });
}

/** Render one brief: figures, charts, HTML and stats.json, deterministic for the same inputs. */
export async function renderBrief(input: BriefInput): Promise<RenderedBrief> {
  const model = buildBriefModel(input.universe, input.series, input.asOf, input.range);
  const stats = model.stats;
  const charts = await briefCharts(model.charts);
  const commentary = input.note ? renderEditorNote(input.note.text, input.note.file, stats) : null;
  const notes = new SourceNotes((sym) => stats.series[sym]?.source ?? `${sym}.csv`);
  const context = buildContext({
    notes,
    stats,
    commentary,
    universe: input.universe,
    charts,
    methodologyHtml: input.templates.methodologyHtml,
    css: input.templates.css,
    fontCss: input.fontCss,
    sources: sourceRows(input.series, input.asOf),
    generator: input.generator,
    siteUrl: input.siteUrl ?? null,
  });
  const html = compactHtml(
    input.templates.render(context, { notes, numbers: notes.numbering(), stats }),
  );
  assertSelfContained(html, 'brief.html', input.templates.dir);
  const summary: BriefSummary = {
    schema: 'rotation-brief/summary@1',
    date: stats.date,
    title: `${context.title}: ${context.dateLong}`,
    headline: context.headline,
    dek: context.dek,
    lead: storyText(context.lead),
    bottomLine: storyText(context.summaryBottomLine),
    keyFigures: context.keyFigures,
  };
  let written: StatsFiles | undefined;
  const files = () => (written ??= statsFiles(stats, riskCited(input.universe)));
  return {
    stats,
    html,
    get statsJson() {
      return files().statsJson;
    },
    get historyFiles() {
      return files().history;
    },
    summaryJson: stableJson(summary),
    headline: context.headline,
    author: commentary?.author ?? null,
  };
}
