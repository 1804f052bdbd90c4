import { describe, expect, it } from 'vitest';
import { ratioChartSpec } from '../../src/charts/ratioChartSpec.js';
import { renderSvg } from '../../src/charts/renderSvg.js';
import { HIGHLIGHT_COLOR, NEUTRAL_COLOR } from '../../src/charts/theme.js';
import { expectGolden } from '../helpers/golden.js';
import { ratioFixture } from './fixtures/lineCharts.js';
import type { Json } from './fixtures/specJson.js';

describe('ratioChartSpec', () => {
  const ratio = [
    { date: '2026-01-06', value: 0.3719 },
    { date: '2026-01-02', value: 0.3657 },
    { date: '2026-01-05', value: 0.3691 },
  ];
  const ma = [
    { date: '2025-12-31', value: 0.36 },
    { date: '2026-01-02', value: 0.361 },
    { date: '2026-01-06', value: 0.362 },
  ];
  const spec: Json = ratioChartSpec({
    title: 'RUT/GSPC',
    description: 'Ratio.',
    points: ratio,
    color: '#d55e00',
    movingAverages: [{ label: '50-day average', points: ma }],
  });

  it('carries title and description', () => {
    expect(spec.title).toBe('RUT/GSPC');
    expect(spec.description).toBe('Ratio.');
  });

  it('sorts rows by date, clips moving averages to the window and flags the latest ratio', () => {
    const rows = spec.data.values.map((r: Json) => `${r.date} ${r.series}${r.last ? ' last' : ''}`);
    expect(rows).toEqual([
      '2026-01-02 RUT/GSPC',
      '2026-01-02 50-day average',
      '2026-01-05 RUT/GSPC',
      '2026-01-06 RUT/GSPC last',
      '2026-01-06 50-day average',
    ]);
  });

  it('colours the ratio as given and moving averages neutral, dashed', () => {
    const lines = spec.layer.filter((l: Json) => l.mark.type === 'line');
    for (const l of lines) {
      expect(l.encoding.color.scale).toEqual({
        domain: ['RUT/GSPC', '50-day average'],
        range: ['#d55e00', NEUTRAL_COLOR],
      });
      expect(l.encoding.strokeDash.scale.range[1]).not.toEqual([1, 0]);
    }
    expect(spec.encoding.x).toMatchObject({
      field: 'date',
      type: 'temporal',
      timeUnit: 'utcyearmonthdate',
    });
    expect(spec.encoding.y).toMatchObject({ field: 'value', type: 'quantitative' });
  });

  it('marks the latest value in the highlight colour', () => {
    const marks = spec.layer.map((l: Json) => l.mark);
    expect(marks).toContainEqual(
      expect.objectContaining({ type: 'point', color: HIGHLIGHT_COLOR }),
    );
    expect(marks).toContainEqual(expect.objectContaining({ type: 'text', color: HIGHLIGHT_COLOR }));
  });

  it('rejects duplicate labels', () => {
    const dup = { title: 't', description: 'd', points: ratio, color: '#000', label: 'X' };
    expect(() => ratioChartSpec({ ...dup, movingAverages: [{ label: 'X', points: ma }] })).toThrow(
      /duplicate/,
    );
  });

  it('renders as test/golden/charts/ratio.svg', async () => {
    expectGolden('charts/ratio.svg', await renderSvg(ratioFixture()));
  });
});
