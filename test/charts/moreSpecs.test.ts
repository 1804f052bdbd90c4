import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from '../../src/charts/renderSvg.js';
import { sectorBarsChartSpec } from '../../src/charts/sectorBarsChartSpec.js';
import { sectorHeatmapChartSpec } from '../../src/charts/sectorHeatmapChartSpec.js';

// Specs are plain JSON; tests read them loosely.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../golden/charts');

/** Compares with the golden file, or rewrites it when UPDATE_GOLDEN=1. */
function expectGolden(name: string, svg: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, svg);
  }
  if (!existsSync(file)) throw new Error(`missing golden ${file}: run with UPDATE_GOLDEN=1`);
  expect(svg === readFileSync(file, 'utf8'), `${name} differs from golden (UPDATE_GOLDEN=1 to accept)`).toBe(true);
}

// ---- Fixtures: real sector closes (data/closes) for the 10 sessions to 2026-08-21. ----

const SECTOR_NAMES: Record<string, string> = {
  XLB: 'Materials',
  XLC: 'Communication Services',
  XLE: 'Energy',
  XLF: 'Financials',
  XLI: 'Industrials',
  XLK: 'Technology',
  XLP: 'Consumer Staples',
  XLRE: 'Real Estate',
  XLU: 'Utilities',
  XLV: 'Health Care',
  XLY: 'Consumer Discretionary',
};
const TEN_DATES = '10 11 12 13 14 17 18 19 20 21'.split(' ').map((d) => `2026-08-${d}`);
/** Daily returns in percent, 2026-08-10 .. 2026-08-21. */
const SECTOR_DAILY_PCT: Record<string, number[]> = {
  XLB: [0.6, 0.11, -1.24, -0.51, 0.44, -0.57, -0.88, 1.43, -0.19, 2.1],
  XLC: [0.52, -0.5, -0.9, 2.07, 0.36, -1.89, -0.31, 0.76, -0.57, 0.66],
  XLE: [4.66, 1.25, 0.16, 0.05, 1.39, 1.08, 1.76, -0.16, 0.27, -0.17],
  XLF: [0.36, -0.02, 0.21, 0.59, -0.17, -1.0, 0.45, -0.62, -0.92, 0.93],
  XLI: [-0.31, 0.6, 0.1, -0.05, 0.39, -0.1, -1.48, -0.88, -1.2, 0.27],
  XLK: [-0.88, -0.12, 1.49, 1.01, -0.4, 0.16, -2.47, -1.07, -0.29, 0.11],
  XLP: [-0.2, -0.31, 0.46, 1.08, 0.1, -1.64, 1.06, 1.12, -1.41, 0.78],
  XLRE: [-1.29, -0.72, 0.93, 1.42, 0.33, -0.97, -0.45, 0.81, 0.2, -0.02],
  XLU: [-1.1, 1.16, 0.48, 0.46, 0.61, -0.29, -0.36, 0, -0.57, -2.28],
  XLV: [1.67, -0.26, 0.26, -0.04, -0.6, -0.19, 1.6, 3.51, -1.87, 1.29],
  XLY: [-0.16, -0.36, -1.13, 0.47, -0.21, -1.23, -0.33, 1.92, -1.61, 1.15],
};

function sectorBarsFixture(): TopLevelSpec {
  return sectorBarsChartSpec({
    title: 'Sector returns on Aug 21, 2026',
    description: 'Materials led with +2.10%; Utilities lagged with -2.28%.',
    rows: Object.entries(SECTOR_DAILY_PCT).map(([symbol, v]) => ({
      symbol,
      name: SECTOR_NAMES[symbol] ?? symbol,
      value: (v.at(-1) ?? 0) / 100,
    })),
  });
}

function sectorHeatmapFixture(): TopLevelSpec {
  return sectorHeatmapChartSpec({
    title: 'Sector daily returns, last 10 sessions',
    description: 'Energy gained most over the 10 sessions to Aug 21, 2026; Industrials lost most.',
    dates: TEN_DATES,
    rows: Object.entries(SECTOR_DAILY_PCT).map(([symbol, v]) => ({
      symbol,
      name: SECTOR_NAMES[symbol] ?? symbol,
      // Real Estate's first session missing, to show a "no data" cell.
      values: v.map((x, i) => (symbol === 'XLRE' && i === 0 ? null : x / 100)),
    })),
  });
}

describe('goldens', () => {
  it('sector bars', async () => {
    expectGolden('sectorBars.svg', await renderSvg(sectorBarsFixture()));
  });
  it('sector heat map', async () => {
    expectGolden('sectorHeatmap.svg', await renderSvg(sectorHeatmapFixture()));
  });
});
