import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore } from '../../src/model/series.js';
import { isAvailable } from '../../src/model/figure.js';
import { realizedVolatility } from '../../src/stats/volatility.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { seriesFromCloses } from '../helpers/seriesBuilders.js';

const real = realSeries;

/** Closes on consecutive calendar days from 2000-01-03 (the dates only need to ascend). */
// Returns +1%, -1%, +2% across a year end and the MLK holiday gap (2026-01-19 missing).
const s = makeSeries('RUT', [
  ['2025-12-31', 100],
  ['2026-01-02', 101], // +0.01 (first session of the year)
  ['2026-01-16', 99.99], // -0.01
  ['2026-01-20', 101.9898], // +0.02 (after the holiday gap: still one return)
]);

describe('realizedVolatility', () => {
  it('is the sample stdev of daily simple returns x sqrt(252)', () => {
    // r = 0.01, -0.01, 0.02; mean = 0.02 / 3 = 0.0066667
    // deviations 0.0033333, -0.0166667, 0.0133333; squares 1.1111e-5 + 2.7778e-4 + 1.7778e-4 = 4.6667e-4
    // sample var = 4.6667e-4 / (3 - 1) = 2.3333e-4; x 252 = 0.0588; sqrt = 0.2424871
    const v = realizedVolatility(s, 3, 3);
    expect(v).toEqual({
      value: expect.closeTo(0.2424871, 6),
      from: '2025-12-31',
      to: '2026-01-20',
      sessions: 3,
    });
  });
  it('window of 2 counts sessions across the holiday gap', () => {
    // r = -0.01, 0.02; mean 0.005; deviations -0.015, 0.015; ss = 4.5e-4; / (2 - 1); x 252 = 0.1134; sqrt = 0.3367492
    const v = realizedVolatility(s, 3, 2);
    expect(v).toEqual({
      value: expect.closeTo(0.3367492, 6),
      from: '2026-01-02',
      to: '2026-01-20',
      sessions: 2,
    });
  });
  it('a window longer than the history is unavailable, naming where it begins', () => {
    expect(realizedVolatility(s, 3, 20)).toEqual({
      unavailable:
        'RUT: 20-session volatility needs 21 closes up to 2026-01-20, history begins 2025-12-31 (4 closes)',
    });
    // the full history is exactly enough on the last row, not one row earlier
    expect(isAvailable(realizedVolatility(s, 3, 3))).toBe(true);
    expect(isAvailable(realizedVolatility(s, 2, 3))).toBe(false);
  });
  it('a series that starts inside the window is unavailable', () => {
    const young = seriesFromCloses(
      'XLC',
      Array.from({ length: 15 }, (_, k) => 50 + k),
    );
    expect(realizedVolatility(young, 14, 20)).toMatchObject({
      unavailable: expect.stringMatching(/^XLC: .*history begins 2000-01-03/),
    });
  });
  it('rejects a window too small for a sample stdev', () => {
    expect(realizedVolatility(s, 3, 1)).toMatchObject({
      unavailable: expect.stringMatching(/at least 2 returns/),
    });
  });
  it('reads no row after i', () => {
    const longer = makeSeries('RUT', [
      ...s.dates.map((d, k) => [d, s.close[k] as number] as const),
      ['2026-01-21', 150],
    ]);
    expect(realizedVolatility(longer, 3, 3)).toEqual(realizedVolatility(s, 3, 3));
  });
});

describe('realizedVolatility on the real data (checked with a python3 statistics.stdev one-off)', () => {
  const rut = real('RUT');
  const gspc = real('GSPC');
  it('RUT on 2026-08-21: 20/60/252 sessions', () => {
    const i = rut.dates.length - 1;
    const v = [20, 60, 252].map((n) => realizedVolatility(rut, i, n));
    expect(v.map((x) => (isAvailable(x) ? x.value : NaN))).toEqual([
      expect.closeTo(0.15710089558916412, 12),
      expect.closeTo(0.16811928176913823, 12),
      expect.closeTo(0.19111092777425612, 12),
    ]);
  });
  it('GSPC 20-session volatility on 2008-10-10 was 61.8%', () => {
    const v = realizedVolatility(gspc, indexAtOrBefore(gspc, '2008-10-10'), 20);
    expect(v).toEqual({
      value: expect.closeTo(0.6181681076134166, 12),
      from: '2008-09-12',
      to: '2008-10-10',
      sessions: 20,
    });
  });
  it('250 consecutive dates x 3 windows on GSPC take well under the budget', () => {
    const t0 = performance.now();
    for (let i = gspc.dates.length - 250; i < gspc.dates.length; i++)
      for (const n of [20, 60, 252]) realizedVolatility(gspc, i, n);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

const returns = fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), {
  minLength: 3,
  maxLength: 80,
});
const toCloses = (rs: readonly number[]) =>
  rs.reduce<number[]>((acc, r) => [...acc, (acc[acc.length - 1] as number) * (1 + r)], [100]);

describe('realizedVolatility properties', () => {
  it('rescaling the closes leaves it unchanged; it is >= 0', () => {
    fc.assert(
      fc.property(returns, fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (rs, k) => {
        const c = toCloses(rs);
        const a = realizedVolatility(seriesFromCloses('A', c), c.length - 1, rs.length);
        const b = realizedVolatility(
          seriesFromCloses(
            'A',
            c.map((x) => x * k),
          ),
          c.length - 1,
          rs.length,
        );
        if (!isAvailable(a) || !isAvailable(b)) return false;
        return a.value >= 0 && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, a.value);
      }),
    );
  });
  it('equals the naive definition sqrt(sum((r - mean)^2) / (n - 1) * 252)', () => {
    fc.assert(
      fc.property(returns, (rs) => {
        const c = toCloses(rs);
        const r = c.slice(1).map((x, k) => x / (c[k] as number) - 1);
        const mean = r.reduce((a, b) => a + b, 0) / r.length;
        const naive = Math.sqrt(
          (r.reduce((a, b) => a + (b - mean) ** 2, 0) / (r.length - 1)) * 252,
        );
        const v = realizedVolatility(seriesFromCloses('A', c), c.length - 1, rs.length);
        return isAvailable(v) && Math.abs(v.value - naive) <= 1e-9;
      }),
    );
  });
});
