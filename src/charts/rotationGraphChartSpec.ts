/**
 * Relative rotation graph: each symbol's relative strength (x) and momentum (y) against a
 * benchmark, with a short tail of earlier sessions, on four shaded quadrants around 100/100.
 * Labels are placed in px by the builder (the plot's px <-> data mapping is fixed), avoiding
 * other labels, dots and the quadrant names, each on a light backdrop so tails do not cross it.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_DATA_NAME, chartTitle, titleExtra } from './specParts.js';
import { BACKGROUND } from './palette.js';
import {
  ROTATION_PADDING,
  ROTATION_PLOT,
  rotationHalfRange,
  rotationRows,
  type RotationGraphPoint,
  type RotationRow,
} from './rotationRows.js';
import { chartConfig, FONT_SIZE, INK, NEUTRAL_COLOR, seriesColor } from './theme.js';

export * from './rotationRows.js';

/** Input of {@link rotationGraphChartSpec}. */
export interface RotationGraphChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  points: readonly RotationGraphPoint[];
}

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

const only = (kind: RotationRow['kind'], extra = 'true') => [
  { filter: `datum.kind === '${kind}' && ${extra}` },
];
const text = { type: 'text', align: 'left', baseline: 'middle', fontWeight: 600 } as const;
const ends = { x2: { field: 'x2' }, y2: { field: 'y2' } } as const;

/** Quadrant shading (fills as given), the cross at 100/100, and the quadrant names. */
function backgroundLayers(): Layer[] {
  return [
    {
      transform: only('quadrant'),
      mark: { type: 'rect' },
      encoding: { ...ends, fill: { field: 'key', type: 'nominal', scale: null } },
    },
    {
      transform: only('cross'),
      mark: { type: 'rule', color: NEUTRAL_COLOR, strokeWidth: 1 },
      encoding: ends,
    },
    {
      transform: only('name'),
      mark: { ...text, fontSize: FONT_SIZE.label, color: INK.muted },
      encoding: { text: { field: 'key' } },
    },
  ];
}

/**
 * Tails and tail dots (lighter through fill/stroke opacity, never `opacity`), the leader lines
 * of labels set apart from a crowded dot, the labels' backdrops, the heads (one colour per symbol) and the symbols. The backdrop is a rect, not a
 * stroked halo: Chromium prints stroked text as Type 3 outlines, and the text twice.
 */
function symbolLayers(symbols: string[]): Layer[] {
  const color = {
    field: 'key',
    type: 'nominal',
    scale: { domain: symbols, range: symbols.map(seriesColor) },
    legend: null,
  } as const;
  const label = { ...text, fontSize: FONT_SIZE.value } as const;
  return [
    {
      transform: only('tail'),
      mark: { type: 'line', strokeWidth: 1.25, strokeOpacity: 0.75 },
      encoding: { color, detail: { field: 'key' }, order: { field: 'step' } },
    },
    {
      transform: only('tail', '!datum.head'),
      mark: { type: 'circle', size: 12, fillOpacity: 0.75 },
      encoding: { color },
    },
    // A leader on a casing of the background: it cuts through the tails it crosses, so it does
    // not read as one of them.
    {
      transform: only('leader'),
      mark: { type: 'rule', color: BACKGROUND, strokeWidth: 3.5, strokeCap: 'round' },
      encoding: ends,
    },
    {
      transform: only('leader'),
      mark: { type: 'rule', color: INK.text, strokeWidth: 1.25 },
      encoding: ends,
    },
    {
      transform: only('backdrop'),
      mark: { type: 'rect', color: BACKGROUND, fillOpacity: 0.8, cornerRadius: 2 },
      encoding: ends,
    },
    {
      transform: only('tail', 'datum.head'),
      mark: { type: 'circle', size: 56, stroke: BACKGROUND, strokeWidth: 1 },
      encoding: { color },
    },
    {
      transform: only('label'),
      mark: { ...label, color: INK.text },
      encoding: { text: { field: 'key' } },
    },
  ];
}

/**
 * The axes' tick step: the smallest of 1, 2, 5, 10, 20, 25, 50, ... that leaves at most four
 * ticks on each side of 100, so nine at most on the 308 px axis (38.5 px apart or more): the
 * flush end labels (`140`, `150`) keep clear of their neighbours.
 */
export function tickStep(half: number): number {
  for (let scale = 1; ; scale *= 10)
    for (const s of [1, 2, 2.5, 5].map((m) => m * scale))
      if (Number.isInteger(s) && half / s < 5) return s;
}

/**
 * Vega-Lite spec of the relative rotation graph, 360 x 330 px: x = relative strength, y =
 * momentum, both symmetric around 100 ({@link rotationHalfRange}); quadrants shaded and named
 * (Leading top right, Weakening bottom right, Lagging bottom left, Improving top left); per
 * symbol its tail as a thin line with small dots, a larger dot at the head in its
 * {@link seriesColor}, and the symbol placed by {@link placeLabels}.
 */
export function rotationGraphChartSpec(input: RotationGraphChartInput): TopLevelSpec {
  const half = rotationHalfRange(input.points);
  const values = rotationRows(input.points, half);
  const symbols = [...new Set(values.filter((r) => r.kind === 'tail').map((r) => r.key))];
  const step = tickStep(half);
  const n = Math.floor(half / step);
  const axis = {
    values: Array.from({ length: 2 * n + 1 }, (_, k) => 100 + (k - n) * step),
    grid: false,
  };
  const scale = { domain: [100 - half, 100 + half], nice: false, zero: false };
  const title = chartTitle(input.title);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...ROTATION_PLOT,
    autosize: { type: 'none' },
    // A title wrapped to more lines gets their height on top (the plot keeps its px mapping).
    padding: { ...ROTATION_PADDING, top: ROTATION_PADDING.top + titleExtra(title) },
    config: chartConfig,
    title,
    description: input.description,
    data: { name: CHART_DATA_NAME, values },
    encoding: {
      x: {
        field: 'x',
        type: 'quantitative',
        title: 'Relative strength (100 = benchmark)',
        scale,
        axis,
      },
      y: { field: 'y', type: 'quantitative', title: 'Momentum (100 = neutral)', scale, axis },
    },
    layer: [...backgroundLayers(), ...symbolLayers(symbols)],
  };
}
