import { describe, expect, it } from 'vitest';
import { rebasedChartSpec, type LinePoint } from '../../src/charts/rebasedChartSpec.js';
import { ratioChartSpec } from '../../src/charts/ratioChartSpec.js';
import { HIGHLIGHT_COLOR, NEUTRAL_COLOR } from '../../src/charts/theme.js';

// Specs are plain JSON; tests read them loosely.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

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
    expect([spec.width, spec.height]).toEqual([680, 260]);
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
});

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
});
