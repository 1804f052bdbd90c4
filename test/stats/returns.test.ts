import { describe, expect, it } from 'vitest';
import { isAvailable } from '../../src/model/figure.js';
import { openToClose } from '../../src/stats/openToClose.js';
import {
  periodBaseIndex,
  periodToDate,
  rangeReturn,
  sessionsReturn,
} from '../../src/stats/returns.js';
import { makeSeries } from '../helpers/makeSeries.js';

// Sessions across a year end and a month end, with the MLK holiday gap (2026-01-19 missing).
const s = makeSeries('RUT', [
  ['2025-12-30', 2500],
  ['2025-12-31', 2480],
  ['2026-01-02', 2508.22],
  ['2026-01-05', 2550],
  ['2026-01-16', 2600],
  ['2026-01-20', 2580],
  ['2026-01-21', 2631.5],
  ['2026-01-22', 2718.77],
  ['2026-02-02', 2700],
]);

describe('sessionsReturn', () => {
  it('1-session return is close-to-close', () => {
    // 2718.77 / 2631.5 - 1 = 87.27 / 2631.5 = 0.0331636...
    const r = sessionsReturn(s, 7, 1);
    expect(r).toEqual({
      value: expect.closeTo(0.0331636, 6),
      from: '2026-01-21',
      to: '2026-01-22',
      sessions: 1,
    });
  });
  it('5-session return counts sessions across the holiday gap, not calendar days', () => {
    // base is row 7 - 5 = 2 (2026-01-02): 2718.77 / 2508.22 - 1 = 210.55 / 2508.22 = 0.0839440...
    const r = sessionsReturn(s, 7, 5);
    expect(r).toMatchObject({ from: '2026-01-02', to: '2026-01-22' });
    expect(isAvailable(r) && r.value).toBeCloseTo(0.083944, 5);
  });
  it('a window longer than the history is unavailable, with the reason', () => {
    const r = sessionsReturn(s, 3, 5);
    expect(r).toEqual({
      unavailable: 'RUT: 5-session return needs 6 closes, history begins 2025-12-30',
    });
  });
});

describe('periodToDate', () => {
  it('YTD base is the last close of the previous year', () => {
    // 2718.77 / 2480 - 1 = 238.77 / 2480 = 0.0962782...
    const r = periodToDate(s, 7, 'year');
    expect(r).toMatchObject({ from: '2025-12-31', to: '2026-01-22' });
    expect(isAvailable(r) && r.value).toBeCloseTo(0.0962782, 6);
  });
  it('on the first session of the year YTD equals the 1-day return', () => {
    // 2508.22 / 2480 - 1 = 28.22 / 2480 = 0.0113790...
    const ytd = periodToDate(s, 2, 'year');
    expect(ytd).toEqual(sessionsReturn(s, 2, 1));
    expect(isAvailable(ytd) && ytd.value).toBeCloseTo(0.011379, 6);
  });
  it('MTD base is the last close of the previous month', () => {
    // February: base = 2026-01-22 close 2718.77; 2700 / 2718.77 - 1 = -0.0069038...
    const r = periodToDate(s, 8, 'month');
    expect(r).toMatchObject({ from: '2026-01-22', to: '2026-02-02' });
    expect(isAvailable(r) && r.value).toBeCloseTo(-0.0069038, 6);
  });
  it('a series that starts inside the year has no YTD figure', () => {
    const young = makeSeries('XLC', [
      ['2018-06-19', 50],
      ['2018-06-20', 51],
    ]);
    expect(periodToDate(young, 1, 'year')).toEqual({
      unavailable: 'XLC: year-to-date return needs a close before 2018, history begins 2018-06-19',
    });
    expect(periodBaseIndex(young, 1, 'year')).toBe(-1);
  });
});

describe('openToClose', () => {
  it('is close over the same day open', () => {
    // 2026-01-21 RUT: open 2596.39 (hypothetical), close 2631.5: 2631.5 / 2596.39 - 1 = 0.0135226...
    const oc = makeSeries(
      'RUT',
      [
        ['2026-01-20', 2580],
        ['2026-01-21', 2631.5],
      ],
      [2570, 2596.39],
    );
    const r = openToClose(oc, 1);
    expect(isAvailable(r) && r.value).toBeCloseTo(0.0135226, 6);
  });
  it('is unavailable without an open column', () => {
    expect(openToClose(s, 1)).toEqual({ unavailable: 'RUT: no open price on 2025-12-31' });
  });
});

describe('quarter-to-date and ranges', () => {
  const q = makeSeries('GSPC', [
    ['2026-03-30', 100],
    ['2026-03-31', 102], // last close of Q1
    ['2026-04-01', 103],
    ['2026-04-02', 99.96],
    ['2026-04-06', 104.04],
  ]);
  it('QTD base is the last close of the previous quarter', () => {
    // 104.04 / 102 - 1 = 0.02
    const r = periodToDate(q, 4, 'quarter');
    expect(r).toMatchObject({ from: '2026-03-31', to: '2026-04-06', sessions: 3 });
    expect(isAvailable(r) && r.value).toBeCloseTo(0.02, 12);
  });
  it('a range between two sessions; no range beyond the brief date', () => {
    // 99.96 / 100 - 1 = -0.0004
    const r = rangeReturn(q, 4, '2026-03-30', '2026-04-02');
    expect(isAvailable(r) && r.value).toBeCloseTo(-0.0004, 12);
    expect(rangeReturn(q, 2, '2026-03-30', '2026-04-06')).toEqual({
      unavailable: 'GSPC: no close on 2026-04-06 (not a session in the file up to 2026-04-01)',
    });
    expect(rangeReturn(q, 4, '2026-04-03', '2026-04-06')).toMatchObject({
      unavailable: expect.stringMatching(/no close on 2026-04-03/),
    });
    expect(rangeReturn(q, 4, '2026-04-06', '2026-04-06')).toMatchObject({
      unavailable: expect.stringMatching(/empty/),
    });
  });
});
