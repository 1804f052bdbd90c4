/**
 * Review aid: each test fixture chart rasterised from vega's own SVG and from the compact SVG
 * (src/charts/compactSvg.ts), with the share of pixels that differ by more than `tolerance` (0..255
 * per channel). Compacting rounds to 0.1 px, so a few anti-aliased edge pixels may move; a shape
 * that changed shows as many.   tsx scripts/charts/compareCompact.ts [outDir]
 */
import { writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { compactSvg } from '../../src/charts/compactSvg.js';
import { useInterTextMetrics } from '../../src/charts/textMetrics.js';
import { CHART_FONT } from '../../src/charts/theme.js';
import * as lines from '../../test/charts/fixtures/lineCharts.js';
import * as market from '../../test/charts/fixtures/marketCharts.js';
import * as sectors from '../../test/charts/fixtures/sectorCharts.js';
import * as streaks from '../../test/charts/fixtures/streakCharts.js';

const outDir = process.argv[2];
const fixtures: Record<string, () => TopLevelSpec> = {
  rebased: lines.rebasedFixture,
  ratio: lines.ratioFixture,
  drawdown: market.drawdownFixture,
  rollingBeta: market.rollingBetaFixture,
  calendarYears: market.calendarYearsFixture,
  sectorBars: sectors.sectorBarsFixture,
  sectorHeatmap: sectors.sectorHeatmapFixture,
  rotationGraph: sectors.rotationFixture,
  streakHistory: () => streaks.streakHistoryFixture(),
};

const raster = (svg: string) =>
  new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } }).render();

useInterTextMetrics();
for (const [name, make] of Object.entries(fixtures)) {
  const view = new vega.View(vega.parse(compile(make()).spec), { renderer: 'none' });
  const raw = await view.toSVG();
  view.finalize();
  const small = compactSvg(raw, CHART_FONT);
  const [ra, rb] = [raster(raw), raster(small)];
  // `pixels` copies the buffer on every read: read it once.
  const [a, b] = [ra.pixels, rb.pixels];
  let differ = 0;
  for (let k = 0; k < a.length; k += 4) {
    const d = [0, 1, 2].some((c) => Math.abs((a[k + c] ?? 0) - (b[k + c] ?? 0)) > 48);
    if (d) differ++;
  }
  const share = (100 * differ) / (a.length / 4);
  console.log(
    `${name.padEnd(14)} ${String(raw.length).padStart(7)} -> ${String(small.length).padStart(6)} bytes, ${share.toFixed(3)}% pixels differ`,
  );
  if (outDir) writeFileSync(`${outDir}/${name}.png`, rb.asPng());
}
