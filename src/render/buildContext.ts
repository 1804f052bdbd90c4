/**
 * The report context: everything the templates show, built from the statistics, the rendered
 * charts and the static assets. Pure: no I/O, no clock.
 */
import type { Universe } from '../model/universe.js';
import type { EditorNote } from './editorNote.js';
import type { BriefStats, SeriesStats } from '../stats/briefStats.js';
import { isAvailable } from '../model/figure.js';
import { formatLongDate, formatWeekday } from '../model/format.js';
import { dekFor } from './dek.js';
import { excludedGroups } from './excludedGroups.js';
import { keyFigures } from './keyFigures.js';
import { marketOverview } from './narrative/marketOverview.js';
import { riskSignals } from './narrative/riskSignals.js';
import { sectorProse } from './narrative/sectorProse.js';
import { rotationContext } from './narrative/rotationContext.js';
import type { SourceNotes } from './narrative/sourceNotes.js';
import { watchpoints } from './narrative/watchpoints.js';
import { streakCell } from './streakCell.js';
import { analogRows, betaRows, briefPairs, calendarRows, riskRows } from './tableRows.js';
import { explainUnits, explainUnitsInOrder } from './story/explainUnits.js';
import { tellStory } from './story/storyEngine.js';
import { chartFigures } from './chartFigure.js';

import type { RenderedChart } from '../charts/briefCharts.js';
import { CHART_CSS } from '../charts/chartDarkCss.js';

export interface SourceRow {
  readonly symbol: string;
  readonly file: string;
  readonly first: string;
  readonly rows: number;
}

export interface ContextInput {
  readonly stats: BriefStats;
  readonly universe: Universe;
  readonly commentary: EditorNote | null;
  readonly charts: Readonly<Record<string, RenderedChart | null>>;
  readonly methodologyHtml: string;
  readonly css: string;
  readonly fontCss: string;
  readonly sources: readonly SourceRow[];
  readonly generator: string;
  /** Where the prose's citations are collected (numbered when the template renders). */
  readonly notes: SourceNotes;
  /**
   * The archive's public base URL, ending in `/` (ROTATION_BRIEF_SITE_URL, normalised), or null
   * when unset: the PDF then names "the HTML brief beside this PDF" instead of a URL.
   */
  readonly siteUrl?: string | null;
}

/**
 * The brief's links, relative to its own folder (`YYYY/YYYY-MM-DD/` of the archive), so they work
 * on the site and in a copied folder alike; `online` is the brief's absolute URL, for the PDF.
 */
export interface BriefPageLinks {
  readonly pdf: string;
  readonly archive: string;
  readonly feed: string;
  readonly online: string | null;
}

/** Links of the brief of `date` (see {@link BriefPageLinks}). */
export function briefPageLinks(date: string, siteUrl: string | null | undefined): BriefPageLinks {
  return {
    pdf: 'brief.pdf',
    archive: '../../index.html',
    feed: '../../feed.xml',
    online: siteUrl ? `${siteUrl}${date.slice(0, 4)}/${date}/brief.html` : null,
  };
}

const bySymbols = (stats: BriefStats, syms: readonly string[]) =>
  syms.map((s) => stats.series[s]).filter((s): s is SeriesStats => s !== undefined);

const dayValue = (s: SeriesStats) => (isAvailable(s.day) ? s.day.value : -Infinity);

/** Build the template context for one brief. */
export function buildContext(input: ContextInput) {
  const { stats, universe: u } = input;
  const idx = [u.indices.smallCap, u.indices.largeCap, u.indices.growth].map((i) => i.symbol);
  const funds = [u.roles.smallCapFund, u.roles.largeCapFund];
  const names = (sym: string) => stats.series[sym]?.name ?? sym;
  const excluded = excludedGroups(stats.excluded);
  const sectors = bySymbols(
    stats,
    u.sectors.map((s) => s.symbol),
  ).sort((a, b) => dayValue(b) - dayValue(a) || a.symbol.localeCompare(b.symbol));
  const notes = input.notes;
  const story = tellStory({ stats, universe: u, notes });
  const primary = stats.pairs[0];
  // Notes are numbered in the order the template shows these (see citationHelpers.ts).
  // The market section is the first read after the lead: a unit the lead did not use is spelled
  // out there, not first in a table caption further down.
  const overview = explainUnitsInOrder(
    marketOverview(stats, u, notes).map((p) => p.html),
    story.lead.html,
  ).map((html) => ({ html }));
  const rotation = primary
    ? rotationContext(
        primary,
        { small: names(primary.small), large: names(primary.large) },
        notes,
        story.top.kind === 'streak' || story.top.kind === 'streakEnded' ? story.top.kind : null,
      )
    : [];
  const sectorsText = sectorProse(stats, u, notes);
  const risk = riskSignals(stats, [u.indices.smallCap.symbol, u.indices.largeCap.symbol], notes);
  const watch = watchpoints(stats, u, notes);
  return {
    /** Every figure of stats.json, for templates: {{pct figures.series.RUT.day}}. */
    figures: stats,
    title: 'Rotation Brief',
    generator: input.generator,
    date: stats.date,
    dateLong: formatLongDate(stats.date),
    weekday: formatWeekday(stats.date),
    headline: story.headline,
    dek: dekFor(bySymbols(stats, idx)),
    /** The story's opening paragraph (HTML with citation placeholders: `{{cited lead}}`). */
    lead: story.lead.html,
    /**
     * The story's closing two sentences (HTML with citation placeholders), a unit spelled out
     * only if neither the lead nor the market section did (2008-11-20: "94 bp", not again "94
     * basis points (bp, ...)").
     */
    bottomLine: explainUnits(
      story.bottomLineBare.html,
      [story.lead.html, ...overview.map((p) => p.html)].join(' '),
    ),
    /** The bottom line as summary.json and the email give it: after the lead alone. */
    summaryBottomLine: story.bottomLine.html,
    links: briefPageLinks(stats.date, input.siteUrl),
    keyFigures: keyFigures(stats, u),
    indices: bySymbols(stats, idx),
    etfs: bySymbols(
      stats,
      u.etfs.map((e) => e.symbol),
    ),
    sectors,
    megaCaps: bySymbols(
      stats,
      u.megaCaps.map((m) => m.symbol),
    ),
    // "Russell 2000 vs S&P 500" breaks at "vs" only, never "S&P / 500" (a narrow print column).
    pairs: briefPairs(stats).map((p) => ({
      ...p,
      label: p.label.split(' vs ').map(keepTogether).join(' vs '),
      streakText: streakCell(p),
    })),
    overview,
    rotation,
    risk,
    watchpoints: watch,
    riskRows: riskRows(stats, [...idx, ...funds]),
    betaRows: betaRows(stats),
    analogs: { label: primary?.label ?? '', ...analogRows(primary) },
    calendar: calendarRows(stats, [...idx, ...funds]),
    closeRuns: Object.entries(stats.closeRuns).map(([symbol, r]) => ({
      symbol,
      name: names(symbol),
      run: r,
    })),
    highs: Object.entries(stats.allTimeHighs).map(([symbol, h]) => ({
      symbol,
      name: names(symbol),
      ...h,
    })),
    // The reasons as a reader writes dates ("data ends Apr 1, 2026"), which also wrap at a space
    // on a phone instead of inside "2026-04-01", one entry per reason; stats.json keeps each.
    excluded: excluded.groups,
    excludedIntro: excluded.intro,
    commentary: input.commentary,
    charts: chartFigures({
      rebased: null,
      ratio: null,
      streaks: null,
      sectorBars: null,
      sectorHeatmap: null,
      rotationGraph: null,
      drawdown: null,
      rollingBeta: null,
      calendarYears: null,
      ...input.charts,
    }),
    sectorProse: sectorsText,
    megaBasket: null,
    methodologyHtml: input.methodologyHtml,
    css: input.css,
    fontCss: input.fontCss,
    /** Chart colours for light, dark and print, from the chart palette. */
    chartCss: CHART_CSS,
    sources: input.sources,
  };
}

export type ReportContext = ReturnType<typeof buildContext>;

/** A name whose words never break apart: its spaces no-break (U+00A0). */
function keepTogether(name: string): string {
  return name.replace(/ /g, '\u00a0');
}
