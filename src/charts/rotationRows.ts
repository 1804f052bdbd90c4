/**
 * The relative rotation graph's dataset, laid out in px: the plot's fixed size and padding, the
 * quadrants and their names, each symbol's tail, and each symbol's label placed where it hides
 * the least ({@link placeLabels}) with a backdrop behind it.
 */
import { placeLabels, type Box, type Leader, type Line } from './placeLabels.js';
import { NEUTRAL_COLOR, QUADRANT_FILLS } from './palette.js';
import { quadrantNameBox } from './quadrantNameBox.js';
import { seriesColor } from './theme.js';
import { sortedByDate } from './sortedByDate.js';

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

/** A row of the dataset; every layer picks its `kind`. x/y are strength/momentum units. */
export interface RotationRow {
  kind: 'quadrant' | 'cross' | 'name' | 'tail' | 'leader' | 'backdrop' | 'label';
  x: number;
  y: number;
  x2?: number;
  y2?: number;
  /** Tails, leaders and labels: the symbol. Quadrants: the fill. Names: the quadrant name. */
  key: string;
  /** Tails: 0 = oldest (the line's drawing order). */
  step?: number;
  head?: boolean;
}

/** Plot area in px; with {@link ROTATION_PADDING} the chart is exactly 360 x 330 px. */
export const ROTATION_PLOT = { width: 308, height: 266 } as const;

/** Fixed room for the title and axes (autosize none), so the px <-> data mapping is exact. */
export const ROTATION_PADDING = { top: 28, right: 8, bottom: 36, left: 44 } as const;

/** Quadrant shading and name corners (sx, sy: side of 100 on each axis). */
const QUADRANTS = [
  { name: 'Leading', sx: 1, sy: 1, fill: QUADRANT_FILLS.leading },
  { name: 'Weakening', sx: 1, sy: -1, fill: QUADRANT_FILLS.other },
  { name: 'Lagging', sx: -1, sy: -1, fill: QUADRANT_FILLS.lagging },
  { name: 'Improving', sx: -1, sy: 1, fill: QUADRANT_FILLS.other },
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

/**
 * Rows of the shaded quadrants, their names (in the outer corners, or the next corner free of
 * `points`' dots: quadrantNameBox.ts) and the cross at 100/100.
 */
function quadrantRows(
  half: number,
  obstacles: Box[],
  points: readonly RotationGraphPoint[],
): RotationRow[] {
  const lo = 100 - half;
  const map = plotMapping(half);
  const dots = points.flatMap((p) => p.tail.map((t) => map.px(t.strength, t.momentum)));
  const rows: RotationRow[] = [
    { kind: 'cross', x: 100, y: lo, x2: 100, y2: 100 + half, key: '' },
    { kind: 'cross', x: lo, y: 100, x2: 100 + half, y2: 100, key: '' },
  ];
  for (const q of QUADRANTS) {
    const [x, y] = [q.sx > 0 ? 100 : lo, q.sy > 0 ? 100 : lo];
    rows.unshift({ kind: 'quadrant', x, y, x2: x + half, y2: y + half, key: q.fill });
    const box = quadrantNameBox(q, q.name.length * 7 + 2, ROTATION_PLOT, map.px(100, 100), dots);
    obstacles.push(box);
    const [nx, ny] = map.anchor(box);
    rows.push({ kind: 'name', x: nx, y: ny, key: q.name });
  }
  return rows;
}

/**
 * Tail rows (grey funds by symbol, then coloured ones, each tail oldest first); adds the dots to
 * `obstacles` and the steps between them to `lines` (a coloured tail's weighing more: a label
 * across it hides the series the chart picks out).
 */
function tailRows(
  points: readonly RotationGraphPoint[],
  half: number,
  obstacles: Box[],
  lines: Line[],
) {
  const rows: RotationRow[] = [];
  const heads: { text: string; at: [number, number] }[] = [];
  // Funds with a colour of their own (IWM) last, so drawn over the grey ones; then by symbol.
  const coloured = (p: RotationGraphPoint) => (seriesColor(p.symbol) === NEUTRAL_COLOR ? 0 : 1);
  const bySymbol = (a: RotationGraphPoint, b: RotationGraphPoint) =>
    coloured(a) - coloured(b) || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0);
  for (const p of [...points].sort(bySymbol)) {
    if (p.tail.length === 0 || heads.some((h) => h.text === p.symbol))
      throw new Error(`rotation graph: ${p.symbol} has no points or comes twice`);
    const tail = sortedByDate(p.tail, (t) => t.date);
    tail.forEach((t, step) => {
      if (!Number.isFinite(t.strength) || !Number.isFinite(t.momentum))
        throw new Error(`rotation graph: ${p.symbol} on ${t.date} is not finite`);
      const head = step === tail.length - 1;
      rows.push({ kind: 'tail', x: t.strength, y: t.momentum, key: p.symbol, step, head });
      const [x, y] = plotMapping(half).px(t.strength, t.momentum);
      const prev = step > 0 ? tail[step - 1] : undefined;
      if (prev)
        lines.push({
          from: plotMapping(half).px(prev.strength, prev.momentum),
          to: [x, y],
          weight: coloured(p) ? 3 : 1,
        });
      const d = head ? 10 : 5;
      obstacles.push({ x: x - d / 2, y: y - d / 2, w: d, h: d, weight: head ? 8 : 0.5 });
      if (head) heads.push({ text: p.symbol, at: [x, y] });
    });
  }
  return { rows, heads };
}

/** A label's backdrop: its box (px) grown by 1 px, in strength/momentum units. */
function backdropRow(b: Box, half: number, key: string): RotationRow {
  const { anchor } = plotMapping(half);
  const [x, y] = anchor({ x: b.x - 1, y: b.y - 1, w: 0, h: 0 });
  const [x2, y2] = anchor({ x: b.x + b.w + 1, y: b.y + b.h + 1, w: 0, h: 0 });
  return { kind: 'backdrop', x, y, x2, y2, key };
}

/** Heads nearer each other than this (px; a head is 8.4 px across) draw as one blob. */
export const SHARED_LABEL_PX = 6;

type Head = { text: string; at: [number, number] };

/**
 * Heads whose dots overlap as one blob share one label ("XLB, XLC", in symbol order), placed
 * from their mean position: two labels pointing at one blob cannot be told apart. A head joins
 * the first group with a member within {@link SHARED_LABEL_PX}.
 */
function sharedLabels(heads: readonly Head[]): Head[] {
  const groups: Head[][] = [];
  for (const h of heads) {
    const near = (g: Head[]) =>
      g.some((o) => Math.hypot(o.at[0] - h.at[0], o.at[1] - h.at[1]) < SHARED_LABEL_PX);
    const g = groups.find(near);
    if (g) g.push(h);
    else groups.push([h]);
  }
  return groups.map((g) => ({
    text: g
      .map((h) => h.text)
      .sort()
      .join(', '),
    at: [0, 1].map((k) => g.reduce((sum, h) => sum + h.at[k]!, 0) / g.length) as [number, number],
  }));
}

/** A leader line from a head to its label, in strength/momentum units. */
function leaderRow({ from, to }: Leader, half: number, key: string): RotationRow {
  const { anchor } = plotMapping(half);
  const [x, y] = anchor({ x: from[0], y: from[1], w: 0, h: 0 });
  const [x2, y2] = anchor({ x: to[0], y: to[1], w: 0, h: 0 });
  return { kind: 'leader', x, y, x2, y2, key };
}

/**
 * The dataset: quadrants, cross and names, the tails, then each placed label: its leader line
 * (a label set apart from a crowded dot), its backdrop and the label.
 */
export function rotationRows(points: readonly RotationGraphPoint[], half: number): RotationRow[] {
  const obstacles: Box[] = [];
  const lines: Line[] = [];
  const quadrants = quadrantRows(half, obstacles, points);
  const { rows, heads } = tailRows(points, half, obstacles, lines);
  const cross = plotMapping(half).px(100, 100);
  const groups = sharedLabels(heads);
  const labels = placeLabels(groups, obstacles, ROTATION_PLOT, cross, lines).flatMap(
    ({ box, leader }, k): RotationRow[] => {
      const key = groups[k]?.text ?? '';
      const [x, y] = plotMapping(half).anchor(box);
      const line = leader ? [leaderRow(leader, half, key)] : [];
      return [...line, backdropRow(box, half, key), { kind: 'label', x, y, key }];
    },
  );
  return [...quadrants, ...rows, ...labels];
}
