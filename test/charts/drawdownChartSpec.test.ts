import { describe, expect, it } from 'vitest';
import { drawdownChartSpec } from '../../src/charts/drawdownChartSpec.js';
import { renderSvg } from '../../src/charts/renderSvg.js';
import { seriesColor } from '../../src/charts/theme.js';
import { expectGolden } from '../helpers/golden.js';
import { drawdownFixture } from './fixtures/marketCharts.js';
import type { Json } from './fixtures/specJson.js';

describe('drawdownChartSpec', () => {
  const spec: Json = drawdownFixture();

  it('shows percent below the high, one colour per series, areas not stacked', () => {
    const line = spec.layer.find((l: Json) => l.mark.type === 'line');
    expect(line.encoding.y).toMatchObject({ stack: null, axis: { format: '.0%' } });
    expect(line.encoding.color.scale).toEqual({
      domain: ['Russell 2000', 'S&P 500'],
      range: [seriesColor('RUT'), seriesColor('GSPC')],
    });
    const [lo, hi] = line.encoding.y.scale.domain;
    expect(hi).toBe(0);
    expect(Math.min(...spec.data.values.map((r: Json) => r.value))).toBeGreaterThanOrEqual(lo);
  });

  it('labels the latest value of each series at the line end', () => {
    const ends = spec.data.values.filter((r: Json) => r.text !== undefined);
    expect(ends.map((r: Json) => r.series)).toEqual(['Russell 2000', 'S&P 500']);
    for (const r of ends) expect(r.text).toMatch(/^-\d+\.\d%$/);
  });

  it('labels every y tick differently when the drawdowns are shallow (whole percents)', async () => {
    const points = (depth: number) =>
      Array.from({ length: 40 }, (_, k) => ({
        date: new Date(Date.UTC(2017, 0, 2 + k)).toISOString().slice(0, 10),
        value: -depth * Math.abs(Math.sin(k / 6)),
      }));
    const series = [
      { label: 'Russell 2000', symbol: 'RUT', points: points(0.021) },
      { label: 'S&P 500', symbol: 'GSPC', points: points(0.012) },
    ];
    const svg = await renderSvg(drawdownChartSpec({ title: 't', description: 'd', series }));
    const yLabels = [...svg.matchAll(/>(-?\d+%)</g)].map((m) => m[1]);
    expect(yLabels.length).toBeGreaterThanOrEqual(2);
    expect(new Set(yLabels).size).toBe(yLabels.length);
  });

  it('rejects a value above 0 and duplicate labels', () => {
    const s = { label: 'A', symbol: 'RUT', points: [{ date: '2026-01-02', value: 0.01 }] };
    const make = (series: Json[]) => () =>
      drawdownChartSpec({ title: 't', description: 'd', series });
    expect(make([s])).toThrow(/not a drawdown/);
    expect(
      make([
        { ...s, points: [] },
        { ...s, points: [] },
      ]),
    ).toThrow(/duplicate/);
  });

  it('renders as test/golden/charts/drawdown.svg', async () => {
    expectGolden('charts/drawdown.svg', await renderSvg(drawdownFixture()));
  });
});
