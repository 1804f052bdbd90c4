/**
 * Heat map of daily sector returns over the last sessions: one row per sector (by ticker: the
 * sector bars beside it name them), one column per session, plus a column with each sector's
 * total over the window. Sized for a 360 px chart: 11 columns of about 28 px, so the cells show
 * the return in percent without the sign `%` (the legend's title says it is percent).
 */
import type { TopLevelSpec } from 'vega-lite';
import { specHead } from './specParts.js';
import {
  heatmapCells,
  NO_DATA_TEXT,
  TOTAL_COLUMN,
  type SectorHeatmapChartInput,
} from './heatmapCells.js';
import { BACKGROUND, CELL_INK } from './palette.js';
import { CHART_SIZE, FONT_SIZE, INK, NO_DATA_COLOR, RETURN_RAMP } from './theme.js';

/** Legend label: `-2.5%`, `0%`, `+2.5%` (hyphen minus, as in the cells). */
const SIGNED_PERCENT_LABEL =
  "datum.value === 0 ? '0%' : replace(format(datum.value, '+.2~%'), '\u2212', '-')";

/** Height of one sector's row in px. */
export const HEATMAP_ROW_PX = 22;

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

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/**
 * Column labels on two lines, `Aug` over `10` on the first session and where the month changes,
 * the day alone elsewhere (`Aug 10` is wider than a 28 px column).
 */
export function columnLabelExpr(columns: readonly string[]): string {
  const month = (c: string | undefined) => c?.split(' ')[0];
  const firsts = columns.filter((c, k) => c !== TOTAL_COLUMN && month(c) !== month(columns[k - 1]));
  const list = firsts.map((c) => `'${c}'`).join(',');
  return `datum.value === '${TOTAL_COLUMN}' ? ['', datum.value] : indexof([${list}], datum.value) >= 0 ? split(datum.value, ' ') : ['', split(datum.value, ' ')[1]]`;
}

/** Session columns on top (no ticks), sector tickers on the left. */
function heatmapAxes(columns: string[], rows: string[]) {
  const bare = { ticks: false, domain: false, labelColor: INK.text, labelPadding: 4 } as const;
  return {
    x: {
      field: 'column',
      type: 'ordinal',
      sort: columns,
      title: null,
      scale: { paddingInner: 0.06, paddingOuter: 0 },
      axis: {
        ...bare,
        orient: 'top',
        labelAngle: 0,
        labelOverlap: false,
        labelFlush: false,
        labelExpr: columnLabelExpr(columns),
        // Both lines of every label above the cells: vega stacks a label's lines downwards.
        labelPadding: 4 + FONT_SIZE.label + 2,
      },
    },
    y: {
      field: 'row',
      type: 'nominal',
      sort: rows,
      title: null,
      scale: { paddingInner: 0.08, paddingOuter: 0 },
      axis: { ...bare, labelLimit: 60 },
    },
  } as const;
}

/**
 * Thresholds of the 9 colour bins: bins centred on 0, ±m/4, ±m/2, ±3m/4 (m/4 wide), and the end
 * bins from ±7m/8 out, so the legend's swatches at 0, ±m/2 and ±m are whole bins.
 */
export function heatmapThresholds(m: number): number[] {
  return [-7, -5, -3, -1, 1, 3, 5, 7].map((k) => (k * m) / 8);
}

/**
 * Cell fill: the diverging ramp's 9 colours in the bins of {@link heatmapThresholds}, grey without
 * data, with its legend. Binned, not interpolated, so every cell is one of the palette's colours
 * (dark mode restyles them by value; see palette.ts).
 */
function cellColor(m: number, anyMissing: boolean) {
  return {
    condition: { test: 'datum.value === null', value: NO_DATA_COLOR },
    field: 'value',
    type: 'quantitative',
    scale: { type: 'threshold', domain: heatmapThresholds(m), range: [...RETURN_RAMP] },
    legend: {
      // Swatches, not a gradient: vega numbers gradients per process, which breaks byte-stable SVG.
      type: 'symbol',
      title: anyMissing ? `Daily return, % (${NO_DATA_TEXT}: no data)` : 'Daily return, %',
      orient: 'bottom',
      direction: 'horizontal',
      values: [-m, -m / 2, 0, m / 2, m],
      labelExpr: SIGNED_PERCENT_LABEL,
      symbolType: 'square',
      symbolSize: 120,
      symbolStrokeWidth: 0.5,
      symbolStrokeColor: INK.axis,
      columnPadding: 8,
      titleFontWeight: 'normal',
      titleColor: INK.muted,
      titleLimit: 340,
      titlePadding: 4,
    },
  } as const;
}

/** Coloured cells, their text (white on the two darkest bins), and the bold totals. */
function heatmapLayers(m: number, anyMissing: boolean): Layer[] {
  const cells = [{ filter: '!datum.total' }];
  const text = { type: 'text', fontSize: FONT_SIZE.value, baseline: 'middle' } as const;
  const textColor = {
    condition: [
      { test: 'datum.value === null', value: INK.muted },
      { test: `abs(datum.value) >= ${(7 / 8) * m}`, value: BACKGROUND },
    ],
    value: CELL_INK,
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
  const head = specHead(input, values);
  return {
    ...head,
    height: rows.length * HEATMAP_ROW_PX + 100 + head.height - CHART_SIZE.height,
    title: { text: head.title, frame: 'bounds' },
    encoding: heatmapAxes([...new Set(values.map((c) => c.column))], rows),
    layer: heatmapLayers(
      m,
      values.some((c) => c.value === null),
    ),
  };
}
