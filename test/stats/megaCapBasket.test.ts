import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore } from '../../src/model/series.js';
import { isAvailable } from '../../src/model/figure.js';
import { megaCapBasket, type BasketWindow, type RowOf } from '../../src/stats/megaCapBasket.js';

/** The universe's mega caps (data/universe.json megaCaps), in its order. */
const MEGA_CAPS = ['AAPL', 'MSFT', 'NVDA', 'AMZN', 'META', 'TSLA', 'GOOG'];
const basket = (
  stocks: Parameters<typeof megaCapBasket>[0],
  small: Parameters<typeof megaCapBasket>[1],
) => megaCapBasket(stocks, small, MEGA_CAPS);
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { cpuMs, YEAR_END_SESSIONS } from '../helpers/seriesBuilders.js';

const real = realSeries;

// Rows 0..6 across the year end: weekend 12-27/28 and New Year's Day (2026-01-01) missing.
const D = YEAR_END_SESSIONS;

/** Closes: row 1 = a (5-session base of row 6), row 3 = b (YTD base), row 4 = f, row 6 = c. */
const stock = (sym: string, a: number, b: number, c: number, f = 100): RowOf => {
  const closes = [100, a, 100, b, f, 100, c];
  return {
    series: makeSeries(
      sym,
      D.map((d, k) => [d, closes[k] as number]),
    ),
    i: 6,
  };
};
const stocks = [
  stock('AAPL', 100, 100, 110), // 5s 110/100 - 1 = .10, ytd .10
  stock('MSFT', 100, 125, 100), // 5s 0, ytd 100/125 - 1 = -.20
  stock('NVDA', 50, 80, 100), // 5s 100/50 - 1 = 1.00, ytd 100/80 - 1 = .25
  stock('AMZN', 100, 100, 95), // 5s -.05, ytd -.05
  stock('META', 200, 100, 100), // 5s 100/200 - 1 = -.50, ytd 0
  stock('TSLA', 100, 50, 100), // 5s 0, ytd 100/50 - 1 = 1.00
  stock('GOOG', 100, 100, 100), // 5s 0, ytd 0
];
const rut = stock('RUT', 2000, 2500, 2200); // 5s 2200/2000 - 1 = .10, ytd 2200/2500 - 1 = -.12

describe('megaCapBasket', () => {
  const m = basket(stocks, rut);
  it('5-session basket = mean of the members 5-session returns; spread = RUT minus basket', () => {
    // (.10 + 0 + 1.00 - .05 - .50 + 0 + 0) / 7 = .55 / 7 = .0785714; spread .10 - .0785714 = .0214286
    const w = m.sessions5 as BasketWindow;
    expect(w.basket).toEqual({
      value: expect.closeTo(0.55 / 7, 12),
      from: '2025-12-29',
      to: '2026-01-06',
      sessions: 5,
    });
    expect(w.members.map((x) => x.symbol)).toEqual([
      'AAPL',
      'MSFT',
      'NVDA',
      'AMZN',
      'META',
      'TSLA',
      'GOOG',
    ]);
    expect(w.members[2]?.change.value).toBeCloseTo(1, 12);
    expect(w.rut).toMatchObject({ value: expect.closeTo(0.1, 12), from: '2025-12-29' });
    expect(w.spread).toEqual({
      value: expect.closeTo(0.1 - 0.55 / 7, 12),
      perSession: expect.closeTo((0.1 - 0.55 / 7) / 5, 12),
      small: w.rut,
      large: w.basket,
    });
  });
  it('YTD basket from the last close of 2025, across the New Year holiday', () => {
    // (.10 - .20 + .25 - .05 + 0 + 1.00 + 0) / 7 = 1.1 / 7 = .1571429; spread -.12 - .1571429 = -.2771429
    const w = m.ytd as BasketWindow;
    expect(w.basket).toEqual({
      value: expect.closeTo(1.1 / 7, 12),
      from: '2025-12-31',
      to: '2026-01-06',
      sessions: 3,
    });
    expect(w.spread.value).toBeCloseTo(-0.12 - 1.1 / 7, 12);
    expect(m).toMatchObject({ date: '2026-01-06', members: MEGA_CAPS });
  });
  it('on the first session of the year YTD is the 1-day basket', () => {
    // row 4 over row 3: f / b - 1 with f = 100: (0 - .2 + .25 + 0 + 0 + 1 + 0) / 7 = 1.05 / 7 = .15
    const first = basket(
      stocks.map((s) => ({ ...s, i: 4 })),
      { ...rut, i: 4 },
    );
    expect((first.ytd as BasketWindow).basket).toEqual({
      value: expect.closeTo(0.15, 12),
      from: '2025-12-31',
      to: '2026-01-02',
      sessions: 1,
    });
    // RUT 100 / 2500 - 1 = -.96 (row 4 close is 100 in this toy file)
    expect((first.ytd as BasketWindow).spread.value).toBeCloseTo(-0.96 - 0.15, 12);
    expect(first.sessions5).toEqual({
      unavailable: 'RUT: 5-session return needs 6 closes, history begins 2025-12-26',
    });
  });
  it('a stock missing on the date makes both windows unavailable (no 6-stock basket)', () => {
    const six = basket(
      stocks.filter((s) => s.series.symbol !== 'TSLA'),
      rut,
    );
    const why =
      'TSLA: not in the brief on 2026-01-06; the equal-weight basket needs all of AAPL MSFT NVDA AMZN META TSLA GOOG';
    expect(six).toEqual({
      date: '2026-01-06',
      members: MEGA_CAPS,
      sessions5: { unavailable: why },
      ytd: { unavailable: why },
    });
  });
  it('a stock whose history starts inside the window makes that window unavailable', () => {
    const young: RowOf = {
      series: makeSeries(
        'META',
        D.slice(4).map((d) => [d, 100] as const),
      ),
      i: 2,
    };
    const b = basket([...stocks.filter((s) => s.series.symbol !== 'META'), young], rut);
    expect(b.ytd).toEqual({
      unavailable: 'META: year-to-date return needs a close before 2026, history begins 2026-01-02',
    });
    expect(b.sessions5).toEqual({
      unavailable: 'META: 5-session return needs 6 closes, history begins 2026-01-02',
    });
  });
  it('stocks not in the member list are ignored; rows on other dates are a caller bug', () => {
    const extra = basket([...stocks, stock('IBM', 1, 1, 1000)], rut);
    expect(extra).toEqual(m);
    expect(() => basket([{ ...(stocks[0] as RowOf), i: 5 }], rut)).toThrow(
      /AAPL row 5 is 2026-01-05, not 2026-01-06/,
    );
  });
});

describe('megaCapBasket on the real files', () => {
  const series = MEGA_CAPS.map(real);
  const r = real('RUT');
  const at = (d: string) =>
    basket(
      series.map((s) => ({ series: s, i: indexAtOrBefore(s, d) })),
      { series: r, i: indexAtOrBefore(r, d) },
    );
  it('2026-08-21 matches an independent python computation', () => {
    // python3 (csv): 5s returns .011179 -.024546 -.046367 -.015306 -.067729 .060157 -.005210 -> mean -0.012545959274149445
    // RUT 5s -0.016474276663559828 -> spread -0.003928317389410383
    // YTD mean 0.019701225170053127; RUT YTD 0.21594658952177959 -> spread 0.19624536435172646
    const m = at('2026-08-21');
    const five = m.sessions5 as BasketWindow;
    const ytd = m.ytd as BasketWindow;
    expect(five.basket).toMatchObject({
      value: expect.closeTo(-0.012545959274149445, 14),
      from: '2026-08-14',
    });
    expect(five.spread.value).toBeCloseTo(-0.003928317389410383, 14);
    expect(ytd.basket).toMatchObject({
      value: expect.closeTo(0.019701225170053127, 14),
      from: '2025-12-31',
    });
    expect(ytd.rut.value).toBeCloseTo(0.21594658952177959, 14);
    expect(ytd.spread.value).toBeCloseTo(0.19624536435172646, 14);
  });
  it('no YTD in 2016: the stock files begin 2016-06-27/28', () => {
    const m = at('2016-12-30');
    expect(m.ytd).toMatchObject({
      unavailable: expect.stringMatching(
        /^AAPL: year-to-date return needs a close before 2016, history begins 2016-06-27/,
      ),
    });
    expect(isAvailable(m.sessions5)).toBe(true);
    // 2020-12-31 YTD (python): mean 1.61094326656324 (TSLA +743%), RUT .18363530659826055
    expect((at('2020-12-31').ytd as BasketWindow).basket.value).toBeCloseTo(1.61094326656324, 12);
  });
  it('250 consecutive dates take well under the budget', () => {
    const t0 = cpuMs();
    for (const d of r.dates.slice(-250)) at(d);
    expect(cpuMs() - t0).toBeLessThan(200);
  });
});

describe('megaCapBasket properties', () => {
  const ret = fc.double({ min: -0.5, max: 2, noNaN: true });
  const build = (r5: readonly number[], k: number): RowOf[] =>
    MEGA_CAPS.map((sym, j) => ({
      series: makeSeries(
        sym,
        D.map((d, row) => [d, k * (row === 6 ? 1 + (r5[j] as number) : 1)] as const),
      ),
      i: 6,
    }));
  it('the basket lies between its worst and best member, equals their mean, and rescaling closes changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(ret, { minLength: 7, maxLength: 7 }),
        fc.integer({ min: -20, max: 20 }),
        (r5, m) => {
          const a = basket(build(r5, 1), rut).sessions5;
          const b = basket(build(r5, 2 ** m), rut).sessions5;
          if (!isAvailable(a) || !isAvailable(b)) return false;
          const v = a.basket.value;
          const mean = r5.reduce((t, x) => t + x, 0) / 7;
          return (
            v >= Math.min(...r5) - 1e-12 &&
            v <= Math.max(...r5) + 1e-12 &&
            Math.abs(v - mean) < 1e-12 &&
            v === b.basket.value &&
            Math.abs(a.spread.value - (a.rut.value - v)) < 1e-15
          );
        },
      ),
    );
  });
});
