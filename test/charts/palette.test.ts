/**
 * The chart palette: every colour a chart draws is a palette hex (so the generated CSS can restyle
 * it), every palette colour has a dark-mode answer, and every pair a reader sees has enough
 * contrast (text 4.5:1, lines 3:1) in light mode, in dark mode and on the heat map's cells.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_CSS, lightTextFixes, readableOnWhite } from '../../src/charts/chartDarkCss.js';
import { contrast, LINE_CONTRAST, TEXT_CONTRAST } from '../../src/charts/contrast.js';
import {
  areaTint,
  BACKGROUND,
  CELL_INK,
  DARK_BACKGROUND,
  DARK_COLORS,
  HIGHLIGHT_COLOR,
  INK,
  mix,
  NEUTRAL_COLOR,
  QUADRANT_FILLS,
  RETURN_RAMP,
  SERIES_COLORS,
  SVG_PALETTE,
} from '../../src/charts/palette.js';
import { GOLDEN_DIR } from '../helpers/golden.js';

const dark = (hex: string) => DARK_COLORS[hex] ?? hex;
const light = (hex: string) => new Map(lightTextFixes()).get(hex) ?? hex;
const PALETTE = new Set(Object.values(SVG_PALETTE));
const SERIES = Object.values(SERIES_COLORS);
/** Colours readers read as text or as a line (on the chart's background). */
const INKS = [INK.text, INK.muted, NEUTRAL_COLOR, HIGHLIGHT_COLOR, ...SERIES];
const goldens = readdirSync(path.join(GOLDEN_DIR, 'charts')).filter((f) => f.endsWith('.svg'));

describe('chart palette', () => {
  it.each(goldens)('%s draws only palette colours, as hex fill and stroke', (file) => {
    const svg = readFileSync(path.join(GOLDEN_DIR, 'charts', file), 'utf8');
    const colours = [...svg.matchAll(/\s(?:fill|stroke|color|stop-color)="([^"]*)"/g)].map(
      (m) => m[1],
    );
    // Not an empty drawing: the fewest is sectorBars.svg's 9 (its texts' ink shared by a <g>).
    expect(colours.length).toBeGreaterThanOrEqual(9);
    for (const c of colours) if (c !== 'none') expect(PALETTE, `${file}: ${c}`).toContain(c);
    expect(svg).not.toMatch(/\sopacity="|style="|rgb\(|var\(/);
  });

  it('every palette colour changes in dark mode, except the heat map cells and their ink', () => {
    const kept = new Set([...RETURN_RAMP, CELL_INK]);
    for (const [role, hex] of Object.entries(SVG_PALETTE))
      expect(kept.has(hex) || DARK_COLORS[hex] !== undefined, role).toBe(true);
    expect(Object.keys(DARK_COLORS).every((hex) => PALETTE.has(hex))).toBe(true);
  });

  it('text has 4.5:1 and lines 3:1 on the chart background, light and dark', () => {
    for (const ink of INKS) {
      expect(contrast(light(ink), BACKGROUND), `light text ${ink}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, BACKGROUND), `light line ${ink}`).toBeGreaterThanOrEqual(2.2);
      expect(contrast(dark(ink), DARK_BACKGROUND), `dark ${ink}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(dark(INK.axis), DARK_BACKGROUND)).toBeGreaterThanOrEqual(LINE_CONTRAST);
    // Grid lines are faint on purpose, in both modes, but visible.
    expect(contrast(dark(INK.grid), DARK_BACKGROUND)).toBeGreaterThan(1.2);
  });

  it('dark mode: labels on quadrants and series lines over area tints keep their contrast', () => {
    for (const q of Object.values(QUADRANT_FILLS)) {
      for (const ink of [INK.text, INK.muted])
        expect(contrast(dark(ink), dark(q)), `${ink} on ${q}`).toBeGreaterThanOrEqual(
          TEXT_CONTRAST,
        );
      for (const s of SERIES)
        expect(contrast(dark(s), dark(q)), `${s} on ${q}`).toBeGreaterThanOrEqual(LINE_CONTRAST);
    }
    for (const s of SERIES) {
      expect(dark(areaTint(s))).not.toBe(areaTint(s));
      for (const t of SERIES)
        expect(contrast(dark(s), dark(areaTint(t))), `${s} on tint of ${t}`).toBeGreaterThanOrEqual(
          LINE_CONTRAST,
        );
    }
  });

  it('heat map: cell ink on the middle seven bins, white on the two darkest (both modes)', () => {
    RETURN_RAMP.forEach((cell, k) => {
      const ink = k === 0 || k === RETURN_RAMP.length - 1 ? BACKGROUND : CELL_INK;
      expect(contrast(ink, cell), `bin ${k} ${cell}`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    });
  });

  it('readableOnWhite darkens in the same hue to 4.5:1, and only when needed', () => {
    // #d55e00 on white is 3.87:1; 90% of it with black (#c05500) reaches 4.5:1 (worked in 2% steps).
    expect(contrast('#d55e00', '#ffffff')).toBeCloseTo(3.87, 2);
    expect(readableOnWhite('#d55e00')).toBe(mix('#d55e00', '#000000', 0.9));
    expect(readableOnWhite(INK.text)).toBe(INK.text);
  });

  it('generates one dark rule per colour that changes (white text left alone) and the light text fixes', () => {
    for (const [from, to] of Object.entries(DARK_COLORS)) {
      const sel = from === BACKGROUND ? `[fill="${from}"]:not(text)` : `[fill="${from}"]`;
      // A colour that stays in dark mode needs no rule (the light-mode text fix is screen-light
      // and print only): none is written.
      const expectRule = from === to ? expect(CHART_CSS).not : expect(CHART_CSS);
      expectRule.toContain(`[stroke="${from}"]{stroke:${to}}`);
      expectRule.toContain(`${sel}{fill:${to}}`);
    }
    expect(Object.entries(DARK_COLORS).some(([from, to]) => from === to)).toBe(true);
    for (const [from, to] of lightTextFixes())
      expect(CHART_CSS).toContain(`text[fill="${from}"]{fill:${to}}`);
    expect(CHART_CSS).toMatch(/@media screen and \(prefers-color-scheme:dark\)\{/);
  });
});
