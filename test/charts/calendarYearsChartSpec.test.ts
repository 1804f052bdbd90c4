import { describe, expect, it } from 'vitest';
import { calendarYearsChartSpec } from '../../src/charts/calendarYearsChartSpec.js';
import { renderSvg } from '../../src/charts/renderSvg.js';
import { seriesColor } from '../../src/charts/theme.js';
import { expectGolden } from '../helpers/golden.js';
import { calendarYearsFixture } from './fixtures/marketCharts.js';
import type { Json } from './fixtures/specJson.js';

describe('calendarYearsChartSpec', () => {
  const spec: Json = calendarYearsFixture();
  const bar = spec.layer[0];

  it('groups one bar per series per year, in series colours, legend in theme order', () => {
    expect(bar.encoding.xOffset).toMatchObject({ field: 'label' });
    expect(bar.encoding.color.scale).toEqual({
      domain: ['Russell 2000', 'S&P 500'],
      range: [seriesColor('RUT'), seriesColor('GSPC')],
    });
    expect(spec.data.values.slice(0, 2).map((r: Json) => `${r.year} ${r.symbol}`)).toEqual([
      '2012 RUT',
      '2012 GSPC',
    ]);
    expect(bar.encoding.y.axis.format).toBe('.0%');
  });

  it('marks the to-date year YTD', async () => {
    expect(bar.encoding.x.axis.labelExpr).toContain("datum.value === 2026 ? [datum.label, 'YTD']");
    const svg = await renderSvg(spec);
    expect(svg).toContain('<tspan>2026</tspan><tspan x="0" dy="13">YTD</tspan>');
  });

  it('rejects two rows for one year and series', () => {
    const r = { year: 2020, symbol: 'RUT', label: 'Russell 2000', value: 0.1 };
    expect(() => calendarYearsChartSpec({ title: 't', description: 'd', rows: [r, r] })).toThrow(
      /two rows/,
    );
  });

  it('renders as test/golden/charts/calendarYears.svg', async () => {
    expectGolden('charts/calendarYears.svg', await renderSvg(calendarYearsFixture()));
  });
});
