import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore, type Series } from '../../src/model/series.js';
import {
  calendarYears,
  cumulativeRelative,
  type CalendarYear,
  type CumulativeRelative,
} from '../../src/stats/calendarYears.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { withColumns } from '../helpers/seriesBuilders.js';
import { realSeries } from '../helpers/realSeries.js';

const load = realSeries;

/** A close + adj_close series. */
const withAdj = (sym: string, rows: [string, number, number][]): Series =>
  withColumns(
    makeSeries(
      sym,
      rows.map(([d, c]) => [d, c]),
    ),
    { adjClose: Float64Array.from(rows.map((r) => r[2])) },
  );

// k date        close  adj
// 0 2024-11-29   50    40     first row: 2024 is partial
// 1 2024-12-31   60    48
// 2 2025-06-30   66    54
// 3 2025-12-31   72    60
// 4 2026-01-02   75    62.5   first session of 2026
// 5 2026-01-20   81    67.5   (after the 2026-01-19 holiday)
const etf = withAdj('SPY', [
  ['2024-11-29', 50, 40],
  ['2024-12-31', 60, 48],
  ['2025-06-30', 66, 54],
  ['2025-12-31', 72, 60],
  ['2026-01-02', 75, 62.5],
  ['2026-01-20', 81, 67.5],
]);
const value = (y: CalendarYear, leg: 'price' | 'total') =>
  'unavailable' in y[leg] ? NaN : (y[leg] as { value: number }).value;

describe('calendarYears', () => {
  it('each year from the last close of the previous year; the first year from the first close', () => {
    const r = calendarYears(etf, 5);
    expect(r.years.map((y) => [y.year, y.partial, y.toDate])).toEqual([
      [2024, true, false],
      [2025, false, false],
      [2026, false, true],
    ]);
    const [y24, y25, y26] = r.years as [CalendarYear, CalendarYear, CalendarYear];
    expect(y24.price).toEqual({
      value: expect.closeTo(0.2, 14),
      from: '2024-11-29',
      to: '2024-12-31',
      sessions: 1,
    }); // 60/50 - 1
    expect(value(y24, 'total')).toBeCloseTo(0.2, 14); // 48/40 - 1
    expect(y25.price).toEqual({
      value: expect.closeTo(0.2, 14),
      from: '2024-12-31',
      to: '2025-12-31',
      sessions: 2,
    }); // 72/60 - 1
    expect(value(y25, 'total')).toBeCloseTo(0.25, 14); // 60/48 - 1
    expect(y26.price).toMatchObject({
      value: expect.closeTo(0.125, 14),
      from: '2025-12-31',
      to: '2026-01-20',
    }); // 81/72 - 1
    expect(value(y26, 'total')).toBeCloseTo(0.125, 14); // 67.5/60 - 1
    expect(r.historyFrom).toBe('2024-11-29');
  });
  it('first session of a year: the year to date is one session', () => {
    const y = calendarYears(etf, 4).years.at(-1) as CalendarYear;
    expect(y).toMatchObject({
      year: 2026,
      toDate: true,
      partial: false,
      price: { from: '2025-12-31', to: '2026-01-02', sessions: 1 },
    });
    expect(value(y, 'price')).toBeCloseTo(75 / 72 - 1, 14);
  });
  it('the last session of a year is still "to date" and sees no later row', () => {
    const r = calendarYears(etf, 3);
    expect(r.years.map((y) => y.year)).toEqual([2024, 2025]);
    expect(r.years[1]).toMatchObject({ toDate: true, price: { to: '2025-12-31' } });
  });
  it('row 0: one close is not a return', () => {
    expect(calendarYears(etf, 0).years).toEqual([
      {
        year: 2024,
        price: { unavailable: 'SPY: 2024 return needs two closes, history begins 2024-11-29' },
        total: { unavailable: 'SPY: 2024 return needs two closes, history begins 2024-11-29' },
        partial: true,
        toDate: true,
      },
    ]);
  });
  it('an index has no total return', () => {
    const idx = makeSeries('RUT', [
      ['2025-12-31', 100],
      ['2026-01-02', 101],
    ]);
    expect(calendarYears(idx, 1).years[1]?.total).toEqual({
      unavailable:
        'RUT: total return needs adj_close, which the file does not have (price return only)',
    });
  });
});

describe('calendarYears on the real data (data/SOURCES.md and a python one-off)', () => {
  const year = (sym: string, date: string, y: number) => {
    const s = load(sym);
    return calendarYears(s, indexAtOrBefore(s, date)).years.find(
      (x) => x.year === y,
    ) as CalendarYear;
  };
  it('2025: SPY +16.35% / +17.72% total, IWM +11.40% / +12.66%, ^GSPC +16.39%, ^RUT +11.29%', () => {
    const spy = year('SPY', '2026-08-21', 2025);
    expect(spy.price).toMatchObject({ from: '2024-12-31', to: '2025-12-31' }); // 681.92 / 586.08 - 1
    expect(value(spy, 'price')).toBeCloseTo(0.16352716352716334, 12);
    expect(value(spy, 'total')).toBeCloseTo(0.17719068052953424, 12);
    const iwm = year('IWM', '2026-08-21', 2025);
    expect(value(iwm, 'price')).toBeCloseTo(0.11404779145546695, 12); // 246.16 / 220.96 - 1
    expect(value(iwm, 'total')).toBeCloseTo(0.1265761678436228, 12);
    expect(value(year('GSPC', '2026-08-21', 2025), 'price')).toBeCloseTo(0.16387804061119104, 12);
    expect(value(year('RUT', '2026-08-21', 2025), 'price')).toBeCloseTo(0.1128842773612655, 12);
  });
  it('GSPC: 1927 has one close (unavailable); 2008 -38.49%; a brief for 2008-06-06 sees 2008 to date only', () => {
    const g = load('GSPC');
    const all = calendarYears(g, g.dates.length - 1).years;
    expect(all[0]).toMatchObject({
      year: 1927,
      partial: true,
      price: { unavailable: expect.stringContaining('needs two closes') },
    });
    expect(all).toHaveLength(2026 - 1927 + 1);
    expect(value(all.find((y) => y.year === 2008) as CalendarYear, 'price')).toBeCloseTo(
      -0.3848579367457571,
      12,
    );
    const asOf = calendarYears(g, indexAtOrBefore(g, '2008-06-06')).years.at(-1) as CalendarYear;
    expect(asOf).toMatchObject({
      year: 2008,
      toDate: true,
      price: { from: '2007-12-31', to: '2008-06-06' },
    });
  });
});

describe('cumulativeRelative', () => {
  // small starts later; large has a row small lacks (2025-12-30); the date is a Saturday.
  const small = withAdj('IWM', [
    ['2025-12-31', 100, 80],
    ['2026-01-02', 110, 90],
    ['2026-01-05', 121, 100],
  ]);
  const large = withAdj('SPY', [
    ['2025-12-29', 40, 40],
    ['2025-12-30', 41, 41],
    ['2025-12-31', 50, 45],
    ['2026-01-02', 50, 45],
    ['2026-01-05', 55, 54],
  ]);
  it('from the first common session to the last one <= date, and small minus large', () => {
    const r = cumulativeRelative(small, large, '2026-01-10') as CumulativeRelative;
    expect(r).toMatchObject({ from: '2025-12-31', to: '2026-01-05' });
    expect(r.small.price.value).toBeCloseTo(0.21, 14); // 121/100 - 1
    expect(r.large.price.value).toBeCloseTo(0.1, 14); // 55/50 - 1
    expect(r.difference.price.value).toBeCloseTo(0.11, 14); // 0.21 - 0.10
    expect(r.relative.price.value).toBeCloseTo(0.1, 14); // 1.21 / 1.10 - 1
    expect(r.difference.total).toEqual({ value: expect.closeTo(0.05, 14) }); // (100/80 - 1) - (54/45 - 1) = 0.25 - 0.20
  });
  it('as of an earlier date; and unavailable with a single common session', () => {
    expect(
      (cumulativeRelative(small, large, '2026-01-02') as CumulativeRelative).small.price.value,
    ).toBeCloseTo(0.1, 14);
    expect(cumulativeRelative(small, large, '2025-12-31')).toEqual({
      unavailable:
        'IWM/SPY: cumulative return needs two common sessions up to 2025-12-31; histories begin 2025-12-31 and 2025-12-29',
    });
  });
  it('the common start skips dates only one series has', () => {
    // small begins 2025-12-30, which large lacks; large's 2025-12-31 is missing from small
    const a = makeSeries('IWM', [
      ['2025-12-30', 10],
      ['2026-01-02', 20],
      ['2026-01-05', 25],
    ]);
    const b = makeSeries('SPY', [
      ['2025-12-29', 1],
      ['2025-12-31', 2],
      ['2026-01-02', 4],
      ['2026-01-05', 6],
    ]);
    const r = cumulativeRelative(a, b, '2026-01-05') as CumulativeRelative;
    expect(r).toMatchObject({
      from: '2026-01-02',
      to: '2026-01-05',
      small: { price: { from: '2026-01-02' } },
      large: { price: { from: '2026-01-02' } },
    });
    expect(r.difference.price.value).toBeCloseTo(25 / 20 - 6 / 4, 14); // 0.25 - 0.5 = -0.25
    expect(r.small.total).toEqual({
      unavailable:
        'IWM: total return needs adj_close, which the file does not have (price return only)',
    });
  });
  it('real data: IWM vs SPY since 2000-05-26 (python one-off)', () => {
    const r = cumulativeRelative(load('IWM'), load('SPY'), '2026-08-21') as CumulativeRelative;
    expect(r).toMatchObject({ from: '2000-05-26', to: '2026-08-21' });
    expect(r.small.price.value).toBeCloseTo(5.560984278879015, 10);
    expect((r.small.total as { value: number }).value).toBeCloseTo(8.203866759449927, 10);
    expect(r.large.price.value).toBeCloseTo(4.5486956521739135, 10);
    expect((r.large.total as { value: number }).value).toBeCloseTo(7.832639108159494, 10);
    expect(r.difference.price.value).toBeCloseTo(5.560984278879015 - 4.5486956521739135, 10);
  });
});

/** O(n) reference: scan for the year's base row. */
function naiveYears(s: Series, i: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  let base = 0;
  for (let k = 0; k <= i; k++) {
    const last = k === i || s.dates[k]?.slice(0, 4) !== s.dates[k + 1]?.slice(0, 4);
    if (!last) continue;
    out.push([Number(s.dates[k]?.slice(0, 4)), base, k]);
    base = k;
  }
  return out;
}

describe('calendarYears properties', () => {
  const arb = fc.array(
    fc.tuple(fc.integer({ min: 1, max: 40 }), fc.double({ min: 1, max: 1000, noNaN: true })),
    { minLength: 1, maxLength: 60 },
  );
  const build = (rows: [number, number][], scale = 1) => {
    let day = 0;
    return makeSeries(
      'X',
      rows.map(([gap, c]) => [
        new Date(Date.UTC(2020, 0, 1 + (day += gap))).toISOString().slice(0, 10),
        c * scale,
      ]),
    );
  };
  it('memoized years equal an O(n) scan at random i; rescaling leaves returns unchanged', () => {
    fc.assert(
      fc.property(
        arb,
        fc.nat(),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (rows, r, scale) => {
          const s = build(rows);
          const i = r % rows.length;
          const got = calendarYears(s, i).years;
          const want = naiveYears(s, i);
          expect(got.map((y) => y.year)).toEqual(want.map((w) => w[0]));
          got.forEach((y, q) => {
            const [, base, end] = want[q] as [number, number, number];
            if (base === end) return expect(y.price).toHaveProperty('unavailable');
            expect(value(y, 'price')).toBe(
              (s.close[end] as number) / (s.close[base] as number) - 1,
            );
          });
          const scaled = calendarYears(build(rows, scale), i).years;
          scaled.forEach((y, q) => {
            const a = value(got[q] as CalendarYear, 'price');
            if (!Number.isNaN(a)) expect(value(y, 'price')).toBeCloseTo(a, 9);
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
