import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/renderSvg.js';
import { rollingBetaChartSpec } from '../../src/charts/rollingBetaChartSpec.js';
import { seriesColor } from '../../src/charts/theme.js';
import { expectGolden } from '../helpers/golden.js';
import { rollingBetaFixture } from './fixtures/marketCharts.js';
import type { Json } from './fixtures/specJson.js';

describe('rollingBetaChartSpec', () => {
  const spec: Json = rollingBetaFixture();

  it('draws beta and correlation with a legend naming the window and a rule at 1', () => {
    const line = spec.layer.find((l: Json) => l.mark.type === 'line');
    expect(line.encoding.color.scale.domain).toEqual([
      'Beta (60 sessions)',
      'Correlation (60 sessions)',
    ]);
    expect(line.encoding.color.scale.range[0]).toBe(seriesColor('RUT'));
    expect(spec.layer[0]).toMatchObject({ mark: { type: 'rule' }, encoding: { y: { datum: 1 } } });
    const [lo, hi] = line.encoding.y.scale.domain;
    expect(lo).toBeLessThanOrEqual(1);
    expect(hi).toBeGreaterThanOrEqual(1);
    expect(spec.data.values).toHaveLength(2 * 252);
  });

  it('keeps the two end labels apart', () => {
    const ends = spec.data.values.filter((r: Json) => r.text !== undefined);
    expect(ends.map((r: Json) => r.text)).toEqual(['1.28', '0.92']);
    const [lo, hi] = spec.layer[1].encoding.y.scale.domain;
    const gapPx = (Math.abs(ends[0].labelAt - ends[1].labelAt) / (hi - lo)) * 175;
    expect(gapPx).toBeGreaterThanOrEqual(14 - 1e-9);
  });

  it('rejects a correlation outside [-1, 1] and a bad window', () => {
    const p = { date: '2026-01-02', beta: 1, correlation: 1.2 };
    const make =
      (points: Json[], window = 60) =>
      () =>
        rollingBetaChartSpec({ title: 't', description: 'd', points, window });
    expect(make([p])).toThrow(/correlation 1.2/);
    expect(make([], 1)).toThrow(/window/);
  });

  it('renders as test/golden/charts/rollingBeta.svg', async () => {
    expectGolden('charts/rollingBeta.svg', await renderSvg(rollingBetaFixture()));
  });
});
