import { describe, expect, it } from 'vitest';
import { allTimeHighs } from '../../src/stats/allTimeHighs.js';
import { makeSeries } from '../helpers/makeSeries.js';

const s = makeSeries('RUT', [
  ['2025-11-03', 100],
  ['2025-12-31', 120], // the high before 2026
  ['2026-01-02', 110],
  ['2026-01-05', 121], // ATH 1
  ['2026-01-06', 125], // ATH 2
  ['2026-01-07', 124],
  ['2026-01-08', 130], // ATH 3
  ['2026-01-09', 117],
]);

describe('allTimeHighs', () => {
  it('counts closes this year above every earlier close', () => {
    const h = allTimeHighs(s, 6);
    expect(h).toMatchObject({
      datesThisYear: ['2026-01-05', '2026-01-06', '2026-01-08'],
      countThisYear: 3,
      isHighToday: true,
      distance: 0,
    });
    expect(h.high).toEqual({ date: '2026-01-08', close: 130 });
  });
  it('distance below the high: 117 / 130 - 1 = -0.1', () => {
    const h = allTimeHighs(s, 7);
    expect(h.isHighToday).toBe(false);
    expect(h.distance).toBeCloseTo(-0.1, 12);
  });
  it('sees nothing after the date', () => {
    const h = allTimeHighs(s, 3);
    expect(h.datesThisYear).toEqual(['2026-01-05']);
    expect(h.high.close).toBe(121);
  });
  it('on the first session of a year with no high yet, the count is 0', () => {
    const h = allTimeHighs(s, 2);
    expect(h).toMatchObject({
      countThisYear: 0,
      isHighToday: false,
      high: { date: '2025-12-31', close: 120 },
    });
    expect(h.distance).toBeCloseTo(110 / 120 - 1, 12);
  });
});
