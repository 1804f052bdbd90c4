import { describe, expect, it } from 'vitest';
import { rebasedChartSpec, type LinePoint } from '../../src/charts/rebasedChartSpec.js';
import { renderSvg } from '../../src/charts/renderSvg.js';
import { NEUTRAL_COLOR } from '../../src/charts/theme.js';
import { expectGolden } from '../helpers/golden.js';
import { rebasedFixture } from './fixtures/lineCharts.js';
import type { Json } from './fixtures/specJson.js';

const colors = { 'Russell 2000': '#d55e00', 'S&P 500': '#0072b2' };
const points: LinePoint[] = [
  { date: '2026-01-05', series: 'S&P 500', value: 100.64 },
  { date: '2026-01-02', series: 'S&P 500', value: 100 },
  { date: '2026-01-05', series: 'Russell 2000', value: 101.58 },
  { date: '2026-01-02', series: 'Russell 2000', value: 100 },
];

describe('rebasedChartSpec', () => {
  const spec: Json = rebasedChartSpec({
    title: 'Rebased',
    description: 'Two lines.',
    points,
    colors,
  });
  const line = spec.layer[1];

  it('carries title, description and the A4 chart size', () => {
    expect(spec.title).toBe('Rebased');
    expect(spec.description).toBe('Two lines.');
    expect([spec.width, spec.height]).toEqual([360, 220]);
    expect(spec.autosize).toEqual({ type: 'fit', contains: 'padding' });
  });

  it('sorts data by date, then legend order, without touching the input', () => {
    expect(spec.data.values.map((p: LinePoint) => `${p.date} ${p.series}`)).toEqual([
      '2026-01-02 Russell 2000',
      '2026-01-02 S&P 500',
      '2026-01-05 Russell 2000',
      '2026-01-05 S&P 500',
    ]);
    expect(points[0]?.date).toBe('2026-01-05');
  });

  it('encodes x as a UTC date, y as value, colour by series with the given colours', () => {
    expect(line.mark.type).toBe('line');
    expect(line.encoding.x).toMatchObject({
      field: 'date',
      type: 'temporal',
      timeUnit: 'utcyearmonthdate',
    });
    expect(line.encoding.y).toMatchObject({ field: 'value', type: 'quantitative' });
    expect(line.encoding.color.field).toBe('series');
    expect(line.encoding.color.scale).toEqual({
      domain: ['Russell 2000', 'S&P 500'],
      range: ['#d55e00', '#0072b2'],
    });
  });

  it('draws a third series thinner, over the first two (the Nasdaq over the S&P 500)', async () => {
    const three = { ...colors, 'Nasdaq Composite': '#009e73' };
    const all = [
      ...points,
      { date: '2026-01-02', series: 'Nasdaq Composite', value: 100 },
      { date: '2026-01-05', series: 'Nasdaq Composite', value: 100.7 },
    ];
    const s: Json = rebasedChartSpec({ title: 't', description: 'd', points: all, colors: three });
    expect(spec.layer).toHaveLength(2); // two series: one layer of lines
    expect(s.layer.slice(1).map((l: Json) => [l.transform[0].filter.oneOf, l.mark])).toEqual([
      [['Russell 2000', 'S&P 500'], { type: 'line' }],
      [['Nasdaq Composite'], { type: 'line', strokeWidth: 1.25 }],
    ]);
    const svg = await renderSvg(s);
    // The Nasdaq line, drawn last: 1.25 px in its colour; the other two lines 2 px.
    const paths = [
      ...svg.matchAll(/<path d="M[^"]*" stroke="(#[0-9a-f]{6})" stroke-width="([\d.]+)"/g),
    ];
    const series = new Set(Object.values(three));
    const lines = paths.map((m) => [m[1], m[2]]).filter(([c]) => series.has(c as string));
    expect(lines.slice(0, 3)).toEqual([
      ['#d55e00', '2'],
      ['#0072b2', '2'],
      ['#009e73', '1.25'],
    ]);
  });

  it('draws a neutral rule at 100', () => {
    expect(spec.layer[0].mark).toMatchObject({ type: 'rule', color: NEUTRAL_COLOR });
    expect(spec.layer[0].encoding.y).toEqual({ datum: 100 });
  });

  it('rejects a series without a colour, a bad date or a non-finite value', () => {
    const bad = (p: LinePoint) => () =>
      rebasedChartSpec({ title: 't', description: 'd', points: [p], colors });
    expect(bad({ date: '2026-01-02', series: 'Nasdaq', value: 1 })).toThrow(/no colour/);
    expect(bad({ date: '2026-1-2', series: 'S&P 500', value: 1 })).toThrow(/ISO session date/);
    expect(bad({ date: '2026-01-02', series: 'S&P 500', value: NaN })).toThrow(/finite/);
  });

  it('renders as test/golden/charts/rebased.svg', async () => {
    expectGolden('charts/rebased.svg', await renderSvg(rebasedFixture()));
  });
});
