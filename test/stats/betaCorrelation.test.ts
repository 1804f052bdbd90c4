import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignPair, type AlignedPair } from '../../src/stats/alignPair.js';
import { betaCorrelation, rollingBetaCorrelation } from '../../src/stats/betaCorrelation.js';
import { isAvailable } from '../../src/model/figure.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { seriesFromCloses } from '../helpers/seriesBuilders.js';

const real = realSeries;

/** A pair from two close arrays on the same synthetic dates (consecutive calendar days from 2000-01-03). */
function pairOf(a: readonly number[], b: readonly number[]): AlignedPair {
  return alignPair(seriesFromCloses('S', a), seriesFromCloses('L', b), '2099-12-31');
}

// small returns x = +2%, -1%, +3%; large returns y = +1%, -1%, +2%.
// large has an extra session (2026-01-06) that small lacks: the join skips it, so large's
// 2026-01-05 -> 2026-01-07 return is 99.99 / 101 - 1 = -1% over two sessions.
const small = makeSeries('RUT', [
  ['2026-01-02', 100],
  ['2026-01-05', 102],
  ['2026-01-07', 100.98],
  ['2026-01-08', 104.0094],
]);
const large = makeSeries('GSPC', [
  ['2026-01-02', 100],
  ['2026-01-05', 101],
  ['2026-01-06', 120],
  ['2026-01-07', 99.99],
  ['2026-01-08', 101.9898],
]);
const p = alignPair(small, large, '2026-01-08');

describe('betaCorrelation', () => {
  it('beta = sample cov / sample var(large); Pearson correlation', () => {
    // in units of 0.01/3: dx = x - mean(x) = (2, -7, 5), dy = (1, -5, 4)
    // sum dx*dy = 2 + 35 + 20 = 57; sum dx^2 = 4 + 49 + 25 = 78; sum dy^2 = 1 + 25 + 16 = 42
    // beta = 57 / 42 = 1.3571429 (the n - 1 cancels); corr = 57 / sqrt(78 * 42) = 57 / 57.236352 = 0.9958705
    expect(p.dates).toEqual(['2026-01-02', '2026-01-05', '2026-01-07', '2026-01-08']);
    expect(betaCorrelation(p, 3)).toEqual({
      beta: expect.closeTo(57 / 42, 9),
      correlation: expect.closeTo(0.9958705, 6),
      from: '2026-01-02',
      to: '2026-01-08',
      sessions: 3,
    });
  });
  it('a 2-session window uses the last two returns', () => {
    // x = -0.01, 0.03 -> dx = (-0.02, 0.02); y = -0.01, 0.02 -> dy = (-0.015, 0.015)
    // cov = (0.0003 + 0.0003) / 1 = 0.0006; var y = 0.00045; beta = 1.3333333; corr = 1 (two points)
    const r = betaCorrelation(p, 2);
    expect(r).toMatchObject({
      beta: expect.closeTo(4 / 3, 9),
      correlation: expect.closeTo(1, 12),
      from: '2026-01-05',
    });
  });
  it('a window longer than the common history is unavailable', () => {
    expect(betaCorrelation(p, 60)).toEqual({
      unavailable:
        'RUT/GSPC: 60-session beta/correlation needs 61 common closes, common history begins 2026-01-02 (4 common closes)',
    });
    expect(betaCorrelation(alignPair(small, large, '2025-12-31'), 60)).toMatchObject({
      unavailable: expect.stringMatching(/no common sessions/),
    });
  });
  it('a flat large series has no beta', () => {
    expect(betaCorrelation(pairOf([100, 101, 102, 101], [50, 50, 50, 50]), 3)).toEqual({
      unavailable: 'S/L: L returns do not vary in the 3-session window ending 2000-01-06',
    });
  });
  it('only sees the pair up to its last date', () => {
    const later = makeSeries('RUT', [
      ...small.dates.map((d, k) => [d, small.close[k] as number] as const),
      ['2026-01-09', 1],
    ]);
    expect(betaCorrelation(alignPair(later, large, '2026-01-08'), 3)).toEqual(
      betaCorrelation(p, 3),
    );
  });
});

describe('rollingBetaCorrelation', () => {
  it('gives the window ending at each of the last count sessions, oldest first', () => {
    const r = rollingBetaCorrelation(p, 2, 2);
    // window ending 2026-01-07: x = 0.02, -0.01 -> dx = (0.015, -0.015); y = 0.01, -0.01 -> dy = (0.01, -0.01)
    // beta = (0.015 * 0.01 * 2) / (0.01^2 * 2) = 1.5; correlation 1 (two points)
    expect(r).toEqual({
      sessions: 2,
      requested: 2,
      points: [
        { date: '2026-01-07', beta: expect.closeTo(1.5, 9), correlation: expect.closeTo(1, 9) },
        { date: '2026-01-08', beta: expect.closeTo(4 / 3, 9), correlation: expect.closeTo(1, 9) },
      ],
    });
  });
  it('returns fewer points when the history is short, keeping the request', () => {
    const r = rollingBetaCorrelation(p, 2, 10);
    expect(isAvailable(r) && r.points.map((x) => x.date)).toEqual(['2026-01-07', '2026-01-08']);
    expect(r).toMatchObject({ requested: 10 });
    expect(rollingBetaCorrelation(p, 4, 10)).toMatchObject({
      unavailable: expect.stringMatching(/needs 5 common closes/),
    });
  });
  it('matches the direct two-pass computation at every point on random data', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -0.1, max: 0.1, noNaN: true }),
            fc.double({ min: -0.1, max: 0.1, noNaN: true }),
          ),
          { minLength: 4, maxLength: 120 },
        ),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 120 }),
        (rs, sessions, count) => {
          const a = [100];
          const b = [100];
          for (const [x, y] of rs) {
            a.push((a[a.length - 1] as number) * (1 + x));
            b.push((b[b.length - 1] as number) * (1 + y));
          }
          const pair = pairOf(a, b);
          const roll = rollingBetaCorrelation(pair, sessions, count);
          if (sessions > rs.length) return !isAvailable(roll);
          if (!isAvailable(roll)) return /do not vary/.test(roll.unavailable);
          expect(roll.points.length).toBe(Math.min(count, rs.length - sessions + 1));
          for (const pt of roll.points) {
            const direct = betaCorrelation(
              alignPair(
                makeSeries(
                  'S',
                  pair.dates.map((d, k) => [d, a[k] as number] as const),
                ),
                makeSeries(
                  'L',
                  pair.dates.map((d, k) => [d, b[k] as number] as const),
                ),
                pt.date,
              ),
              sessions,
            );
            if (!isAvailable(direct)) return false;
            // Relative tolerance: running sums lose digits in proportion to the beta itself when
            // the benchmark barely moves (seed 1001771231: beta -65.518943, off by 5.0e-7, a
            // relative 7.6e-9), so an absolute 5e-7 fails on a correct computation.
            expect(Math.abs(pt.beta - direct.beta)).toBeLessThanOrEqual(
              5e-7 + 1e-8 * Math.abs(direct.beta),
            );
            expect(pt.correlation).toBeCloseTo(direct.correlation, 6);
          }
          return true;
        },
      ),
      {
        numRuns: 60,
        examples: [
          [
            [
              [0, -0.002762135863826287],
              [0.00015358728892678197, 0],
              [0, 0],
              [0, 0],
              [0, 0],
              [0, 3.3488088113653447e-7],
              [0, 0],
              [0, 0],
              [0, 0],
            ],
            8,
            2,
          ],
        ],
      },
    );
  });
});

describe('betaCorrelation on the real data (checked with python3 statistics.covariance/correlation)', () => {
  const rut = real('RUT');
  const gspc = real('GSPC');
  it('RUT on GSPC, 60 and 252 sessions to 2026-08-21', () => {
    const pair = alignPair(rut, gspc, '2026-08-21');
    expect(betaCorrelation(pair, 60)).toEqual({
      beta: expect.closeTo(1.0049700918063829, 10),
      correlation: expect.closeTo(0.8202339060308087, 10),
      from: '2026-05-27',
      to: '2026-08-21',
      sessions: 60,
    });
    expect(betaCorrelation(pair, 252)).toEqual({
      beta: expect.closeTo(1.2327624404683188, 10),
      correlation: expect.closeTo(0.8297161059861232, 10),
      from: '2025-08-20',
      to: '2026-08-21',
      sessions: 252,
    });
  });
  it('RUT on GSPC as of 2008-12-31', () => {
    const pair = alignPair(rut, gspc, '2008-12-31');
    expect(betaCorrelation(pair, 60)).toMatchObject({
      beta: expect.closeTo(1.0505986612888873, 10),
      correlation: expect.closeTo(0.9286790148479916, 10),
      from: '2008-10-06',
    });
    expect(betaCorrelation(pair, 252)).toMatchObject({
      beta: expect.closeTo(1.0517105535026061, 10),
      correlation: expect.closeTo(0.9294458626228184, 10),
      from: '2008-01-02',
    });
  });
  it('rolling 252-session values over 1000 points agree with the direct ones at the end and the start', () => {
    const pair = alignPair(rut, gspc, '2026-08-21');
    const roll = rollingBetaCorrelation(pair, 252, 1000);
    if (!isAvailable(roll)) throw new Error(roll.unavailable);
    const lastPt = roll.points[roll.points.length - 1];
    expect(lastPt?.beta).toBeCloseTo(1.2327624404683188, 10);
    const first = roll.points[0];
    const direct = betaCorrelation(alignPair(rut, gspc, first?.date as string), 252);
    expect(isAvailable(direct) && direct.beta).toBeCloseTo(first?.beta as number, 10);
  });
});

describe('betaCorrelation properties', () => {
  const closes = fc
    .array(fc.double({ min: -0.1, max: 0.1, noNaN: true }), { minLength: 5, maxLength: 60 })
    .map((rs) =>
      rs.reduce<number[]>((acc, r) => [...acc, (acc[acc.length - 1] as number) * (1 + r)], [100]),
    );
  it('correlation is in [-1, 1]; beta and correlation ignore the price scale; beta(x, x) = 1', () => {
    fc.assert(
      fc.property(closes, closes, fc.double({ min: 0.01, max: 100, noNaN: true }), (a, b, k) => {
        const n = Math.min(a.length, b.length);
        const pa = pairOf(a.slice(0, n), b.slice(0, n));
        const r = betaCorrelation(pa, n - 1);
        const scaled = betaCorrelation(
          pairOf(
            a.slice(0, n).map((x) => x * k),
            b.slice(0, n),
          ),
          n - 1,
        );
        const self = betaCorrelation(pairOf(a, a), a.length - 1);
        if (!isAvailable(r) || !isAvailable(scaled)) return true; // flat draws are unavailable, not NaN
        expect(Math.abs(r.correlation)).toBeLessThanOrEqual(1);
        expect(scaled.beta).toBeCloseTo(r.beta, 6);
        expect(scaled.correlation).toBeCloseTo(r.correlation, 6);
        if (isAvailable(self))
          expect(self).toMatchObject({
            beta: expect.closeTo(1, 9),
            correlation: expect.closeTo(1, 9),
          });
        return true;
      }),
    );
  });
  it('beta(small on large) x beta(large on small) = correlation^2', () => {
    fc.assert(
      fc.property(closes, closes, (a, b) => {
        const n = Math.min(a.length, b.length);
        const ab = betaCorrelation(pairOf(a.slice(0, n), b.slice(0, n)), n - 1);
        const ba = betaCorrelation(pairOf(b.slice(0, n), a.slice(0, n)), n - 1);
        if (!isAvailable(ab) || !isAvailable(ba)) return true;
        return (
          Math.abs(ab.beta * ba.beta - ab.correlation ** 2) < 1e-9 &&
          Math.abs(ab.correlation - ba.correlation) < 1e-12
        );
      }),
    );
  });
});
