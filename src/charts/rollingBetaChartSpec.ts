/**
 * Rolling beta and correlation of small caps against large caps: two lines on one axis (both
 * are read against 1), a reference rule at 1 and the latest values at the line ends.
 */
import type { TopLevelSpec } from 'vega-lite';
import { END_LABEL_MARK, placeEndLabels, specHead } from './specParts.js';
import { formatNumber } from '../model/format.js';
import { sessionDateX } from './sessionDateAxis.js';
import { FONT_SIZE, INK, NEUTRAL_COLOR, seriesColor } from './theme.js';
import { sortedByDate } from './sortedByDate.js';

/** Beta and correlation of the window ending on one session. */
export interface BetaCorrelationSample {
  /** ISO session date, the window's last session. */
  date: string;
  /** cov(small, large) / var(large) over the window. */
  beta: number;
  /** Pearson correlation of the daily returns over the window, in [-1, 1]. */
  correlation: number;
}

/** Input of {@link rollingBetaChartSpec}. */
export interface RollingBetaChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  /** One sample per session, e.g. the last 252. */
  points: readonly BetaCorrelationSample[];
  /** Sessions per window, e.g. 60 (named in the legend). */
  window: number;
  /** Symbol whose colour the beta line takes (default `RUT`: it is the small caps' beta). */
  symbol?: string;
}

/** A row of the chart's dataset; the last row of each line carries its end label. */
export interface BetaRow {
  date: string;
  series: string;
  value: number;
  labelAt?: number;
  text?: string;
}

/** Colour of the correlation line: dark ink, distinct from the beta's series colour and the neutral rule. */
export const CORRELATION_COLOR = INK.text;

/** Legend labels: `Beta (60 sessions)`, `Correlation (60 sessions)`. */
export function betaSeriesLabels(window: number): [string, string] {
  return [`Beta (${window} sessions)`, `Correlation (${window} sessions)`];
}

/** y domain: the data and 1, widened to tenths. */
export function betaDomain(values: readonly number[]): [number, number] {
  const lo = Math.floor(Math.min(1, ...values) * 10 - 1e-9) / 10;
  const hi = Math.ceil(Math.max(1, ...values) * 10 + 1e-9) / 10;
  return [lo, hi];
}

/** Rows sorted by date (beta before correlation); checks the values; adds the end labels. */
export function betaRows(input: RollingBetaChartInput, domain: [number, number]): BetaRow[] {
  const [betaLabel, corrLabel] = betaSeriesLabels(input.window);
  const pts = sortedByDate(input.points, (p) => p.date);
  const rows: BetaRow[] = [];
  for (const p of pts) {
    if (
      !Number.isFinite(p.beta) ||
      !Number.isFinite(p.correlation) ||
      Math.abs(p.correlation) > 1 + 1e-9
    )
      throw new Error(
        `rolling beta chart: bad beta ${p.beta} or correlation ${p.correlation} on ${p.date}`,
      );
    rows.push({ date: p.date, series: betaLabel, value: p.beta });
    rows.push({ date: p.date, series: corrLabel, value: p.correlation });
  }
  const ends = rows.slice(-2);
  placeEndLabels(ends, domain, (v) => formatNumber(v, 2));
  return rows;
}

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** x = session date (UTC), y = beta / correlation, colour = the two lines. */
function betaEncoding(input: RollingBetaChartInput, rows: BetaRow[], domain: number[]) {
  const dates = rows.map((r) => r.date);
  return {
    x: sessionDateX(dates),
    y: {
      field: 'value',
      type: 'quantitative',
      title: null,
      scale: { domain, nice: false },
      // Ticks at least 0.1 apart: one decimal then tells every label apart (at 0.05 apart,
      // 2023-03-13 read 1.1, 1.1, 1.1).
      axis: { format: '.1f', tickMinStep: 0.1 },
    },
    color: {
      field: 'series',
      type: 'nominal',
      scale: {
        domain: betaSeriesLabels(input.window),
        range: [seriesColor(input.symbol ?? 'RUT'), CORRELATION_COLOR],
      },
      legend: { title: null, labelLimit: 320 },
    },
  } as const;
}

/** The dashed rule at 1, the two lines, and their latest values at the line ends. */
function betaLayers(input: RollingBetaChartInput, values: BetaRow[], domain: number[]): Layer[] {
  const { x, y, color } = betaEncoding(input, values, domain);
  const label = END_LABEL_MARK;
  return [
    {
      // One row of its own: a rule over the chart's data would be drawn once per row.
      data: { values: [{}] },
      mark: { type: 'rule', color: NEUTRAL_COLOR, strokeDash: [4, 3], strokeWidth: 1 },
      encoding: { y: { datum: 1, type: 'quantitative', scale: y.scale } },
    },
    { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, color } },
    {
      transform: [{ filter: 'isValid(datum.text)' }],
      mark: { ...label, fontSize: FONT_SIZE.value },
      encoding: { x, y: { ...y, field: 'labelAt' }, text: { field: 'text' }, color },
    },
  ];
}

/**
 * Vega-Lite spec of the rolling beta and correlation: beta in the small-cap series colour,
 * correlation in dark ink, a dashed neutral rule at 1, a legend naming the window, x = session
 * date (UTC), and the latest value of each line at its end. Throws on a non-finite value or a
 * correlation outside [-1, 1].
 */
export function rollingBetaChartSpec(input: RollingBetaChartInput): TopLevelSpec {
  if (!Number.isInteger(input.window) || input.window < 2)
    throw new Error(`rolling beta chart: window must be an integer >= 2 (got ${input.window})`);
  const domain = betaDomain(input.points.flatMap((p) => [p.beta, p.correlation]));
  const values = betaRows(input, domain);
  return {
    ...specHead(input, values),
    layer: betaLayers(input, values, domain),
  };
}
