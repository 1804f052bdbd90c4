/**
 * The one chart theme of the brief: fonts, sizes and colours (the shared date axis is in
 * sessionDateAxis.ts).
 * Every chart builder takes its look from here so that a series has the same colour
 * on every chart and every page.
 */
import type { Config } from 'vega-lite';
import { BACKGROUND, INK, NEUTRAL_COLOR, SERIES_COLORS } from './palette.js';

/**
 * Font stack for chart text, the page's own: Inter is embedded in the HTML (and given to resvg for
 * the email's PNGs) with every glyph the charts draw, so no named fallback is ever reached.
 */
export const CHART_FONT = 'Inter, sans-serif';

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
