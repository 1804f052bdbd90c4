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

  it('labels every y tick differently when beta and correlation stay within 0.8 to 1.2', async () => {
    // 2023-03-13's chart: a 0.4-wide axis got ticks 0.05 apart, labelled 1.1, 1.1, 1.1 at one
    // decimal. Ticks are now at least 0.1 apart.
    const points = Array.from({ length: 60 }, (_, k) => ({
      date: new Date(Date.UTC(2023, 0, 2 + k)).toISOString().slice(0, 10),
      beta: 1.15 - 0.003 * k,
      correlation: 0.82 + 0.002 * k,
    }));
    const svg = await renderSvg(
      rollingBetaChartSpec({ title: 't', description: 'd', points, window: 60 }),
    );
    const yLabels = [...svg.matchAll(/>(\d\.\d)</g)].map((m) => m[1]);
    expect(yLabels.length).toBeGreaterThanOrEqual(3);
    expect(new Set(yLabels).size).toBe(yLabels.length);
  });

  it('renders as test/golden/charts/rollingBeta.svg', async () => {
    expectGolden('charts/rollingBeta.svg', await renderSvg(rollingBetaFixture()));
  });
});
