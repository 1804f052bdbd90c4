import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/model/series.js';
import { isAvailable } from '../../src/model/figure.js';
import { movingAverageDistance } from '../../src/stats/movingAverageDistance.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { seriesFromCloses } from '../helpers/seriesBuilders.js';

const real = realSeries;

const s = makeSeries('RUT', [
  ['2025-12-30', 10],
  ['2025-12-31', 12],
  ['2026-01-02', 11], // first session of 2026
  ['2026-01-16', 13],
  ['2026-01-20', 14], // after the MLK holiday gap
]);

describe('movingAverageDistance', () => {
  it('simple mean of the last n closes including row i', () => {
    // (11 + 13 + 14) / 3 = 38 / 3 = 12.666667; 14 / (38 / 3) - 1 = 42 / 38 - 1 = 0.1052632
    expect(movingAverageDistance(s, 4, 3)).toEqual({
      average: expect.closeTo(38 / 3, 12),
      distance: expect.closeTo(0.1052632, 6),
      sessions: 3,
      from: '2026-01-02',
    });
    // whole history: 60 / 5 = 12; 14 / 12 - 1 = 0.1666667
    expect(movingAverageDistance(s, 4, 5)).toEqual({
      average: 12,
      distance: expect.closeTo(1 / 6, 12),
      sessions: 5,
      from: '2025-12-30',
    });
  });
  it('window across the year end, close below the average', () => {
    // (10 + 12 + 11) / 3 = 11; 11 / 11 - 1 = 0;  (12 + 11) / 2 = 11.5; 11 / 11.5 - 1 = -0.0434783
    expect(movingAverageDistance(s, 2, 3)).toMatchObject({ average: 11, distance: 0 });
    expect(movingAverageDistance(s, 2, 2)).toMatchObject({
      average: 11.5,
      distance: expect.closeTo(-0.0434783, 6),
      from: '2025-12-31',
    });
  });
  it('a window longer than the history is unavailable', () => {
    expect(movingAverageDistance(s, 4, 200)).toEqual({
      unavailable:
        'RUT: 200-session moving average needs 200 closes up to 2026-01-20, history begins 2025-12-30 (5 closes)',
    });
    expect(isAvailable(movingAverageDistance(s, 3, 5))).toBe(false); // series starts inside the window
  });
  it('reads no row after i', () => {
    expect(movingAverageDistance(seriesFromCloses('X', [1, 2, 3, 1000]), 2, 3)).toEqual(
      movingAverageDistance(seriesFromCloses('X', [1, 2, 3]), 2, 3),
    );
  });
});

describe('movingAverageDistance: prefix sums vs the naive sum', () => {
  it('agree at random i and window on random data; distance is scale-free; average within the window range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (c, r, n, k) => {
          const i = r % c.length;
          const m = movingAverageDistance(seriesFromCloses('X', c), i, n);
          if (n > i + 1) return !isAvailable(m);
          if (!isAvailable(m)) return false;
          const w = c.slice(i - n + 1, i + 1);
          const naive = w.reduce((a, b) => a + b, 0) / n;
          expect(m.average).toBeCloseTo(naive, 6);
          expect(Math.abs(m.average / naive - 1)).toBeLessThan(1e-9);
          expect(m.average).toBeGreaterThanOrEqual(Math.min(...w) * (1 - 1e-12));
          expect(m.average).toBeLessThanOrEqual(Math.max(...w) * (1 + 1e-12));
          const scaled = movingAverageDistance(
            seriesFromCloses(
              'X',
              c.map((x) => x * k),
            ),
            i,
            n,
          );
          expect(isAvailable(scaled) && scaled.distance).toBeCloseTo(m.distance, 9);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
  it('stay exact on the 24,777-row GSPC history at random rows', () => {
    const g = real('GSPC');
    fc.assert(
      fc.property(
        fc.integer({ min: 199, max: g.dates.length - 1 }),
        fc.constantFrom(50, 200),
        (i, n) => {
          const m = movingAverageDistance(g, i, n);
          let sum = 0;
          for (let k = i - n + 1; k <= i; k++) sum += g.close[k] as number;
          return isAvailable(m) && Math.abs(m.average / (sum / n) - 1) < 1e-12;
        },
      ),
    );
  });
});

describe('movingAverageDistance on the real data (checked with python3 math.fsum)', () => {
  it('GSPC and RUT 50/200 on 2026-08-21', () => {
    const g = real('GSPC');
    const rut = real('RUT');
    const last = (x: Series) => x.dates.length - 1;
    expect(movingAverageDistance(g, last(g), 50)).toEqual({
      average: expect.closeTo(7541.0474, 8),
      distance: expect.closeTo(0.017679586525341406, 12),
      sessions: 50,
      from: '2026-06-11',
    });
    expect(movingAverageDistance(g, last(g), 200)).toEqual({
      average: expect.closeTo(7095.724, 8),
      distance: expect.closeTo(0.08154854952080992, 12),
      sessions: 200,
      from: '2025-11-04',
    });
    expect(movingAverageDistance(rut, last(rut), 50)).toMatchObject({
      average: expect.closeTo(2985.8866, 8),
      distance: expect.closeTo(0.010711525347278705, 12),
    });
    expect(movingAverageDistance(rut, last(rut), 200)).toMatchObject({
      average: expect.closeTo(2717.025895, 8),
      distance: expect.closeTo(0.11072551997153468, 12),
    });
  });
  it('250 consecutive dates x 2 windows on GSPC take well under the budget', () => {
    const g = real('GSPC');
    movingAverageDistance(g, 300, 50); // the one-time prefix pass
    const t0 = performance.now();
    for (let i = g.dates.length - 250; i < g.dates.length; i++)
      for (const n of [50, 200]) movingAverageDistance(g, i, n);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
