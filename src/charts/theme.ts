/**
 * The one chart theme of the brief: fonts, sizes, colours and the shared date axis.
 * Every chart builder takes its look from here so that a series has the same colour
 * on every chart and every page.
 */
import type { Config } from 'vega-lite';

/** Font stack for chart text. Inter is bundled into the HTML; Arial/Liberation Sans is the fallback. */
export const CHART_FONT = 'Inter, Arial, Helvetica, sans-serif';

/** Outer size of every chart in CSS px (fits A4 content width of ~180 mm). */
export const CHART_SIZE = { width: 680, height: 260 } as const;

/** Font sizes in px; nothing on a printed chart is smaller than 11px. */
export const FONT_SIZE = { title: 14, label: 11, value: 11 } as const;

/** Ink colours for text, axes and grid lines. */
export const INK = {
  text: '#1f2937',
  muted: '#4b5563',
  axis: '#9ca3af',
  grid: '#e5e7eb',
} as const;

/** Neutral colour: reference rules, moving averages, anything that is context. */
export const NEUTRAL_COLOR = '#6b7280';

/** Highlight colour: the latest value, a marker the reader should look at first. */
export const HIGHLIGHT_COLOR = '#6d28d9';

/**
 * One colour per series, used on every chart (Okabe-Ito, safe for colour-blind readers).
 * Small caps are warm (RUT vermillion, IWM orange), large caps cool.
 */
export const SERIES_COLORS: Readonly<Record<string, string>> = {
  RUT: '#d55e00',
  GSPC: '#0072b2',
  IXIC: '#009e73',
  IWM: '#e69f00',
  SPY: '#56b4e9',
  QQQ: '#cc79a7',
};

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
  background: 'white',
  padding: { top: 4, right: 12, bottom: 4, left: 4 },
  view: { stroke: null },
  title: {
    fontSize: FONT_SIZE.title,
    fontWeight: 600,
    color: INK.text,
    anchor: 'start',
    frame: 'group',
    offset: 6,
    limit: CHART_SIZE.width - 24,
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
    labelLimit: 220,
    symbolType: 'stroke',
    symbolStrokeWidth: 3,
    symbolSize: 240,
    columnPadding: 18,
    padding: 0,
    offset: 8,
  },
  line: { strokeWidth: 2, strokeJoin: 'round', strokeCap: 'round' },
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

/** Parses an ISO session date (`YYYY-MM-DD`) to its UTC-midnight timestamp. */
export function utcMs(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(ms)) {
    throw new Error(`chart data: not an ISO session date: ${JSON.stringify(date)}`);
  }
  return ms;
}

/** Month steps that keep January on the axis (so the year label always shows). */
const MONTH_STEPS = [1, 2, 3, 4, 6, 12];

/** First session of each month, every `step` months; the first date counts if it opens its month. */
function monthTicks(ms: number[]): number[] {
  const starts = ms.filter((t, i) => {
    const prev = ms[i - 1];
    if (prev === undefined) return new Date(t).getUTCDate() <= 4; // no session before day 4
    return new Date(t).getUTCMonth() !== new Date(prev).getUTCMonth();
  });
  const step = MONTH_STEPS.find((s) => starts.length / s <= 13) ?? 12;
  return starts.filter((t) => new Date(t).getUTCMonth() % step === 0);
}

/**
 * Tick positions for a session-date axis, always on real sessions (never weekends).
 * Up to ~3 months: every k-th session from the first (at most 7 ticks). Longer: the first
 * session of each month (every 2nd, 3rd, ... month past 13 months, January always kept).
 */
export function sessionTicks(sortedDates: readonly string[]): number[] {
  const ms = [...new Set(sortedDates)].map(utcMs);
  const first = ms[0];
  const last = ms[ms.length - 1];
  if (first === undefined || last === undefined) return [];
  if (last - first > SHORT_SPAN_MS) return monthTicks(ms);
  const step = Math.max(1, Math.ceil((ms.length - 1) / 6));
  return ms.filter((_, i) => i % step === 0);
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
 * Diverging colours for returns (ColorBrewer RdBu, safe for colour-blind readers): losses red,
 * gains blue. Used by the sector charts; never for a series (those keep {@link seriesColor}).
 */
export const RETURN_COLORS = { negative: '#b2182b', positive: '#2166ac' } as const;

/** The 9-step diverging ramp behind {@link RETURN_COLORS}, from the largest loss to the largest gain. */
export const RETURN_RAMP: readonly string[] = [
  '#b2182b',
  '#d6604d',
  '#f4a582',
  '#fddbc7',
  '#f7f7f7',
  '#d1e5f0',
  '#92c5de',
  '#4393c3',
  '#2166ac',
];

/** Fill of a cell or area with no data (distinct from the ramp's near-white zero). */
export const NO_DATA_COLOR = '#e5e7eb';

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
