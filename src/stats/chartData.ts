/**
 * The data each chart of the brief draws, computed here once from rows up to the date (and from
 * the brief's figures), so the chart builders in src/charts only turn it into specs. None of it
 * is written to stats.json (it would repeat the series day after day); docs/stats-json.md
 * documents it under "Chart data". A chart whose data is missing on the date is null.
 */
import { isAvailable } from '../model/figure.js';
import { displayName } from '../model/universe.js';
import { alignPairAsOf } from './alignPair.js';
import { rollingBetaCorrelation, type BetaCorrelationPoint } from './betaCorrelation.js';
import type { BriefStats } from './briefStats.js';
import { rebasedYearToDate, recentDrawdowns, type DatedValue } from './chartSeries.js';

export type { DatedValue };
import type { BriefInput } from './registry/family.js';
import { relativeRatio, type DatedRatio } from './relativeRatio.js';
import { sectorChartData, type Named, type SectorChartData } from './sectorChartData.js';
import { outperformanceStreaks, type Streak } from './streaks.js';

/** One named line of a chart. */
export interface NamedLine {
  readonly symbol: string;
  readonly name: string;
  readonly points: readonly DatedValue[];
}

export interface ChartData extends SectorChartData {
  /** The indices from the YTD base (the previous year's last close) = 100. */
  readonly rebased: { readonly baseYear: number; readonly lines: readonly NamedLine[] } | null;
  /** The small/large index ratio over up to 252 sessions (253 closes), with its 50/200-session averages. */
  readonly ratio: {
    readonly small: Named;
    readonly large: Named;
    readonly ratio: readonly DatedRatio[];
    readonly ma50: readonly DatedRatio[];
    readonly ma200: readonly DatedRatio[];
  } | null;
  /** Every outperformance streak of the first pair, with the current one and the record. */
  readonly streaks: {
    readonly label: string;
    readonly small: string;
    readonly large: string;
    /** The pair's display names ("Russell 2000", "S&P 500"), for the reader's text. */
    readonly smallName: string;
    readonly largeName: string;
    readonly all: readonly Streak[];
    readonly current: Streak | null;
    /** The streak that ended today (small caps did not beat large caps after a run), or null. */
    readonly ended: Streak | null;
    /** 1 + the number of earlier streaks longer than the one that ended (null: none ended). */
    readonly endedRank: number | null;
    readonly record: Streak;
    readonly historyFrom: string;
  } | null;
  /** Drawdown from the record close of the small- and large-cap indices, last 252 sessions. */
  readonly drawdown: { readonly lines: readonly NamedLine[] } | null;
  /** Rolling 60-session beta and correlation of the first pair, last 252 sessions. */
  readonly rollingBeta: {
    readonly small: string;
    readonly large: string;
    readonly window: number;
    readonly points: readonly BetaCorrelationPoint[];
  } | null;
  /** Calendar-year price returns of the small- and large-cap indices, the last 12 years. */
  readonly calendarYears: {
    readonly toDateYear: number;
    readonly rows: readonly { year: number; symbol: string; label: string; value: number }[];
    readonly names: readonly string[];
  } | null;
}

/** Sessions shown by the drawdown, rolling-beta and heat-map charts. */
export const CHART_SESSIONS = { drawdown: 252, beta: 252, betaWindow: 60, heatmap: 10 } as const;

function rebased(b: BriefInput): ChartData['rebased'] {
  const lines = Object.values(b.universe.indices).flatMap((x) => {
    const a = b.at(x.symbol);
    return a ? [{ symbol: x.symbol, name: x.name, points: rebasedYearToDate(a.series, a.i) }] : [];
  });
  const baseYear = Number(b.asOf.date.slice(0, 4)) - 1;
  return lines.length ? { baseYear, lines } : null;
}

function ratio(b: BriefInput): ChartData['ratio'] {
  const { smallCap, largeCap } = b.universe.indices;
  const [s, l] = [b.at(smallCap.symbol), b.at(largeCap.symbol)];
  if (!s || !l) return null;
  const r = relativeRatio(s.series, l.series, b.asOf.date);
  if (!isAvailable(r)) return null;
  return { small: smallCap, large: largeCap, ...r.chart };
}

function streaks(b: BriefInput, stats: BriefStats): ChartData['streaks'] {
  const p = stats.pairs[0];
  const [s, l] = p ? [b.at(p.small), b.at(p.large)] : [null, null];
  if (!p || !s || !l || !isAvailable(p.streak)) return null;
  const st = p.streak;
  const ms = isAvailable(p.milestones) ? p.milestones : null;
  return {
    label: p.label,
    small: p.small,
    large: p.large,
    smallName: displayName(b.universe, p.small),
    largeName: displayName(b.universe, p.large),
    all: outperformanceStreaks(alignPairAsOf(s.series, l.series, b.asOf.date)),
    current:
      st.current > 0 && st.currentStart
        ? { start: st.currentStart, end: st.historyTo, length: st.current }
        : null,
    ended: ms?.ended ?? null,
    endedRank: ms?.endedRank ?? null,
    record: st.record,
    historyFrom: st.historyFrom,
  };
}

function drawdown(b: BriefInput): ChartData['drawdown'] {
  const { smallCap, largeCap } = b.universe.indices;
  const lines = [smallCap, largeCap].flatMap((x) => {
    const a = b.at(x.symbol);
    const points = a ? recentDrawdowns(a.series, a.i, CHART_SESSIONS.drawdown) : [];
    return a ? [{ symbol: x.symbol, name: x.name, points }] : [];
  });
  return lines.length ? { lines } : null;
}

function rollingBeta(b: BriefInput, stats: BriefStats): ChartData['rollingBeta'] {
  const p = stats.pairs[0];
  const [s, l] = p ? [b.at(p.small), b.at(p.large)] : [null, null];
  if (!p || !s || !l) return null;
  const { betaWindow, beta } = CHART_SESSIONS;
  const r = rollingBetaCorrelation(
    alignPairAsOf(s.series, l.series, b.asOf.date),
    betaWindow,
    beta,
  );
  if (!isAvailable(r) || r.points.length < 2) return null;
  return { small: p.small, large: p.large, window: betaWindow, points: r.points };
}

function calendarYears(b: BriefInput, stats: BriefStats): ChartData['calendarYears'] {
  const { smallCap, largeCap } = b.universe.indices;
  const last = Number(b.asOf.date.slice(0, 4));
  const rows = [smallCap, largeCap].flatMap((x) =>
    (stats.calendarYears[x.symbol]?.years ?? []).flatMap((y) =>
      y.year > last - 12 && isAvailable(y.price)
        ? [{ year: y.year, symbol: x.symbol, label: x.name, value: y.price.value }]
        : [],
    ),
  );
  return rows.length ? { toDateYear: last, rows, names: [smallCap.name, largeCap.name] } : null;
}

/** Every chart's data for the brief. */
export function chartData(b: BriefInput, stats: BriefStats): ChartData {
  return {
    rebased: rebased(b),
    ratio: ratio(b),
    streaks: streaks(b, stats),
    drawdown: drawdown(b),
    rollingBeta: rollingBeta(b, stats),
    calendarYears: calendarYears(b, stats),
    ...sectorChartData(b, stats, CHART_SESSIONS.heatmap),
  };
}
