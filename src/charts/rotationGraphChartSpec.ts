/**
 * Relative rotation graph: each symbol's relative strength (x) and momentum (y) against a
 * benchmark, with a short tail of earlier sessions, on four shaded quadrants around 100/100.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_DATA_NAME } from './rebasedChartSpec.js';
import { chartConfig, FONT_SIZE, INK, NEUTRAL_COLOR, seriesColor, utcMs } from './theme.js';

export type RotationQuadrant = 'leading' | 'weakening' | 'lagging' | 'improving';

/** One session of a symbol's tail. */
export interface RotationTailPoint {
  date: string;
  /** 100 = in line with the benchmark; above 100 = stronger. */
  strength: number;
  /** 100 = neutral; above 100 = strength rising. */
  momentum: number;
}

/** One symbol on the graph. */
export interface RotationGraphPoint {
  symbol: string;
  name: string;
  /** Oldest first; the last point is the brief's date (the head). */
  tail: readonly RotationTailPoint[];
  quadrant: RotationQuadrant;
}

/** Input of {@link rotationGraphChartSpec}. */
export interface RotationGraphChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  points: readonly RotationGraphPoint[];
}

/** One tail point of the dataset; the head carries its label position. */
export interface RotationRow {
  symbol: string;
  date: string;
  strength: number;
  momentum: number;
  /** 0 = oldest: the line's drawing order. */
  step: number;
  head: boolean;
  labelX?: number;
  labelY?: number;
}

/** The plot area in px and the half-range of both axes (domain 100 - half .. 100 + half). */
export interface PlotFrame {
  width: number;
  height: number;
  half: number;
}

/** Size of the plot area in px (the whole chart is about 560 x 460). */
export const ROTATION_PLOT = { width: 480, height: 370 } as const;

/** A box in px, top-left origin. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Label box size: bold 11 px capitals are ~7.4 px wide in Inter (vega's own estimate is wider). */
const labelBox = (text: string) => ({ w: text.length * 7.4 + 2, h: 13 });

/** Where a label may go, relative to its dot (left-middle corner of the box; w = box width). */
const CANDIDATES: readonly ((w: number) => [number, number])[] = [
  () => [8, 0], (w) => [-8 - w, 0], () => [5, -11], () => [5, 11], (w) => [-5 - w, -11], (w) => [-5 - w, 11],
  (w) => [-w / 2, -13], (w) => [-w / 2, 13], () => [16, 0], (w) => [-16 - w, 0], () => [8, -22], () => [8, 22],
];

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Greedy label placement in px: each head (in the given order) takes the first candidate
 * position with the least weighted overlap with labels already placed, dots, tail points,
 * quadrant names and the plot's edge. Returns label anchors (left, middle) in data units.
 */
export function placeRotationLabels(
  heads: readonly RotationRow[],
  rows: readonly RotationRow[],
  f: PlotFrame,
  quadrants: readonly { name: string; sx: number; sy: number }[],
): { labelX: number; labelY: number }[] {
  const px = (s: number) => ((s - 100 + f.half) / (2 * f.half)) * f.width;
  const py = (m: number) => (1 - (m - 100 + f.half) / (2 * f.half)) * f.height;
  const dot = (r: RotationRow, d: number): Box => ({ x: px(r.strength) - d / 2, y: py(r.momentum) - d / 2, w: d, h: d });
  const fixed: [Box, number][] = [
    ...rows.map((r): [Box, number] => [dot(r, r.head ? 10 : 5), r.head ? 8 : 2]),
    ...quadrants.map((q): [Box, number] => {
      const w = q.name.length * 7.5;
      return [{ x: q.sx > 0 ? f.width - 8 - w : 8, y: q.sy > 0 ? 7 : f.height - 22, w, h: 15 }, 4];
    }),
  ];
  const placed: Box[] = [];
  const frame: Box = { x: 0, y: 0, w: f.width, h: f.height };
  return heads.map((h) => {
    const { w, h: bh } = labelBox(h.symbol);
    let best: Box = { x: 0, y: 0, w, h: bh };
    let bestCost = Infinity;
    CANDIDATES.forEach((c, k) => {
      const [dx, dy] = c(w);
      const box = { x: px(h.strength) + dx, y: py(h.momentum) + dy - bh / 2, w, h: bh };
      let cost = k * 0.5 + 20 * (w * bh - overlap(box, frame));
      for (const [b, weight] of fixed) cost += weight * overlap(box, b);
      for (const b of placed) cost += 10 * overlap(box, b);
      if (cost < bestCost) [best, bestCost] = [box, cost];
    });
    placed.push(best);
    const toS = (x: number) => 100 - f.half + (x / f.width) * 2 * f.half;
    const toM = (y: number) => 100 - f.half + (1 - y / f.height) * 2 * f.half;
    return { labelX: toS(best.x), labelY: toM(best.y + bh / 2) };
  });
}

/** Quadrant shading and label corners: leading top right, then clockwise. */
const QUADRANTS = [
  { name: 'Leading', sx: 1, sy: 1, fill: '#e6eff7' },
  { name: 'Weakening', sx: 1, sy: -1, fill: '#f4f4f5' },
  { name: 'Lagging', sx: -1, sy: -1, fill: '#fbebe5' },
  { name: 'Improving', sx: -1, sy: 1, fill: '#f4f4f5' },
] as const;

/** Half-width of both axes: the farthest point from 100 plus 12%, rounded up to a whole 2. */
export function rotationHalfRange(points: readonly RotationGraphPoint[]): number {
  const far = Math.max(0, ...points.flatMap((p) => p.tail.flatMap((t) => [Math.abs(t.strength - 100), Math.abs(t.momentum - 100)])));
  return Math.max(2, Math.ceil((far * 1.12) / 2) * 2);
}

/** Rows sorted by symbol then date, with label positions for the heads; checks the input. */
export function rotationRows(points: readonly RotationGraphPoint[], frame: PlotFrame): RotationRow[] {
  const sorted = [...points].sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
  const rows: RotationRow[] = [];
  for (const p of sorted) {
    if (p.tail.length === 0) throw new Error(`rotation graph: ${p.symbol} has no points`);
    const tail = [...p.tail].sort((a, b) => utcMs(a.date) - utcMs(b.date));
    tail.forEach((t, step) => {
      if (!Number.isFinite(t.strength) || !Number.isFinite(t.momentum))
        throw new Error(`rotation graph: ${p.symbol} on ${t.date} is not finite`);
      rows.push({ symbol: p.symbol, date: t.date, strength: t.strength, momentum: t.momentum, step, head: step === tail.length - 1 });
    });
  }
  const heads = rows.filter((r) => r.head);
  if (new Set(heads.map((h) => h.symbol)).size !== heads.length) throw new Error('rotation graph: duplicate symbol');
  const labels = placeRotationLabels(heads, rows, frame, QUADRANTS);
  heads.forEach((h, k) => Object.assign(h, labels[k]));
  return rows;
}

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** The x and y channels without a field: titles, the shared symmetric scale, ticks. */
interface Axes {
  x: Record<string, unknown>;
  y: Record<string, unknown>;
}

/** Shaded quadrants, their names in the outer corners, and the cross at 100/100. */
function quadrantLayers(half: number, a: Axes): Layer[] {
  const [lo, hi] = [100 - half, 100 + half];
  const rects = QUADRANTS.map((q) => ({
    x: q.sx > 0 ? 100 : lo, x2: q.sx > 0 ? hi : 100, y: q.sy > 0 ? 100 : lo, y2: q.sy > 0 ? hi : 100, fill: q.fill,
  }));
  const names: Layer[] = QUADRANTS.map((q) => ({
    data: { values: [{ x: q.sx > 0 ? hi : lo, y: q.sy > 0 ? hi : lo, name: q.name }] },
    mark: {
      type: 'text', fontSize: 12, fontWeight: 600, color: INK.muted,
      align: q.sx > 0 ? 'right' : 'left', baseline: q.sy > 0 ? 'top' : 'bottom', dx: 8 * -q.sx, dy: 7 * q.sy,
    },
    encoding: { x: { ...a.x, field: 'x' }, y: { ...a.y, field: 'y' }, text: { field: 'name' } },
  })) as Layer[];
  const rule = { type: 'rule', color: NEUTRAL_COLOR, strokeWidth: 1 } as const;
  return [
    {
      data: { values: rects },
      mark: { type: 'rect' },
      encoding: {
        x: { ...a.x, field: 'x' }, x2: { field: 'x2' }, y: { ...a.y, field: 'y' }, y2: { field: 'y2' },
        color: { field: 'fill', type: 'nominal', scale: null },
      },
    },
    { mark: rule, encoding: { x: { ...a.x, datum: 100 } } },
    { mark: rule, encoding: { y: { ...a.y, datum: 100 } } },
    ...names,
  ] as Layer[];
}

/** Tails, tail dots, heads and the symbols (on a white halo) at the placed label positions. */
function symbolLayers(symbols: string[], a: Axes): Layer[] {
  const color = { field: 'symbol', type: 'nominal', scale: { domain: symbols, range: symbols.map(seriesColor) }, legend: null } as const;
  const xy = { x: { ...a.x, field: 'strength' }, y: { ...a.y, field: 'momentum' } };
  const label = { x: { ...a.x, field: 'labelX' }, y: { ...a.y, field: 'labelY' }, text: { field: 'symbol' } };
  const text = { type: 'text', align: 'left', baseline: 'middle', fontSize: FONT_SIZE.value, fontWeight: 600 } as const;
  const heads = [{ filter: 'datum.head' }];
  return [
    { mark: { type: 'line', strokeWidth: 1.5, opacity: 0.75 }, encoding: { ...xy, color, detail: { field: 'symbol' }, order: { field: 'step' } } },
    { transform: [{ filter: '!datum.head' }], mark: { type: 'circle', size: 16, opacity: 0.75 }, encoding: { ...xy, color } },
    { transform: heads, mark: { type: 'circle', size: 70, opacity: 1, stroke: 'white', strokeWidth: 1 }, encoding: { ...xy, color } },
    { transform: heads, mark: { ...text, color: 'white', stroke: 'white', strokeWidth: 3.5, strokeJoin: 'round' }, encoding: label },
    { transform: heads, mark: { ...text, color: INK.text }, encoding: label },
  ] as Layer[];
}

/**
 * Vega-Lite spec of the relative rotation graph: x = relative strength, y = momentum, both
 * symmetric around 100 ({@link rotationHalfRange}); light quadrant shading named Leading (top
 * right), Weakening, Lagging, Improving; per symbol its tail (oldest first) as a thin line with
 * small dots, a larger dot at the head in its {@link seriesColor}, and the symbol placed to
 * avoid other labels and dots. About 560 x 460 px.
 */
export function rotationGraphChartSpec(input: RotationGraphChartInput): TopLevelSpec {
  const half = rotationHalfRange(input.points);
  const frame: PlotFrame = { ...ROTATION_PLOT, half };
  const values = rotationRows(input.points, frame);
  const symbols = [...new Set(values.map((r) => r.symbol))];
  const step = half <= 4 ? 1 : half <= 10 ? 2 : half <= 20 ? 5 : 10;
  const ticks = Array.from({ length: Math.floor(half / step) * 2 + 1 }, (_, k) => 100 - Math.floor(half / step) * step + k * step);
  const scale = { domain: [100 - half, 100 + half], nice: false, zero: false };
  const axes: Axes = {
    x: { type: 'quantitative', title: 'Relative strength (100 = benchmark)', scale, axis: { values: ticks, grid: false } },
    y: { type: 'quantitative', title: 'Momentum (100 = neutral)', scale, axis: { values: ticks, grid: false } },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: frame.width,
    height: frame.height,
    autosize: { type: 'pad' },
    config: chartConfig,
    title: input.title,
    description: input.description,
    data: { name: CHART_DATA_NAME, values },
    layer: [...quadrantLayers(half, axes), ...symbolLayers(symbols, axes)],
  };
}
