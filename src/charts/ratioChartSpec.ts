/**
 * Line chart of the RUT/GSPC close ratio (small caps relative to large caps), with optional
 * moving averages and the latest value marked.
 */
import type { TopLevelSpec } from 'vega-lite';
import { specHead } from './specParts.js';
import { sortLinePoints, type LinePoint } from './rebasedChartSpec.js';
import { sessionDateAxis } from './sessionDateAxis.js';
import { FONT_SIZE, HIGHLIGHT_COLOR, NEUTRAL_COLOR } from './theme.js';

/** One value on one session (`date` is an ISO `YYYY-MM-DD` session date). */
export interface DatedValue {
  readonly date: string;
  readonly value: number;
}

/** Input of {@link ratioChartSpec}. */
export interface RatioChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  /** The ratio on each session of the window (the caller picks the window, e.g. 252 sessions). */
  points: readonly DatedValue[];
  /** Colour of the ratio line. */
  color: string;
  /** Legend label of the ratio line (default `RUT/GSPC`). */
  label?: string;
  /** Moving averages of the ratio, drawn dashed in the neutral colour, clipped to the window. */
  movingAverages?: readonly { label: string; points: readonly DatedValue[] }[];
}

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/**
 * Dash patterns: the ratio is solid (no dash array at all: Chromium prints `[1, 0]` as one-unit
 * dashes, hundreds of them), each moving average gets its own dash.
 */
const DASHES: number[][] = [[], [6, 3], [2, 2], [10, 3, 2, 3]];

/** A row of the ratio chart's dataset; `last` marks the ratio's latest session. */
export interface RatioRow extends LinePoint {
  last: boolean;
}

/** Flattens ratio and moving averages into sorted rows (moving averages clipped to the window). */
export function ratioRows(input: RatioChartInput, colors: Record<string, string>): RatioRow[] {
  const label = input.label ?? 'RUT/GSPC';
  const dates = input.points.map((p) => p.date).sort();
  const first = dates[0] ?? '';
  const lastDate = dates[dates.length - 1] ?? '';
  const lines: LinePoint[] = input.points.map((p) => ({ ...p, series: label }));
  for (const ma of input.movingAverages ?? []) {
    for (const p of ma.points) {
      if (p.date >= first && p.date <= lastDate) lines.push({ ...p, series: ma.label });
    }
  }
  return sortLinePoints(lines, colors).map((p) => ({
    ...p,
    last: p.series === label && p.date === lastDate,
  }));
}

/** Dash pattern per series: index 0 (the ratio) solid, then one pattern per moving average. */
function dashRange(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => DASHES[i % DASHES.length] ?? []);
}

/** The latest ratio: a dot in the highlight colour and its value to the right of it. */
function latestLayers(): Layer[] {
  const lastOnly = [{ filter: 'datum.last' }];
  return [
    {
      transform: lastOnly,
      mark: { type: 'point', filled: true, size: 50, color: HIGHLIGHT_COLOR, opacity: 1 },
    },
    {
      transform: lastOnly,
      mark: {
        type: 'text',
        align: 'left',
        baseline: 'middle',
        dx: 7,
        fontSize: FONT_SIZE.value,
        fontWeight: 600,
        color: HIGHLIGHT_COLOR,
      },
      encoding: { text: { field: 'value', type: 'quantitative', format: '.3f' } },
    },
  ];
}

/** The layers: moving averages, the ratio on top, then the latest dot and its value. */
function ratioLayers(domain: string[], colors: Record<string, string>): Layer[] {
  const range = domain.map((s) => colors[s] ?? NEUTRAL_COLOR);
  const encoding = {
    color: { field: 'series', type: 'nominal', scale: { domain, range }, legend: { title: null } },
    strokeDash: {
      field: 'series',
      type: 'nominal',
      scale: { domain, range: dashRange(domain.length) },
      legend: { title: null },
    },
  } as const;
  const isRatio = { field: 'series', equal: domain[0] ?? '' };
  return [
    {
      transform: [{ filter: { not: isRatio } }],
      mark: { type: 'line', strokeWidth: 1.5 },
      encoding,
    },
    { transform: [{ filter: isRatio }], mark: { type: 'line', strokeWidth: 2.25 }, encoding },
    ...latestLayers(),
  ];
}

/**
 * Vega-Lite spec of the ratio chart: the ratio line in `color`, moving averages dashed
 * and neutral, legend on top, the latest ratio as a highlighted dot with its value.
 * Throws if two series share a label or a value is not finite.
 */
export function ratioChartSpec(input: RatioChartInput): TopLevelSpec {
  const label = input.label ?? 'RUT/GSPC';
  const domain = [label, ...(input.movingAverages ?? []).map((m) => m.label)];
  if (new Set(domain).size !== domain.length) {
    throw new Error(`ratio chart: duplicate series label in ${JSON.stringify(domain)}`);
  }
  const colors = Object.fromEntries(
    domain.map((s, i) => [s, i === 0 ? input.color : NEUTRAL_COLOR]),
  );
  const values = ratioRows(input, colors);
  const axis = sessionDateAxis(values.map((r) => r.date));
  return {
    ...specHead(input, values),
    encoding: {
      x: { field: 'date', type: 'temporal', timeUnit: 'utcyearmonthdate', axis },
      y: {
        field: 'value',
        type: 'quantitative',
        title: null,
        scale: { zero: false, nice: true, padding: 6 },
      },
    },
    layer: ratioLayers(domain, colors),
  };
}
