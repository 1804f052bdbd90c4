/**
 * Multi-line chart of indices rebased to 100 at the start of the window.
 */
import type { TopLevelSpec } from 'vega-lite';
import { specHead } from './specParts.js';
import { sessionDateX, utcMs } from './sessionDateAxis.js';
import { NEUTRAL_COLOR } from './theme.js';

/** One value of one series on one session. */
export interface LinePoint {
  /** ISO session date, `YYYY-MM-DD` (read as a UTC calendar date, never shifted). */
  date: string;
  /** Legend label of the series, a key of the chart's `colors`. */
  series: string;
  value: number;
}

/** Input of {@link rebasedChartSpec}. */
export interface RebasedChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  /** Already rebased by the caller (first session = 100). */
  points: readonly LinePoint[];
  /** Legend label -> colour; the key order is the legend order. */
  colors: Record<string, string>;
}

export { CHART_DATA_NAME } from './specParts.js';

/** Checks the points against the colours and returns a copy sorted by date, then legend order. */
export function sortLinePoints(
  points: readonly LinePoint[],
  colors: Record<string, string>,
): LinePoint[] {
  const order = Object.keys(colors);
  for (const p of points) {
    utcMs(p.date);
    if (!order.includes(p.series)) {
      throw new Error(`chart data: series ${JSON.stringify(p.series)} has no colour`);
    }
    if (!Number.isFinite(p.value)) {
      throw new Error(`chart data: ${p.series} on ${p.date} is not a finite number`);
    }
  }
  const rank = (s: string) => order.indexOf(s);
  return points
    .map((p) => ({ date: p.date, series: p.series, value: p.value }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a.series) - rank(b.series)));
}

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/**
 * Vega-Lite spec of the rebased chart: one line per series (colours as given, the third thinner),
 * a dashed rule at 100, legend on top, x = session date (UTC), y = rebased value.
 */
export function rebasedChartSpec(input: RebasedChartInput): TopLevelSpec {
  const values = sortLinePoints(input.points, input.colors);
  const dates = values.map((p) => p.date);
  const names = Object.keys(input.colors);
  const encoding = {
    x: sessionDateX(dates),
    y: {
      field: 'value',
      type: 'quantitative',
      // The title says what 100 is; an axis title would take 16 px of a 360 px chart.
      title: null,
      scale: { zero: false, nice: true, padding: 6 },
    },
    color: {
      field: 'series',
      type: 'nominal',
      scale: { domain: names, range: Object.values(input.colors) },
      legend: { title: null },
    },
  } as const;
  // The third line and after thinner, in a layer drawn over the first two: the S&P 500 and the
  // Nasdaq often run on top of each other, and blue beside bluish green alone did not tell them
  // apart. (Not dashed: a dash costs a path segment, ~1.5 KB a chart.)
  const lines = (oneOf: string[], strokeWidth?: number): Layer => ({
    transform: [{ filter: { field: 'series', oneOf } }],
    mark: { type: 'line', ...(strokeWidth ? { strokeWidth } : {}) },
    encoding,
  });
  return {
    ...specHead(input, values),
    layer: [
      {
        // One row of its own: a rule over the chart's data would be drawn once per row.
        data: { values: [{}] },
        mark: { type: 'rule', color: NEUTRAL_COLOR, strokeDash: [4, 3], strokeWidth: 1 },
        encoding: { y: { datum: 100 } },
      },
      lines(names.slice(0, 2)),
      ...(names.length > 2 ? [lines(names.slice(2), 1.25)] : []),
    ],
  };
}
