/**
 * Calendar-year returns side by side: one group of bars per year, one bar (and colour) per
 * series, the current year marked as year to date.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_DATA_NAME } from './specParts.js';
import { chartFrame, INK, NEUTRAL_COLOR, SERIES_COLORS, seriesColor } from './theme.js';

/** One series' return in one calendar year. */
export interface CalendarYearRow {
  year: number;
  /** Picks the colour ({@link seriesColor}), e.g. `RUT`. */
  symbol: string;
  /** Legend label, e.g. `Russell 2000`. */
  label: string;
  /** Return as a fraction (0.1463 = +14.63%). */
  value: number;
}

/** Input of {@link calendarYearsChartSpec}. */
export interface CalendarYearsChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  /** E.g. RUT and GSPC for the last 10-15 years, in any order. */
  rows: readonly CalendarYearRow[];
  /** The year that is not complete yet: its axis label reads `2026` over `YTD`. */
  toDateYear?: number;
}

/** Series in legend order: symbols known to the theme in theme order, then the rest by symbol. */
export function calendarSeries(
  rows: readonly CalendarYearRow[],
): { symbol: string; label: string }[] {
  const bySymbol = new Map<string, string>();
  for (const r of rows) {
    const seen = bySymbol.get(r.symbol);
    if (seen !== undefined && seen !== r.label)
      throw new Error(`calendar years: ${r.symbol} has two labels, ${seen} and ${r.label}`);
    bySymbol.set(r.symbol, r.label);
  }
  const known = Object.keys(SERIES_COLORS);
  const key = (s: string) => s.replace(/^\^/, '').toUpperCase();
  const rank = (s: string) => (known.includes(key(s)) ? known.indexOf(key(s)) : known.length);
  return [...bySymbol]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([symbol, label]) => ({ symbol, label }));
}

/** Rows sorted by year then legend order; throws on a duplicate or a non-finite value. */
export function calendarRows(rows: readonly CalendarYearRow[]): CalendarYearRow[] {
  const order = calendarSeries(rows).map((s) => s.symbol);
  const seen = new Set<string>();
  for (const r of rows) {
    if (!Number.isInteger(r.year) || !Number.isFinite(r.value))
      throw new Error(`calendar years: bad row ${JSON.stringify(r)}`);
    const k = `${r.year} ${r.symbol}`;
    if (seen.has(k)) throw new Error(`calendar years: two rows for ${k}`);
    seen.add(k);
  }
  return rows
    .map((r) => ({ year: r.year, symbol: r.symbol, label: r.label, value: r.value }))
    .sort((a, b) => a.year - b.year || order.indexOf(a.symbol) - order.indexOf(b.symbol));
}

/** Bar encodings: year bands with `YTD` under the to-date year, series side by side. */
function barEncoding(series: { symbol: string; label: string }[], ytd: number | null) {
  const labels = series.map((s) => s.label);
  const ytdLabel = `datum.value === ${ytd} ? [datum.label, 'YTD'] : datum.label`;
  return {
    x: {
      field: 'year',
      type: 'ordinal',
      title: null,
      scale: { paddingInner: 0.25, paddingOuter: 0.1 },
      axis: {
        labelExpr: ytd === null ? 'datum.label' : ytdLabel,
        labelOverlap: false,
        labelFlush: false,
        labelColor: INK.text,
        ticks: false,
      },
    },
    xOffset: { field: 'label', type: 'nominal', sort: labels },
    y: {
      field: 'value',
      type: 'quantitative',
      title: null,
      axis: { format: '.0%', tickMinStep: 0.01 },
    },
    color: {
      field: 'label',
      type: 'nominal',
      scale: { domain: labels, range: series.map((s) => seriesColor(s.symbol)) },
      legend: { title: null, symbolType: 'square', symbolSize: 120, symbolStrokeWidth: 0 },
    },
    // fill-opacity, not opacity: an opacity below 1 is a transparency group in the PDF.
    fillOpacity:
      ytd === null
        ? { value: 1 }
        : { condition: { test: `datum.year === ${ytd}`, value: 0.55 }, value: 1 },
  } as const;
}

/**
 * Vega-Lite spec of the calendar-year returns: grouped bars per year (x = year, one bar per
 * series side by side in its {@link seriesColor}), y in percent with a rule at 0, legend on top;
 * the `toDateYear` is labelled `YTD` under its year and its bars are lighter.
 */
export function calendarYearsChartSpec(input: CalendarYearsChartInput): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...chartFrame,
    height: 230,
    title: input.title,
    description: input.description,
    data: { name: CHART_DATA_NAME, values: calendarRows(input.rows) },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: barEncoding(calendarSeries(input.rows), input.toDateYear ?? null),
      },
      {
        // One row of its own: a rule over the chart's data would be drawn once per row.
        data: { values: [{}] },
        mark: { type: 'rule', color: NEUTRAL_COLOR, strokeWidth: 1 },
        encoding: { y: { datum: 0 } },
      },
    ],
  };
}
