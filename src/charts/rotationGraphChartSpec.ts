/**
 * Relative rotation graph: each symbol's relative strength (x) and momentum (y) against a
 * benchmark, with a short tail of earlier sessions, on four shaded quadrants around 100/100.
 * Labels are placed in px by the builder (the plot's px <-> data mapping is fixed), avoiding
 * other labels, dots and the quadrant names.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_DATA_NAME } from './specParts.js';
import { placeLabels, type Box } from './placeLabels.js';
import { chartConfig, FONT_SIZE, INK, NEUTRAL_COLOR, seriesColor, utcMs } from './theme.js';

/** Quadrant of a head: strong and rising (leading), strong and falling (weakening), etc. */
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
  /** The head's quadrant (for the caller's text; the position decides where it is drawn). */
  quadrant: RotationQuadrant;
}

/** Input of {@link rotationGraphChartSpec}. */
export interface RotationGraphChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  points: readonly RotationGraphPoint[];
}

/** A row of the dataset; every layer picks its `kind`. x/y are strength/momentum units. */
export interface RotationRow {
  kind: 'quadrant' | 'cross' | 'name' | 'tail' | 'label';
  x: number;
  y: number;
  x2?: number;
  y2?: number;
  /** Tails and labels: the symbol. Quadrants: the fill. Names: the quadrant name. */
  key: string;
  /** Tails: 0 = oldest (the line's drawing order). */
  step?: number;
  head?: boolean;
}

/** Plot area in px; with {@link ROTATION_PADDING} the chart is exactly 424 x 350 px. */
export const ROTATION_PLOT = { width: 344, height: 270 } as const;

/** Fixed room for the title and axes (autosize none), so the px <-> data mapping is exact. */
export const ROTATION_PADDING = { top: 36, right: 18, bottom: 44, left: 62 } as const;

/** Quadrant shading and name corners (sx, sy: side of 100 on each axis). */
const QUADRANTS = [
  { name: 'Leading', sx: 1, sy: 1, fill: '#e6eff7' },
  { name: 'Weakening', sx: 1, sy: -1, fill: '#f4f4f5' },
  { name: 'Lagging', sx: -1, sy: -1, fill: '#fbebe5' },
  { name: 'Improving', sx: -1, sy: 1, fill: '#f4f4f5' },
] as const;

/** Half-width of both axes: the farthest point from 100 plus 12%, rounded up to a whole 2. */
export function rotationHalfRange(points: readonly RotationGraphPoint[]): number {
  const offs = points.flatMap((p) => p.tail.flatMap((t) => [t.strength - 100, t.momentum - 100]));
  return Math.max(2, Math.ceil((Math.max(0, ...offs.map(Math.abs)) * 1.12) / 2) * 2);
}

/** Maps strength/momentum to plot px and a label box back to its anchor (left, middle). */
function plotMapping(half: number) {
  const [lo, hi, { width: W, height: H }] = [100 - half, 100 + half, ROTATION_PLOT];
  return {
    px: (x: number, y: number): [number, number] => [
      ((x - lo) / (2 * half)) * W,
      ((hi - y) / (2 * half)) * H,
    ],
    anchor: (b: Box): [number, number] => [
      lo + (b.x / W) * 2 * half,
      hi - ((b.y + b.h / 2) / H) * 2 * half,
    ],
  };
}

/** Rows of the shaded quadrants, their names (in the outer corners) and the cross at 100/100. */
function quadrantRows(half: number, obstacles: Box[]): RotationRow[] {
  const lo = 100 - half;
  const { width: W, height: H } = ROTATION_PLOT;
  const rows: RotationRow[] = [
    { kind: 'cross', x: 100, y: lo, x2: 100, y2: 100 + half, key: '' },
    { kind: 'cross', x: lo, y: 100, x2: 100 + half, y2: 100, key: '' },
  ];
  for (const q of QUADRANTS) {
    const [x, y] = [q.sx > 0 ? 100 : lo, q.sy > 0 ? 100 : lo];
    rows.unshift({ kind: 'quadrant', x, y, x2: x + half, y2: y + half, key: q.fill });
    const w = q.name.length * 7.6 + 2;
    const box = { x: q.sx > 0 ? W - 8 - w : 8, y: q.sy > 0 ? 6 : H - 21, w, h: 15, weight: 4 };
    obstacles.push(box);
    const [nx, ny] = plotMapping(half).anchor(box);
    rows.push({ kind: 'name', x: nx, y: ny, key: q.name });
  }
  return rows;
}

/** Tail rows (symbols sorted, each tail oldest first); adds the dots to `obstacles`. */
function tailRows(points: readonly RotationGraphPoint[], half: number, obstacles: Box[]) {
  const rows: RotationRow[] = [];
  const heads: { text: string; at: [number, number] }[] = [];
  const bySymbol = (a: RotationGraphPoint, b: RotationGraphPoint) =>
    a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0;
  for (const p of [...points].sort(bySymbol)) {
    if (p.tail.length === 0 || heads.some((h) => h.text === p.symbol))
      throw new Error(`rotation graph: ${p.symbol} has no points or comes twice`);
    const tail = [...p.tail].sort((a, b) => utcMs(a.date) - utcMs(b.date));
    tail.forEach((t, step) => {
      if (!Number.isFinite(t.strength) || !Number.isFinite(t.momentum))
        throw new Error(`rotation graph: ${p.symbol} on ${t.date} is not finite`);
      const head = step === tail.length - 1;
      rows.push({ kind: 'tail', x: t.strength, y: t.momentum, key: p.symbol, step, head });
      const [x, y] = plotMapping(half).px(t.strength, t.momentum);
      const d = head ? 10 : 5;
      obstacles.push({ x: x - d / 2, y: y - d / 2, w: d, h: d, weight: head ? 8 : 0.5 });
      if (head) heads.push({ text: p.symbol, at: [x, y] });
    });
  }
  return { rows, heads };
}

/** The dataset: quadrants, cross and names, then the tails, then the placed symbol labels. */
export function rotationRows(points: readonly RotationGraphPoint[], half: number): RotationRow[] {
  const obstacles: Box[] = [];
  const quadrants = quadrantRows(half, obstacles);
  const { rows, heads } = tailRows(points, half, obstacles);
  const labels = placeLabels(heads, obstacles, ROTATION_PLOT).map((b, k): RotationRow => {
    const [x, y] = plotMapping(half).anchor(b);
    return { kind: 'label', x, y, key: heads[k]?.text ?? '' };
  });
  return [...quadrants, ...rows, ...labels];
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
      mark: { ...text, fontSize: 12, color: INK.muted },
      encoding: { text: { field: 'key' } },
    },
  ];
}

/** Tails, tail dots, heads (one colour per symbol), and the symbols on a white halo. */
function symbolLayers(symbols: string[]): Layer[] {
  const color = {
    field: 'key',
    type: 'nominal',
    scale: { domain: symbols, range: symbols.map(seriesColor) },
    legend: null,
  } as const;
  const label = { ...text, fontSize: FONT_SIZE.value } as const;
  const halo = { color: 'white', stroke: 'white', strokeWidth: 3.5, strokeJoin: 'round' } as const;
  return [
    {
      transform: only('tail'),
      mark: { type: 'line', strokeWidth: 1.5, opacity: 0.75 },
      encoding: { color, detail: { field: 'key' }, order: { field: 'step' } },
    },
    {
      transform: only('tail', '!datum.head'),
      mark: { type: 'circle', size: 16, opacity: 0.75 },
      encoding: { color },
    },
    {
      transform: only('tail', 'datum.head'),
      mark: { type: 'circle', size: 70, opacity: 1, stroke: 'white', strokeWidth: 1 },
      encoding: { color },
    },
    { transform: only('label'), mark: { ...label, ...halo }, encoding: { text: { field: 'key' } } },
    {
      transform: only('label'),
      mark: { ...label, color: INK.text },
      encoding: { text: { field: 'key' } },
    },
  ];
}

/**
 * Vega-Lite spec of the relative rotation graph, 560 x 456 px: x = relative strength, y =
 * momentum, both symmetric around 100 ({@link rotationHalfRange}); quadrants shaded and named
 * (Leading top right, Weakening bottom right, Lagging bottom left, Improving top left); per
 * symbol its tail as a thin line with small dots, a larger dot at the head in its
 * {@link seriesColor}, and the symbol placed by {@link placeLabels}.
 */
export function rotationGraphChartSpec(input: RotationGraphChartInput): TopLevelSpec {
  const half = rotationHalfRange(input.points);
  const values = rotationRows(input.points, half);
  const symbols = [...new Set(values.filter((r) => r.kind === 'tail').map((r) => r.key))];
  const step = half <= 4 ? 1 : half <= 10 ? 2 : half <= 20 ? 5 : 10;
  const n = Math.floor(half / step);
  const axis = {
    values: Array.from({ length: 2 * n + 1 }, (_, k) => 100 + (k - n) * step),
    grid: false,
  };
  const scale = { domain: [100 - half, 100 + half], nice: false, zero: false };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...ROTATION_PLOT,
    autosize: { type: 'none' },
    padding: ROTATION_PADDING,
    config: chartConfig,
    title: input.title,
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
