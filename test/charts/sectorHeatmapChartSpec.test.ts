import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/renderSvg.js';
import { heatmapExtent, sectorHeatmapChartSpec } from '../../src/charts/sectorHeatmapChartSpec.js';
import { compoundReturn } from '../../src/stats/chartSeries.js';
import { NO_DATA_COLOR, RETURN_RAMP } from '../../src/charts/theme.js';
import { expectGolden } from '../helpers/golden.js';
import { sectorHeatmapFixture, TEN_DATES } from './fixtures/sectorCharts.js';
import { marks, type Json } from './fixtures/specJson.js';

describe('sectorHeatmapChartSpec', () => {
  const spec: Json = sectorHeatmapFixture();
  const cells = spec.data.values as Json[];

  it('sorts sectors by their compounded 10-session total, dates oldest first, then Total', () => {
    const totals = cells.filter((c) => c.total);
    expect(totals.map((c) => c.row).slice(0, 2)).toEqual(['XLE', 'XLV']);
    expect(totals.map((c) => c.value)).toEqual(
      [...totals.map((c) => c.value)].sort((a, b) => b - a),
    );
    expect(cells.slice(0, 11).map((c) => c.column)).toEqual([
      ...'10 11 12 13 14 17 18 19 20 21'.split(' ').map((d) => `Aug ${d}`),
      'Total',
    ]);
    expect(cells[0]).toMatchObject({ row: 'XLE', value: 0.0466 });
  });

  it('bins returns into the 9 ramp colours, symmetric around 0 (the middle bin holds 0)', () => {
    const rect = marks(spec).find((l) => l.mark.type === 'rect');
    const scale = rect.encoding.color.scale;
    expect(scale.type).toBe('threshold');
    expect(scale.range).toEqual(RETURN_RAMP);
    // 8 thresholds at (-7, -5, ..., 7) / 8 of the extent: bin 4 is (-1/8, 1/8) of it
    expect(scale.domain).toHaveLength(8);
    expect(scale.domain[3]).toBeCloseTo(-scale.domain[4], 12);
    expect(scale.domain[0]).toBeCloseTo(-scale.domain[7], 12);
    expect(scale.domain[0]).toBeCloseTo(-7 * scale.domain[4], 12);
    expect(rect.encoding.color.condition).toEqual({
      test: 'datum.value === null',
      value: NO_DATA_COLOR,
    });
  });

  it('marks missing data as n/a and says so in the legend', () => {
    const missing = cells.filter((c) => c.value === null);
    expect(missing).toEqual([
      { row: 'XLRE', column: 'Aug 10', value: null, text: 'n/a', total: false },
    ]);
    const rect = marks(spec).find((l) => l.mark.type === 'rect');
    expect(rect.encoding.color.legend.title).toBe('Daily return, % (n/a: no data)');
  });

  it('computes extent and totals', () => {
    expect(heatmapExtent([0.001, -0.002])).toBe(0.005);
    expect(heatmapExtent([...Array(39).fill(0.01), 0.09])).toBeCloseTo(0.01, 12);
    // 1.1 x 0.9 - 1 = -0.01; a missing day does not count
    expect(compoundReturn([0.1, null, -0.1])).toBeCloseTo(-0.01, 12);
    expect(compoundReturn([])).toBe(0);
  });

  it('rejects rows that do not match the dates', () => {
    const bad = { symbol: 'XLK', name: 'Technology', values: [0.01], total: 0.01 };
    expect(() =>
      sectorHeatmapChartSpec({ title: 't', description: 'd', dates: TEN_DATES, rows: [bad] }),
    ).toThrow(/1 values for 10 dates/);
  });

  it('renders as test/golden/charts/sectorHeatmap.svg', async () => {
    expectGolden('charts/sectorHeatmap.svg', await renderSvg(sectorHeatmapFixture()));
  });
});
