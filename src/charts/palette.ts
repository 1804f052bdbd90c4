/**
 * Every colour a chart SVG can contain, as plain `#rrggbb` presentation attributes (`fill`,
 * `stroke`): no CSS variables, no named colours, no `opacity` (marks that are lighter use
 * `fill-opacity`/`stroke-opacity`, which keep the colour itself a palette hex). The brief's dark
 * mode restyles the charts in CSS by matching these values (`figure.chart [fill="#1f2937"]`), so a
 * colour that is not listed in {@link SVG_PALETTE} cannot be restyled: every chart builder takes
 * its colours from here, and test/charts/palette.test.ts checks every rendered chart against it.
 */

/** Ink colours for text, axes and grid lines. */
export const INK = {
  /** Titles, labels, values. */
  text: '#1f2937',
  /** Axis titles, subtitles, secondary labels. */
  muted: '#4b5563',
  /** Axis lines and ticks. */
  axis: '#9ca3af',
  /** Grid lines. */
  grid: '#e5e7eb',
} as const;

/**
 * Text on a coloured heat-map cell. The cells keep their colours in dark mode (they are the
 * data), so their text keeps its dark ink: a colour of its own, which the dark-mode CSS leaves
 * alone (text in {@link BACKGROUND} white, on the darkest cells, is left alone too).
 */
export const CELL_INK = '#111827';

/** The chart's background, and the outline that sets dots and labels off from what is behind. */
export const BACKGROUND = '#ffffff';

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

/** `hex` mixed with white: `amount` of the colour (0..1), as `#rrggbb`. */
export function tint(hex: string, amount: number): string {
  return mix(hex, '#ffffff', amount);
}

/** Strength of the drawdown chart's area tints: 0 = white, 1 = the series colour. */
export const AREA_TINT = 0.16;

/** The opaque light tint under a series' line (drawdown areas), one per series colour. */
export function areaTint(seriesHex: string): string {
  return tint(seriesHex, AREA_TINT);
}

/**
 * Diverging colours for returns (ColorBrewer RdBu, safe for colour-blind readers): losses red,
 * gains blue. Used by the sector charts; never for a series (those keep the series colours).
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

/** Fill of a cell or area with no data (the grid's grey, distinct from the ramp's near-white zero). */
export const NO_DATA_COLOR = INK.grid;

/** Shading of the rotation graph's quadrants (leading blue, lagging red, the other two grey). */
export const QUADRANT_FILLS = {
  leading: '#e6eff7',
  lagging: '#fbebe5',
  other: '#f4f4f5',
} as const;

/**
 * Every colour a chart SVG can contain, by role. Dark mode restyles them ({@link DARK_COLORS},
 * src/charts/chartDarkCss.ts); print and the email show them as they are (light).
 */
export const SVG_PALETTE: Readonly<Record<string, string>> = {
  'ink: titles, labels, values, the correlation line, label leader lines': INK.text,
  'muted: axis titles, subtitles, quadrant names': INK.muted,
  'axis: axis lines, ticks, legend swatch outlines': INK.axis,
  'grid: grid lines; no-data cells': INK.grid,
  'background: chart background, outlines of dots, label backdrops, text on dark cells': BACKGROUND,
  'cell ink: text on heat-map cells': CELL_INK,
  'neutral: reference rules, moving averages, sector tails': NEUTRAL_COLOR,
  'highlight: the latest value, the current streak': HIGHLIGHT_COLOR,
  ...Object.fromEntries(Object.entries(SERIES_COLORS).map(([s, hex]) => [`series ${s}`, hex])),
  ...Object.fromEntries(
    Object.entries(SERIES_COLORS).map(([s, hex]) => [`area tint of ${s}`, areaTint(hex)]),
  ),
  ...Object.fromEntries(RETURN_RAMP.map((hex, k) => [`return ramp ${k - 4}`, hex])),
  'quadrant leading': QUADRANT_FILLS.leading,
  'quadrant lagging': QUADRANT_FILLS.lagging,
  'quadrant weakening, improving': QUADRANT_FILLS.other,
};

/** The brief's page in dark mode (templates/brief.css `--paper`): what dark chart colours sit on. */
export const DARK_BACKGROUND = '#16191d';

/** `hex` mixed with `base`: `amount` of `hex` (0..1), as `#rrggbb`. */
export function mix(hex: string, base: string, amount: number): string {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [a, b] = [rgb(hex), rgb(base)];
  const mixed = a.map((c, k) => Math.round((b[k] ?? 0) + (c - (b[k] ?? 0)) * amount));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Series colours on the dark page: lighter where the light-mode colour is too dark to read. */
const DARK_SERIES: Readonly<Record<string, string>> = {
  RUT: '#ff8a4d',
  GSPC: '#5aaee8',
  IXIC: '#3fcf9f',
  IWM: '#e69f00',
  SPY: '#56b4e9',
  QQQ: '#d98cb8',
};

/**
 * The dark-mode colour of each palette colour that changes (light hex -> dark hex). Ink, lines
 * and series get lighter (text at least 4.5:1 and lines at least 3:1 on {@link DARK_BACKGROUND},
 * grid lines stay faint by design); backgrounds, tints and quadrants get darker. Not listed, so
 * unchanged: the return ramp and {@link CELL_INK} (the heat map's cells are data and keep their
 * colours). Text in {@link BACKGROUND} white is only on dark cells, so only shapes change.
 */
export const DARK_COLORS: Readonly<Record<string, string>> = {
  [INK.text]: '#e6e8eb',
  [INK.muted]: '#b4bcc6',
  [INK.axis]: '#7d8691',
  [INK.grid]: '#2e343b',
  [BACKGROUND]: DARK_BACKGROUND,
  [NEUTRAL_COLOR]: '#9aa3ae',
  [HIGHLIGHT_COLOR]: '#b9a2ff',
  ...Object.fromEntries(
    Object.entries(SERIES_COLORS).flatMap(([s, hex]) => {
      const dark = DARK_SERIES[s] ?? hex;
      return [
        [hex, dark],
        [areaTint(hex), mix(dark, DARK_BACKGROUND, 0.22)],
      ];
    }),
  ),
  [QUADRANT_FILLS.leading]: '#1c2836',
  [QUADRANT_FILLS.lagging]: '#33231f',
  [QUADRANT_FILLS.other]: '#22262c',
};
