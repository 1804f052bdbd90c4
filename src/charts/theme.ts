/**
 * The one chart theme of the brief: fonts, sizes, colours and the shared date axis.
 * Every chart builder takes its look from here so that a series has the same colour
 * on every chart and every page.
 */
import type { Config } from 'vega-lite';
import { BACKGROUND, INK, NEUTRAL_COLOR, SERIES_COLORS } from './palette.js';

/** Font stack for chart text. Inter is bundled into the HTML; Arial/Liberation Sans is the fallback. */
export const CHART_FONT = 'Inter, Arial, Helvetica, sans-serif';

/**
 * Outer size of every chart in CSS px: the natural width of a chart in the brief's layout (two
 * side by side on a desktop page and in print, one per row on a phone), so chart text is drawn
 * at its own size (at least 11 px) wherever the chart is shown at its natural width.
 */
export const CHART_SIZE = { width: 360, height: 220 } as const;

/** Font sizes in px; nothing on a chart is smaller than 11px. */
export const FONT_SIZE = { title: 13, label: 11, value: 11 } as const;

export {
  BACKGROUND,
  HIGHLIGHT_COLOR,
  INK,
  NEUTRAL_COLOR,
  NO_DATA_COLOR,
  RETURN_COLORS,
  RETURN_RAMP,
  SERIES_COLORS,
  SVG_PALETTE,
} from './palette.js';

/**
 * The colour of a series by symbol. Accepts Yahoo index symbols with a caret (`^RUT`)
 * and any case; an unknown symbol gets {@link NEUTRAL_COLOR}.
 */
export function seriesColor(symbol: string): string {
  const key = symbol.trim().replace(/^\^/, '').toUpperCase();
  return SERIES_COLORS[key] ?? NEUTRAL_COLOR;
}

/** Vega-Lite config shared by all charts: fonts, sizes, axis and legend styling. */
export const chartConfig: Config = {
  font: CHART_FONT,
  background: BACKGROUND,
  // No per-mark roles and labels: the SVG is one image with its title and description
  // (addSvgAccessibility); per-mark ARIA attributes were a quarter of the brief's HTML.
  aria: false,
  // Negatives with the hyphen-minus, as the brief's text and tables print them ("-5%" like
  // "-1.82%"); d3-format's default U+2212 ("−5%") mixed two minus signs in one brief.
  locale: {
    number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '-' },
  },
  padding: { top: 4, right: 8, bottom: 4, left: 4 },
  view: { stroke: null },
  title: {
    fontSize: FONT_SIZE.title,
    fontWeight: 600,
    color: INK.text,
    anchor: 'start',
    frame: 'bounds',
    offset: 6,
    limit: CHART_SIZE.width - 12,
  },
  axis: {
    labelFontSize: FONT_SIZE.label,
    titleFontSize: FONT_SIZE.label,
    titleFontWeight: 'normal',
    labelColor: INK.muted,
    titleColor: INK.muted,
    domainColor: INK.axis,
    tickColor: INK.axis,
    gridColor: INK.grid,
    labelPadding: 4,
    labelLimit: 90,
  },
  axisX: { grid: false, labelAngle: 0, labelOverlap: true, labelFlush: true },
  axisY: { labelOverlap: true, tickCount: 6 },
  legend: {
    orient: 'top',
    direction: 'horizontal',
    labelFontSize: FONT_SIZE.label,
    labelColor: INK.text,
    labelLimit: 200,
    symbolType: 'stroke',
    symbolStrokeWidth: 3,
    symbolSize: 160,
    symbolOffset: 0,
    labelOffset: 4,
    columnPadding: 10,
    rowPadding: 4,
    padding: 0,
    offset: 6,
  },
  line: { strokeWidth: 2, strokeJoin: 'round', strokeCap: 'round' },
  // Vega-Lite draws points at opacity 0.7 by default: every mark with an `opacity` below 1 is a
  // transparency group in the PDF. Lighter marks use fillOpacity/strokeOpacity instead.
  point: { opacity: 1 },
  circle: { opacity: 1 },
  square: { opacity: 1 },
};

/** Top-level sizing: the whole chart (axes, legend, title included) is exactly CHART_SIZE. */
export const chartFrame = {
  width: CHART_SIZE.width,
  height: CHART_SIZE.height,
  autosize: { type: 'fit', contains: 'padding' },
  config: chartConfig,
} as const;

/** Spans up to this long get day labels; longer ones get month labels. */
const SHORT_SPAN_MS = 92 * 86_400_000;

/** Parses an ISO session date (`YYYY-MM-DD`, a day that exists) to its UTC-midnight timestamp. */
export function utcMs(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March 2: the round trip catches it.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new Error(`chart data: not an ISO session date: ${JSON.stringify(date)}`);
  }
  return ms;
}

/** Month labels on a 360 px axis (`Jan` is ~20 px wide at 11 px). */
const MAX_MONTH_LABELS = 8;

/** Month steps that keep January on the axis (so the year label always shows). */
const MONTH_STEPS = [1, 2, 3, 4, 6, 12];

/** First session of each month, every `step` months; the first date counts if it opens its month. */
function monthTicks(ms: number[]): number[] {
  const starts = ms.filter((t, i) => {
    const prev = ms[i - 1];
    if (prev === undefined) return new Date(t).getUTCDate() <= 4; // no session before day 4
    return new Date(t).getUTCMonth() !== new Date(prev).getUTCMonth();
  });
  const step = MONTH_STEPS.find((s) => starts.length / s <= MAX_MONTH_LABELS) ?? 12;
  return starts.filter((t) => new Date(t).getUTCMonth() % step === 0);
}

/**
 * Tick positions for a session-date axis, always on real sessions (never weekends).
 * Up to ~3 months: every k-th session from the first (at most 6 ticks). Longer: the first
 * session of each month (every 2nd, 3rd, ... month past 8 months, January always kept).
 */
export function sessionTicks(sortedDates: readonly string[]): number[] {
  const ms = [...new Set(sortedDates)].map(utcMs);
  const first = ms[0];
  const last = ms[ms.length - 1];
  if (first === undefined || last === undefined) return [];
  if (last - first > SHORT_SPAN_MS) return monthTicks(ms);
  const step = Math.max(1, Math.ceil((ms.length - 1) / 5));
  return clearOfFlushLabels(
    ms.filter((_, i) => i % step === 0),
    last - first,
  );
}

/**
 * Closest a tick may be to the first or last one, as a share of the span: vega sets the first
 * label flush left and the last flush right (labelFlush), so each reaches a whole label's width
 * inward; a centred neighbour needs about 1.5 labels (`Jan 20`, ~34 px) and a gap, ~55 px of a
 * ~320 px plot.
 */
const FLUSH_CLEARANCE = 0.17;

/** `ticks` without the second and the last but one when they are too close to the ends. */
function clearOfFlushLabels(ticks: number[], span: number): number[] {
  const near = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && Math.abs(b - a) < FLUSH_CLEARANCE * span;
  let out = ticks;
  if (out.length > 2 && near(out[out.length - 2], out[out.length - 1]))
    out = [...out.slice(0, -2), out[out.length - 1] as number];
  if (out.length > 2 && near(out[0], out[1])) out = [out[0] as number, ...out.slice(2)];
  return out;
}

/**
 * Shared x axis for session dates: explicit ticks on sessions, labels formatted in UTC
 * (`Jan 2` on spans up to ~3 months, `Feb` on longer ones), with the year on a second line
 * under the first tick and wherever the year changes. Tick spacing is chosen so labels cannot
 * collide, so overlap removal (vega over-estimates text widths without a canvas) is off.
 */
export function sessionDateAxis(sortedDates: readonly string[]) {
  const values = sessionTicks(sortedDates);
  const year = (t: number | undefined) => (t === undefined ? NaN : new Date(t).getUTCFullYear());
  const yearTicks = values.filter((t, i) => i === 0 || year(t) !== year(values[i - 1]));
  const first = sortedDates[0];
  const last = sortedDates[sortedDates.length - 1];
  const short =
    first === undefined || last === undefined || utcMs(last) - utcMs(first) <= SHORT_SPAN_MS;
  const label = `utcFormat(datum.value, '${short ? '%b %-d' : '%b'}')`;
  const labelExpr = `indexof([${yearTicks.join(',')}], time(datum.value)) >= 0 ? [${label}, utcFormat(datum.value, '%Y')] : ${label}`;
  return { title: null, values, labelExpr, labelOverlap: false } as const;
}

/**
 * Moves label positions (px, any order) apart so neighbours are at least `gap` apart, keeping
 * them as close to where they were as possible and inside [lo, hi]. Returns positions in the
 * input order. Deterministic; used for end-of-line value labels that would collide.
 */
export function separateLabels(
  positions: readonly number[],
  gap: number,
  lo = -Infinity,
  hi = Infinity,
): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const placed = order.map((o) => o.p);
  for (let pass = 0; pass < positions.length + 1; pass++) {
    for (let k = 1; k < placed.length; k++) {
      const over = gap - ((placed[k] as number) - (placed[k - 1] as number));
      if (over > 0) {
        placed[k - 1] = (placed[k - 1] as number) - over / 2;
        placed[k] = (placed[k] as number) + over / 2;
      }
    }
    const shift = Math.max(0, lo - (placed[0] ?? lo)) - Math.max(0, (placed.at(-1) ?? hi) - hi);
    for (let k = 0; k < placed.length; k++) placed[k] = (placed[k] as number) + shift;
  }
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => (out[o.i] = placed[k] as number));
  return out;
}

/**
 * The x encoding of every chart over session dates: the `date` field read as a UTC calendar date
 * (no time-zone shift) with ticks on real sessions.
 */
export function sessionDateX(sortedDates: readonly string[]) {
  return {
    field: 'date',
    type: 'temporal',
    timeUnit: 'utcyearmonthdate',
    axis: sessionDateAxis(sortedDates),
  } as const;
}
