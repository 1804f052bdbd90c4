/**
 * What every chart spec shares: titled, described, sized for A4, deterministic. (How fast they
 * render is measured by `npm run bench`, not by a timed test.)
 */
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg, specTitle } from '../../src/charts/renderSvg.js';
import {
  calendarYearsFixture,
  drawdownFixture,
  rollingBetaFixture,
} from './fixtures/marketCharts.js';
import {
  rotationFixture,
  sectorBarsFixture,
  sectorHeatmapFixture,
} from './fixtures/sectorCharts.js';
import type { Json } from './fixtures/specJson.js';
import { streakHistoryFixture } from './fixtures/streakCharts.js';

/** Every chart's fixture, by golden name. */
const FIXTURES: Record<string, () => TopLevelSpec> = {
  streakHistory: () => streakHistoryFixture(),
  sectorBars: sectorBarsFixture,
  sectorHeatmap: sectorHeatmapFixture,
  rotationGraph: rotationFixture,
  drawdown: drawdownFixture,
  rollingBeta: rollingBetaFixture,
  calendarYears: calendarYearsFixture,
};

describe('every chart', () => {
  it.each(Object.keys(FIXTURES))('%s: titled, described, A4 width, deterministic', async (name) => {
    const spec: Json = FIXTURES[name]?.();
    const title = specTitle(spec);
    expect(title.length).toBeGreaterThan(10);
    expect(spec.description.length).toBeGreaterThan(20);
    expect(spec.width).toBe(name === 'rotationGraph' ? 308 : 360);
    const before = JSON.stringify(spec);
    const [a, b] = [await renderSvg(spec), await renderSvg(spec)];
    expect(a === b).toBe(true);
    expect(JSON.stringify(spec)).toBe(before);
    expect(a).toContain(`<title>`);
    expect(a).toContain(`<desc>`);
    const [, w] = /^<svg [^>]*width="(\d+)"/.exec(a) ?? [];
    expect(Number(w)).toBe(360);
    expect(a).not.toMatch(/font-size="(\d|10)(\.\d+)?px"/);
    expect(a).not.toContain('…');
    expect(a).not.toMatch(/NaN|Infinity|undefined/);
  });
});
