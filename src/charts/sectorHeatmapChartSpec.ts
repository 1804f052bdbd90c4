/**
 * Heat map of daily sector returns over the last sessions: one row per sector, one column per
 * session, plus a column with each sector's total over the window.
 */
import type { TopLevelSpec } from 'vega-lite';
import { specHead } from './specParts.js';
import { formatPercent } from '../model/format.js';
import { FONT_SIZE, INK, NO_DATA_COLOR, RETURN_RAMP, utcMs } from './theme.js';

/** One sector's daily returns, aligned with the chart's `dates`. */
export interface SectorHeatmapRow {
  symbol: string;
  name: string;
  /** Daily return per date as a fraction; null when the sector has no close that session. */
  values: readonly (number | null)[];
  /** Compounded return over the values (computed with the data: src/stats/chartSeries.ts). */
  total: number;
}

/** Input of {@link sectorHeatmapChartSpec}. */
export interface SectorHeatmapChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  /** The sessions, ISO `YYYY-MM-DD` (e.g. the last 10), in any order; shown oldest first. */
  dates: readonly string[];
  rows: readonly SectorHeatmapRow[];
}

/** One cell of the heat map's dataset (`column` is a session label or the total column). */
export interface HeatmapCell {
  /** `XLK Technology`. */
  row: string;
  column: string;
  /** null: no data. */
  value: number | null;
  /** `+0.4%`, {@link NO_DATA_TEXT}, or the total as `+1.35%`. */
  text: string;
  total: boolean;
}

/** Legend label: `-2.5%`, `0%`, `+2.5%` (hyphen minus, as in the cells). */
const SIGNED_PERCENT_LABEL =
  "datum.value === 0 ? '0%' : replace(format(datum.value, '+.2~%'), '\u2212', '-')";

/** Text of a cell without data (explained in the legend title; `no data` is wider than a cell). */
export const NO_DATA_TEXT = 'n/a';

/** Header of the total column. */
export const TOTAL_COLUMN = 'Total';

/** Height of one sector's row in px. */
export const HEATMAP_ROW_PX = 25;

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** `Aug 21` for an ISO session date (its calendar day, never shifted). */
export function dayLabel(date: string): string {
  const d = new Date(utcMs(date));
  return `${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCDate()}`;
}

/**
 * Half-width of the colour domain: the 95th percentile of |return| rounded up to 0.5%, at
 * least 0.5%. Larger moves saturate (the scale is clamped) so one outlier does not wash out
 * the rest of the grid.
 */
export function heatmapExtent(values: readonly number[]): number {
  const abs = values.map(Math.abs).sort((a, b) => a - b);
  const p95 = abs[Math.min(abs.length - 1, Math.floor(abs.length * 0.95))] ?? 0;
  return Math.max(0.005, Math.ceil(p95 / 0.005 - 1e-9) * 0.005);
}

/** Checks one input row against the dates; its label and compounded total. */
function checkedRow(r: SectorHeatmapRow, dates: number) {
  if (r.values.length !== dates)
    throw new Error(
      `sector heat map: ${r.symbol} has ${r.values.length} values for ${dates} dates`,
    );
  if (r.values.some((v) => v !== null && !Number.isFinite(v)))
    throw new Error(`sector heat map: ${r.symbol} has a non-finite value`);
  return { ...r, label: `${r.symbol} ${r.name}`.trim() };
}

/** Cells sorted by total (best sector first, ties by symbol), then date; checks the input. */
export function heatmapCells(input: SectorHeatmapChartInput): HeatmapCell[] {
  const order = input.dates.map((d, i) => ({ d, i })).sort((a, b) => utcMs(a.d) - utcMs(b.d));
  const rows = input.rows.map((r) => checkedRow(r, input.dates.length));
  rows.sort(
    (a, b) => b.total - a.total || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0),
  );
  return rows.flatMap((r) => [
    ...order.map(({ d, i }): HeatmapCell => {
      const value = r.values[i] ?? null;
      const text = value === null ? NO_DATA_TEXT : formatPercent(value, 1);
      return { row: r.label, column: dayLabel(d), value, text, total: false };
    }),
    {
      row: r.label,
      column: TOTAL_COLUMN,
      value: r.total,
      text: formatPercent(r.total, 1),
      total: true,
    },
  ]);
}

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** Session columns on top (no ticks), sector rows on the left in a fixed-width label column. */
function heatmapAxes(columns: string[], rows: string[]) {
  const bare = { ticks: false, domain: false, labelColor: INK.text, labelPadding: 6 } as const;
  return {
    x: {
      field: 'column',
      type: 'ordinal',
      sort: columns,
      title: null,
      scale: { paddingInner: 0.06, paddingOuter: 0 },
      axis: { ...bare, orient: 'top', labelAngle: 0, labelOverlap: false, labelFlush: false },
    },
    y: {
      field: 'row',
      type: 'nominal',
      sort: rows,
      title: null,
      scale: { paddingInner: 0.08, paddingOuter: 0 },
      axis: { ...bare, labelLimit: 260, minExtent: 170, maxExtent: 170 },
    },
  } as const;
}

/** Cell fill: the clamped diverging ramp over [-m, m], grey without data, with its legend. */
function cellColor(m: number, anyMissing: boolean) {
  const domain = RETURN_RAMP.map((_, k) => -m + (2 * m * k) / (RETURN_RAMP.length - 1));
  return {
    condition: { test: 'datum.value === null', value: NO_DATA_COLOR },
    field: 'value',
    type: 'quantitative',
    scale: { type: 'linear', domain, range: [...RETURN_RAMP], clamp: true, interpolate: 'lab' },
    legend: {
      // Swatches, not a gradient: vega numbers gradients per process, which breaks byte-stable SVG.
      type: 'symbol',
      title: anyMissing ? `Daily return (${NO_DATA_TEXT}: no data)` : 'Daily return',
      orient: 'bottom',
      direction: 'horizontal',
      values: [-m, -m / 2, 0, m / 2, m],
      labelExpr: SIGNED_PERCENT_LABEL,
      symbolType: 'square',
      symbolSize: 140,
      symbolStrokeWidth: 0.5,
      symbolStrokeColor: INK.axis,
      columnPadding: 14,
      titleFontWeight: 'normal',
      titleColor: INK.muted,
      titleLimit: 320,
      titlePadding: 4,
    },
  } as const;
}

/** Coloured cells, their text (white on the darker ones), and the bold totals. */
function heatmapLayers(m: number, anyMissing: boolean): Layer[] {
  const cells = [{ filter: '!datum.total' }];
  const text = { type: 'text', fontSize: FONT_SIZE.value, baseline: 'middle' } as const;
  const textColor = {
    condition: [
      { test: 'datum.value === null', value: INK.muted },
      { test: `abs(datum.value) >= ${0.7 * m}`, value: '#ffffff' },
    ],
    value: INK.text,
  };
  return [
    {
      transform: cells,
      mark: { type: 'rect', invalid: 'show' },
      encoding: { color: cellColor(m, anyMissing) },
    },
    { transform: cells, mark: text, encoding: { text: { field: 'text' }, color: textColor } },
    {
      transform: [{ filter: 'datum.total' }],
      mark: { ...text, fontWeight: 600, color: INK.text },
      encoding: { text: { field: 'text' } },
    },
  ];
}

/**
 * Vega-Lite spec of the sector heat map: rows sorted by the window's compounded total, a
 * diverging red-blue colour scale centred on 0 with a symmetric domain ({@link heatmapExtent}),
 * the return in each cell (white on the darker cells), grey "n/a" cells without data, and a
 * total column. Throws when a row's values do not match the dates or are not finite.
 */
export function sectorHeatmapChartSpec(input: SectorHeatmapChartInput): TopLevelSpec {
  const values = heatmapCells(input);
  const m = heatmapExtent(values.flatMap((c) => (c.total || c.value === null ? [] : [c.value])));
  const rows = [...new Set(values.map((c) => c.row))];
  return {
    ...specHead(input, values),
    height: rows.length * HEATMAP_ROW_PX + 92,
    title: { text: input.title, frame: 'bounds' },
    encoding: heatmapAxes([...new Set(values.map((c) => c.column))], rows),
    layer: heatmapLayers(
      m,
      values.some((c) => c.value === null),
    ),
  };
}
