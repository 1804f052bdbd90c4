import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore, type Series } from '../../src/model/series.js';
import { isAvailable } from '../../src/model/figure.js';
import { highsLows52w } from '../../src/stats/highsLows52w.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { dayAfter } from '../helpers/seriesBuilders.js';

const real = realSeries;

/** Row k's date: consecutive calendar days from 2000-01-03. */
const date = (k: number) => dayAfter(k);

/** An OHLC series: close 100, high 101, low 99 on every row, then `edit` plants extremes. */
function ohlc(
  sym: string,
  n: number,
  edit: (c: Float64Array, h: Float64Array, l: Float64Array) => void,
): Series {
  const close = new Float64Array(n).fill(100);
  const high = new Float64Array(n).fill(101);
  const low = new Float64Array(n).fill(99);
  edit(close, high, low);
  return {
    ...makeSeries(
      sym,
      Array.from({ length: n }, (_, k) => [date(k), close[k] as number] as const),
    ),
    open: close,
    high,
    low,
  };
}

// row 0: high 140 (leaves the window at row 252); row 10: high 130; row 200: low 80
const s = ohlc('IWM', 260, (_c, h, l) => {
  h[0] = 140;
  h[10] = 130;
  l[200] = 80;
});

describe('highsLows52w', () => {
  it('252 sessions ending at i, intraday highs and lows', () => {
    // window rows 1..252: high 130 (row 10), low 80 (row 200); 100 / 130 - 1 = -0.2307692; 100 / 80 - 1 = 0.25
    expect(highsLows52w(s, 252)).toEqual({
      basis: 'intraday',
      high: { date: date(10), value: 130 },
      low: { date: date(200), value: 80 },
      fromHigh: expect.closeTo(-0.2307692, 6),
      fromLow: expect.closeTo(0.25, 12),
      sessions: 252,
      from: date(1),
    });
  });
  it('row i - 251 is in the window, row i - 252 is not', () => {
    // window rows 0..251 includes the 140 high: 100 / 140 - 1 = -0.2857143
    expect(highsLows52w(s, 251)).toMatchObject({
      high: { date: date(0), value: 140 },
      fromHigh: expect.closeTo(-0.2857143, 6),
      from: date(0),
    });
  });
  it('fewer than 252 sessions (series starting inside the window) is unavailable', () => {
    expect(highsLows52w(s, 250)).toEqual({
      unavailable: `IWM: 52-week high/low needs 252 sessions up to ${date(250)}, history begins 2000-01-03 (251 sessions)`,
    });
  });
  it('falls back to closes when a row of the window has open = high = low = close', () => {
    const flatRow = ohlc('GSPC', 252, (c, h, l) => {
      c[50] = 120; // highest close (its intraday high 121 is ignored on the close basis)
      h[50] = 121;
      c[60] = 90; // lowest close
      l[60] = 89;
      h[100] = l[100] = 100; // a close-only row
    });
    // 100 / 120 - 1 = -0.1666667; 100 / 90 - 1 = 0.1111111
    expect(highsLows52w(flatRow, 251)).toMatchObject({
      basis: 'close',
      high: { date: date(50), value: 120 },
      low: { date: date(60), value: 90 },
      fromHigh: expect.closeTo(-1 / 6, 12),
      fromLow: expect.closeTo(1 / 9, 12),
    });
  });
  it('a file without high/low columns uses closes; ties give the earliest session', () => {
    // closes 100 (x 250), 105, 105: the high is the first 105 (earliest of equals), the low the first 100
    const closeOnly = makeSeries(
      'RUT',
      Array.from({ length: 252 }, (_, k) => [date(k), k >= 250 ? 105 : 100] as const),
    );
    expect(highsLows52w(closeOnly, 251)).toMatchObject({
      basis: 'close',
      high: { date: date(250), value: 105 },
      low: { date: date(0), value: 100 },
      fromHigh: 0,
    });
  });
  it('reads no row after i', () => {
    const later = ohlc('IWM', 300, (_c, h, l) => {
      h[0] = 140;
      h[10] = 130;
      l[200] = 80;
      h[253] = 999; // after row 252
      l[253] = 1;
    });
    expect(highsLows52w(later, 252)).toEqual(highsLows52w(s, 252));
  });
});

describe('highsLows52w properties', () => {
  it('matches a naive scan; high >= close >= low; fromHigh <= 0 <= fromLow', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 50, max: 150 }),
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: 0, max: 5 }),
          ),
          { minLength: 252, maxLength: 300 },
        ),
        fc.nat(),
        (rows, r) => {
          const ser = ohlc('X', rows.length, (c, h, l) =>
            rows.forEach(([x, up, down], k) => ((c[k] = x), (h[k] = x + up), (l[k] = x - down))),
          );
          const i = 251 + (r % (rows.length - 251));
          const w = rows.slice(i - 251, i + 1);
          const intraday = w.every(([, up, down]) => up + down > 0);
          const his = w.map(([x, up]) => (intraday ? x + up : x));
          const los = w.map(([x, , down]) => (intraday ? x - down : x));
          const v = highsLows52w(ser, i);
          if (!isAvailable(v)) return false;
          expect(v.basis).toBe(intraday ? 'intraday' : 'close');
          expect(v.high.value).toBe(Math.max(...his));
          expect(v.low.value).toBe(Math.min(...los));
          expect(v.high.date).toBe(date(i - 251 + his.indexOf(v.high.value)));
          expect(v.low.date).toBe(date(i - 251 + los.indexOf(v.low.value)));
          expect(v.fromHigh).toBeLessThanOrEqual(0);
          expect(v.fromLow).toBeGreaterThanOrEqual(0);
          return true;
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('highsLows52w on the real data (checked with a python3 scan)', () => {
  it('IWM on 2026-01-22: intraday 52-week high $271.60 set that day (the seed figure holds)', () => {
    const iwm = real('IWM');
    expect(highsLows52w(iwm, indexAtOrBefore(iwm, '2026-01-22'))).toEqual({
      basis: 'intraday',
      high: { date: '2026-01-22', value: 271.6 },
      low: { date: '2025-04-07', value: 171.73 },
      fromHigh: expect.closeTo(-0.006664212076583187, 12), // close 269.79 / 271.60 - 1
      fromLow: expect.closeTo(0.5710126361148316, 12),
      sessions: 252,
      from: '2025-01-22',
    });
  });
  it('GSPC: close basis while a close-only row (1983-06-30) is in the window, intraday a year later', () => {
    const g = real('GSPC');
    expect(highsLows52w(g, indexAtOrBefore(g, '1983-12-30'))).toMatchObject({
      basis: 'close',
      high: { date: '1983-10-10', value: 172.65 },
      low: { date: '1983-01-24', value: 139.97 },
      from: '1983-01-04',
    });
    expect(highsLows52w(g, indexAtOrBefore(g, '1984-12-31'))).toMatchObject({
      basis: 'intraday',
      // 170.41 is the high of both 1984-11-06 and 1984-11-07: the earliest is taken
      high: { date: '1984-11-06', value: 170.41 },
      low: { date: '1984-07-25', value: 147.26 },
      fromLow: expect.closeTo(0.13567839195979903, 12),
    });
    expect(highsLows52w(g, indexAtOrBefore(g, '1950-06-30'))).toMatchObject({
      basis: 'close',
      high: { date: '1950-06-12', value: 19.4 },
      low: { date: '1949-06-28', value: 14 },
    });
  });
  it('250 consecutive dates on RUT take well under the budget', () => {
    const rut = real('RUT');
    const t0 = performance.now();
    for (let i = rut.dates.length - 250; i < rut.dates.length; i++) highsLows52w(rut, i);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(highsLows52w(rut, rut.dates.length - 1)).toMatchObject({
      basis: 'intraday',
      high: { date: '2026-08-14', value: 3069.71 },
      low: { date: '2025-08-21', value: 2254.552 },
    });
  });
});
