import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore, type Series } from '../../src/model/series.js';
import { isAvailable } from '../../src/model/figure.js';
import { rsi } from '../../src/stats/rsi.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { seriesFromCloses } from '../helpers/seriesBuilders.js';

const real = realSeries;

/** The rows from `start` on, as if the file began there. */
const sliceFrom = (s: Series, start: number): Series => ({
  ...s,
  dates: s.dates.slice(start),
  close: s.close.slice(start),
});

// changes: +2, -1, +3 (first 3, across the year end), then -1, +2 (after a holiday gap)
const s = makeSeries('RUT', [
  ['2025-12-30', 100],
  ['2025-12-31', 102],
  ['2026-01-02', 101],
  ['2026-01-05', 104],
  ['2026-01-16', 103],
  ['2026-01-20', 105],
]);

describe('rsi (Wilder)', () => {
  it('first value: simple means of the first `period` changes', () => {
    // avgGain = (2 + 0 + 3) / 3 = 5/3; avgLoss = (0 + 1 + 0) / 3 = 1/3; RS = 5; RSI = 100 - 100 / 6 = 83.3333
    expect(rsi(s, 3, 3)).toEqual({
      value: expect.closeTo(83.333333, 5),
      overbought: true,
      oversold: false,
      period: 3,
      historyFrom: '2025-12-30',
    });
  });
  it('then Wilder smoothing avg = (prev * (period - 1) + current) / period', () => {
    // row 4, change -1: avgGain = (5/3 * 2 + 0) / 3 = 10/9; avgLoss = (1/3 * 2 + 1) / 3 = 5/9; RS = 2; RSI = 66.6667
    expect(rsi(s, 4, 3)).toMatchObject({
      value: expect.closeTo(66.666667, 5),
      overbought: false,
      oversold: false,
    });
    // row 5, change +2: avgGain = (10/9 * 2 + 2) / 3 = 38/27; avgLoss = (5/9 * 2) / 3 = 10/27; RS = 3.8; RSI = 100 - 100 / 4.8 = 79.1667
    expect(rsi(s, 5, 3)).toMatchObject({ value: expect.closeTo(79.166667, 5), overbought: true });
  });
  it('oversold at or below 30', () => {
    // changes -2, +1, -3: avgGain 1/3, avgLoss 5/3, RS = 0.2, RSI = 100 - 100 / 1.2 = 16.6667
    expect(rsi(seriesFromCloses('IWM', [100, 98, 99, 96]), 3, 3)).toMatchObject({
      value: expect.closeTo(16.666667, 5),
      oversold: true,
      overbought: false,
    });
  });
  it('only gains: 100; no change at all: unavailable, not NaN', () => {
    expect(rsi(seriesFromCloses('IWM', [1, 2, 3, 4]), 3, 3)).toMatchObject({
      value: 100,
      overbought: true,
    });
    expect(rsi(seriesFromCloses('IWM', [5, 5, 5, 5]), 3, 3)).toEqual({
      unavailable:
        'IWM: RSI(3) undefined on 2000-01-06: no close-to-close change since history begins 2000-01-03',
    });
  });
  it('needs period + 1 closes: unavailable when the history is shorter (default period 14)', () => {
    expect(rsi(s, 5)).toEqual({
      unavailable:
        'RUT: RSI(14) needs 15 closes up to 2026-01-20, history begins 2025-12-30 (6 closes)',
    });
    expect(isAvailable(rsi(s, 2, 3))).toBe(false);
  });
  it('reads no row after i', () => {
    const longer = seriesFromCloses('X', [100, 102, 101, 104, 103, 105, 50, 200]);
    const shorter = seriesFromCloses('X', [100, 102, 101, 104, 103, 105]);
    expect(rsi(longer, 5, 3)).toEqual(rsi(shorter, 5, 3));
  });
});

/** O(i) reference written from the definition. */
function naiveRsi(c: readonly number[], i: number, p: number): number {
  const ch = c.slice(1, i + 1).map((x, k) => x - (c[k] as number));
  let g = ch.slice(0, p).reduce((a, d) => a + Math.max(d, 0), 0) / p;
  let l = ch.slice(0, p).reduce((a, d) => a + Math.max(-d, 0), 0) / p;
  for (const d of ch.slice(p)) {
    g = (g * (p - 1) + Math.max(d, 0)) / p;
    l = (l * (p - 1) + Math.max(-d, 0)) / p;
  }
  return l === 0 ? 100 : 100 - 100 / (1 + g / l);
}

// daily returns in whole basis points (-10%..+10%), so a change is 0 or well above float noise
const closes = fc
  .array(fc.integer({ min: -1000, max: 1000 }), { minLength: 20, maxLength: 200 })
  .map((bps) =>
    bps.reduce<number[]>(
      (acc, b) => [...acc, (acc[acc.length - 1] as number) * (1 + b / 10_000)],
      [100],
    ),
  );

describe('rsi: memoized column vs the naive recomputation', () => {
  it('agree at random i on random data; value in [0, 100]; scale-free', () => {
    fc.assert(
      fc.property(
        closes,
        fc.nat(),
        fc.integer({ min: 2, max: 14 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (c, r, p, k) => {
          const i = p + (r % (c.length - p));
          const v = rsi(seriesFromCloses('X', c), i, p);
          if (!isAvailable(v)) return c.slice(0, i + 1).every((x) => x === c[0]);
          expect(v.value).toBeCloseTo(naiveRsi(c, i, p), 8);
          expect(v.value).toBeGreaterThanOrEqual(0);
          expect(v.value).toBeLessThanOrEqual(100);
          const scaled = rsi(
            seriesFromCloses(
              'X',
              c.map((x) => x * k),
            ),
            i,
            p,
          );
          expect(isAvailable(scaled) && scaled.value).toBeCloseTo(v.value, 6);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rsi on the real data (checked with a python3 Wilder loop)', () => {
  const rut = real('RUT');
  const gspc = real('GSPC');
  it('RUT RSI(14) on 2026-08-21 and on 2026-01-22 (overbought)', () => {
    expect(rsi(rut, rut.dates.length - 1)).toMatchObject({
      value: expect.closeTo(52.55732173912287, 9),
      overbought: false,
      oversold: false,
      period: 14,
    });
    expect(rsi(rut, indexAtOrBefore(rut, '2026-01-22'))).toMatchObject({
      value: expect.closeTo(71.4790492546372, 9),
      overbought: true,
    });
    expect(rsi(gspc, gspc.dates.length - 1)).toMatchObject({
      value: expect.closeTo(53.852232643457455, 9),
    });
  });
  it('warm-up: the value depends on where the file starts, but 250 rows make it stable to ~1e-6', () => {
    let worst250 = 0;
    let worst400 = 0;
    let worst20 = 0;
    for (let start = 0; start + 400 < gspc.dates.length; start += 97) {
      const sl = sliceFrom(gspc, start);
      const d = (w: number) => {
        const a = rsi(gspc, start + w);
        const b = rsi(sl, w);
        return isAvailable(a) && isAvailable(b) ? Math.abs(a.value - b.value) : Infinity;
      };
      worst20 = Math.max(worst20, d(20));
      worst250 = Math.max(worst250, d(250));
      worst400 = Math.max(worst400, d(400));
    }
    expect(worst20).toBeGreaterThan(0.1); // a short warm-up visibly changes the value
    expect(worst250).toBeLessThan(1e-5);
    expect(worst400).toBeLessThan(1e-9);
  });
  it('250 consecutive dates on GSPC take well under the budget', () => {
    rsi(gspc, 100); // the one-time column pass
    const t0 = performance.now();
    for (let i = gspc.dates.length - 250; i < gspc.dates.length; i++) rsi(gspc, i);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
