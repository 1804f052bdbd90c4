/**
 * Underwater chart: each series' distance below its running high, from 0 down, with the latest
 * value labelled at the end of each line.
 */
import type { TopLevelSpec } from 'vega-lite';
import { END_LABEL_MARK, placeEndLabels, specHead } from './specParts.js';
import { formatPercent } from '../model/format.js';
import { areaTint } from './palette.js';
import { sessionDateX } from './sessionDateAxis.js';
import { FONT_SIZE, NEUTRAL_COLOR, seriesColor } from './theme.js';
import { sortedByDate } from './sortedByDate.js';

/** One series of the underwater chart. */
export interface DrawdownSeries {
  /** Legend label, e.g. `Russell 2000`. */
  label: string;
  /** Symbol that picks the colour ({@link seriesColor}), e.g. `RUT`. */
  symbol: string;
  /** Close / running high - 1 on each session (<= 0), e.g. the last 252 sessions. */
  points: readonly { date: string; value: number }[];
}

/** Input of {@link drawdownChartSpec}. */
export interface DrawdownChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  series: readonly DrawdownSeries[];
}

/** A row of the chart's dataset; the last row of each series carries its end label. */
export interface DrawdownRow {
  date: string;
  series: string;
  value: number;
  /** Only on a series' last session: where its label goes (moved apart from the others). */
  labelAt?: number;
  /** Only on a series' last session: `-3.2%`. */
  text?: string;
}

export { tint } from './palette.js';

/** y domain: from the deepest value rounded down to a tidy step, to 0. */
export function drawdownDomain(values: readonly number[]): [number, number] {
  const min = Math.min(0, ...values);
  const step = min >= -0.05 ? 0.01 : min >= -0.3 ? 0.05 : 0.1;
  return [Math.min(-step, Math.floor(min / step - 1e-9) * step), 0];
}

/** Rows sorted by date then series order; checks values, labels and dates; adds the end labels. */
export function drawdownRows(input: DrawdownChartInput, domain?: [number, number]): DrawdownRow[] {
  const labels = input.series.map((s) => s.label);
  if (new Set(labels).size !== labels.length)
    throw new Error(`drawdown chart: duplicate series label in ${JSON.stringify(labels)}`);
  const rows: DrawdownRow[] = [];
  const ends: DrawdownRow[] = [];
  for (const s of input.series) {
    const pts = sortedByDate(s.points, (p) => p.date);
    for (const p of pts) {
      if (!Number.isFinite(p.value) || p.value > 1e-12)
        throw new Error(
          `drawdown chart: ${s.label} on ${p.date} is ${p.value}, not a drawdown <= 0`,
        );
      rows.push({ date: p.date, series: s.label, value: Math.min(0, p.value) });
    }
    const last = rows.at(-1);
    if (last && pts.length > 0) ends.push(last);
  }
  placeEndLabels(ends, domain ?? drawdownDomain(rows.map((r) => r.value)), (v) =>
    formatPercent(v, 1),
  );
  const rank = (s: string) => labels.indexOf(s);
  return rows.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a.series) - rank(b.series),
  );
}

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];
/** Encoding channels of a unit layer. */
type Encoding = NonNullable<Extract<Layer, { mark: unknown }>['encoding']>;

/** Per series an opaque tint from 0 down (first series drawn last), then the rule at 0. */
function areaLayers(
  series: readonly DrawdownSeries[],
  x: Encoding['x'],
  y: Encoding['y'],
): Layer[] {
  return [
    ...[...series].reverse().map((s): Layer => ({
      transform: [{ filter: { field: 'series', equal: s.label } }],
      mark: { type: 'area', color: areaTint(seriesColor(s.symbol)) },
      encoding: { x, y },
    })),
    // One row of its own: a rule over the chart's data would be drawn once per row.
    {
      data: { values: [{}] },
      mark: { type: 'rule', color: NEUTRAL_COLOR, strokeWidth: 1 },
      encoding: { y: { datum: 0 } },
    },
  ];
}

/** x = session date (UTC), y = drawdown in percent, colour = series. */
function drawdownEncoding(
  series: readonly DrawdownSeries[],
  rows: DrawdownRow[],
  domain: number[],
) {
  const dates = rows.map((r) => r.date);
  return {
    x: sessionDateX(dates),
    y: {
      field: 'value',
      type: 'quantitative',
      // The title says what the percent is below; an axis title would take 16 px of 360.
      title: null,
      stack: null,
      scale: { domain, nice: false },
      axis: { format: '.0%', tickMinStep: 0.01 }, // whole percents: labels never repeat
    },
    color: {
      field: 'series',
      type: 'nominal',
      scale: {
        domain: series.map((s) => s.label),
        range: series.map((s) => seriesColor(s.symbol)),
      },
      legend: { title: null },
    },
  } as const;
}

/**
 * Vega-Lite spec of the underwater chart: per series an opaque light tint from 0 down to its
 * drawdown (the first series drawn last, so its area shows whole and a later series' tint shows
 * where that one is deeper) and a line on top, one colour per series ({@link seriesColor}),
 * y in percent below the high (`-20%`), x = session date (UTC), and the latest value of each
 * series at the end of its line. Throws on a positive or non-finite value or a duplicate label.
 */
export function drawdownChartSpec(input: DrawdownChartInput): TopLevelSpec {
  const domain = drawdownDomain(input.series.flatMap((s) => s.points.map((p) => p.value)));
  const values = drawdownRows(input, domain);
  const { x, y, color } = drawdownEncoding(input.series, values, domain);
  const label = END_LABEL_MARK;
  return {
    ...specHead(input, values),
    layer: [
      ...areaLayers(input.series, x, y),
      { mark: { type: 'line', strokeWidth: 1.75 }, encoding: { x, y, color } },
      {
        transform: [{ filter: 'isValid(datum.text)' }],
        mark: { ...label, fontSize: FONT_SIZE.value },
        encoding: { x, y: { ...y, field: 'labelAt' }, text: { field: 'text' }, color },
      },
    ],
  };
}
