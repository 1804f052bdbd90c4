/**
 * The brief's chart colour CSS, generated from the palette (palette.ts), injected after the
 * brief's own CSS (`{{{chartCss}}}` in templates/brief.hbs). Every chart colour is a `#rrggbb`
 * `fill` or `stroke` presentation attribute on an element or on a `<g>` its children inherit from
 * (compactLeaves.ts; a text always carries its own `fill`), so attribute selectors restyle them:
 * - on a dark screen, each colour of {@link DARK_COLORS} becomes its dark counterpart (white
 *   text stays: it sits only on the heat map's dark cells, which keep their colours);
 * - in light mode and in print, text in a series colour lighter than 4.5:1 on white is drawn in
 *   the same hue darkened to 4.5:1 ({@link readableOnWhite}).
 * Same palette, same bytes: the rules are in palette order.
 */
import { contrast, TEXT_CONTRAST } from './contrast.js';
import {
  BACKGROUND,
  DARK_COLORS,
  HIGHLIGHT_COLOR,
  mix,
  NEUTRAL_COLOR,
  SERIES_COLORS,
} from './palette.js';

const SCOPE = 'figure.chart svg';

/** `hex` darkened (mixed with black in 2% steps) until text in it has 4.5:1 on white. */
export function readableOnWhite(hex: string): string {
  let amount = 1;
  let out = hex;
  while (contrast(out, BACKGROUND) < TEXT_CONTRAST && amount > 0) {
    amount = Math.round((amount - 0.02) * 100) / 100;
    out = mix(hex, '#000000', amount);
  }
  return out;
}

/** Text colours that need {@link readableOnWhite} on a light page, as [light, darker] pairs. */
export function lightTextFixes(): [string, string][] {
  const inks = [...Object.values(SERIES_COLORS), NEUTRAL_COLOR, HIGHLIGHT_COLOR];
  return inks
    .filter((hex) => contrast(hex, BACKGROUND) < TEXT_CONTRAST)
    .map((hex) => [hex, readableOnWhite(hex)]);
}

/** The dark-mode rules: fills and strokes of every {@link DARK_COLORS} entry that changes. */
function darkRules(): string[] {
  const changed = Object.entries(DARK_COLORS).filter(([light, dark]) => light !== dark);
  return changed.flatMap(([light, dark]) => {
    const fill = light === BACKGROUND ? `[fill="${light}"]:not(text)` : `[fill="${light}"]`;
    return [`${SCOPE} ${fill}{fill:${dark}}`, `${SCOPE} [stroke="${light}"]{stroke:${dark}}`];
  });
}

/**
 * The CSS (see the module doc). Text fixed for light mode is restyled in dark mode with a
 * `text[...]` rule of the same specificity as the light one.
 */
export function chartColorCss(): string {
  const fixes = lightTextFixes();
  // Where the dark colour is the light one, the light-mode fix does not apply on a dark screen
  // and nothing is left to undo.
  const darkText = fixes
    .map(([light]) => [light, DARK_COLORS[light] ?? light] as const)
    .filter(([light, dark]) => light !== dark)
    .map(([light, dark]) => `${SCOPE} text[fill="${light}"]{fill:${dark}}`);
  const lightText = fixes.map(
    ([light, darker]) => `${SCOPE} text[fill="${light}"]{fill:${darker}}`,
  );
  return [
    '/* Chart colours (generated from src/charts/palette.ts by src/charts/chartDarkCss.ts) */',
    `@media print,(prefers-color-scheme:light){${lightText.join('')}}`,
    `@media screen and (prefers-color-scheme:dark){${[...darkRules(), ...darkText].join('')}}`,
  ].join('\n');
}

/** {@link chartColorCss}, computed once. */
export const CHART_CSS = chartColorCss();
