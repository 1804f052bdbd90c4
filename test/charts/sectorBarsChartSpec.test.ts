import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/renderSvg.js';
import { sectorBarsChartSpec } from '../../src/charts/sectorBarsChartSpec.js';
import { NEUTRAL_COLOR, RETURN_COLORS } from '../../src/charts/theme.js';
import { expectGolden } from '../helpers/golden.js';
import { sectorBarsFixture } from './fixtures/sectorCharts.js';
import { marks, type Json } from './fixtures/specJson.js';

describe('sectorBarsChartSpec', () => {
  const spec: Json = sectorBarsFixture();
  const rows = spec.data.values as Json[];

  it('sorts sectors best first, labels them "XLK Technology" with "+1.35%"-style values', () => {
    expect(rows.map((r) => r.label).slice(0, 2)).toEqual(['XLB Materials', 'XLV Health Care']);
    expect(rows.at(-1)).toMatchObject({ label: 'XLU Utilities', text: '-2.28%', sign: 'negative' });
    expect(rows[0].text).toBe('+2.10%');
    expect(rows.map((r) => r.value)).toEqual([...rows.map((r) => r.value)].sort((a, b) => b - a));
    expect(spec.height).toBe(11 * 22 + 32); // 11 rows of 22 px, 32 px of axis and padding
  });

  it('colours gains and losses from the diverging palette, with a zero rule', () => {
    const bar = marks(spec).find((l) => l.mark.type === 'bar');
    expect(bar.encoding.color.scale.range).toEqual([
      RETURN_COLORS.positive,
      RETURN_COLORS.negative,
      NEUTRAL_COLOR,
    ]);
    expect(spec.layer[1]).toMatchObject({ mark: { type: 'rule' }, encoding: { x: { datum: 0 } } });
    const [lo, hi] = spec.layer[0].encoding.x.scale.domain;
    expect(lo).toBeLessThan(-0.0228);
    expect(hi).toBeGreaterThan(0.021);
  });

  it('rejects duplicates and non-finite values', () => {
    const row = { symbol: 'XLK', name: 'Technology', value: 0.01 };
    const make = (r: Json[]) => () =>
      sectorBarsChartSpec({ title: 't', description: 'd', rows: r });
    expect(make([row, row])).toThrow(/duplicate/);
    expect(make([{ ...row, value: NaN }])).toThrow(/not finite/);
  });

  it('renders as test/golden/charts/sectorBars.svg', async () => {
    expectGolden('charts/sectorBars.svg', await renderSvg(sectorBarsFixture()));
  });
});
