import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore, type Series } from '../../src/model/series.js';
import { drawdown, type Drawdown } from '../../src/stats/drawdown.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { seriesFromCloses } from '../helpers/seriesBuilders.js';

const real = realSeries;

const s = makeSeries('RUT', [
  ['2025-12-30', 100],
  ['2025-12-31', 110], // peak 1
  ['2026-01-02', 99], // first session of 2026: 99 / 110 - 1 = -0.10
  ['2026-01-05', 104.5], // 104.5 / 110 - 1 = -0.05
  ['2026-01-06', 110], // back at the peak close: recovery of drawdown 1
  ['2026-01-07', 121], // peak 2
  ['2026-01-08', 96.8], // 96.8 / 121 - 1 = -0.20 (deepest)
  ['2026-01-09', 102.85], // -0.15
  ['2026-01-12', 121], // after a weekend gap, back at 121: recovery of drawdown 2
  ['2026-01-13', 108.9], // 108.9 / 121 - 1 = -0.10
]);

describe('drawdown', () => {
  it('mid-drawdown, not yet recovered', () => {
    expect(drawdown(s, 3)).toEqual({
      current: { value: expect.closeTo(-0.05, 12), peak: { date: '2025-12-31', close: 110 } },
      max: {
        value: expect.closeTo(-0.1, 12),
        peak: { date: '2025-12-31', close: 110 },
        trough: { date: '2026-01-02', close: 99 },
        recovery: null,
      },
      historyFrom: '2025-12-30',
    });
  });
  it('a close equal to the peak is a recovery; the peak stays the earlier close (earliest of equals)', () => {
    const d = drawdown(s, 4);
    expect(d.current).toEqual({ value: 0, peak: { date: '2025-12-31', close: 110 } });
    expect(d.max).toMatchObject({ value: expect.closeTo(-0.1, 12), recovery: '2026-01-06' });
  });
  it('the deeper drawdown replaces the max; its recovery is only reported once it has happened', () => {
    expect(drawdown(s, 7).max).toEqual({
      value: expect.closeTo(-0.2, 12),
      peak: { date: '2026-01-07', close: 121 },
      trough: { date: '2026-01-08', close: 96.8 },
      recovery: null, // 2026-01-12 is after row 7
    });
    const d = drawdown(s, 9);
    expect(d.max).toMatchObject({
      value: expect.closeTo(-0.2, 12),
      trough: { date: '2026-01-08' },
      recovery: '2026-01-12',
    });
    expect(d.current).toEqual({
      value: expect.closeTo(-0.1, 12),
      peak: { date: '2026-01-07', close: 121 },
    });
  });
  it('with no decline yet, the max is 0 at the highest close', () => {
    const at = { date: '2025-12-31', close: 110 };
    expect(drawdown(s, 1)).toEqual({
      current: { value: 0, peak: at },
      max: { value: 0, peak: at, trough: at, recovery: '2025-12-31' },
      historyFrom: '2025-12-30',
    });
    expect(drawdown(s, 0).max.trough).toEqual({ date: '2025-12-30', close: 100 });
  });
  it('of equally deep drawdowns, the first is the max', () => {
    // 100 -> 80 (-20%) -> 100 -> 80 (-20%): the trough stays the first one
    const eq = seriesFromCloses('IWM', [100, 80, 100, 80]);
    expect(drawdown(eq, 3).max).toMatchObject({
      value: expect.closeTo(-0.2, 12),
      trough: { date: '2000-01-04' },
      recovery: '2000-01-05',
    });
  });
});

/** O(i) reference: walk rows 0..i. */
function naive(s: Series, i: number): Drawdown {
  const c = s.close;
  let peak = 0;
  let best = 0;
  let bp = 0;
  let bt = 0;
  for (let k = 0; k <= i; k++) {
    if ((c[k] as number) > (c[peak] as number)) peak = k; // earliest of equal highs
    const v = (c[k] as number) / (c[peak] as number) - 1;
    if (v < best) [best, bp, bt] = [v, peak, k];
  }
  if (best === 0) bp = bt = peak;
  let rec: string | null = best === 0 ? (s.dates[peak] as string) : null;
  for (let k = bt + 1; k <= i && best < 0; k++) {
    if ((c[k] as number) >= (c[bp] as number)) {
      rec = s.dates[k] as string;
      break;
    }
  }
  const at = (k: number) => ({ date: s.dates[k] as string, close: c[k] as number });
  return {
    current: { value: (c[i] as number) / (c[peak] as number) - 1, peak: at(peak) },
    max: { value: best, peak: at(bp), trough: at(bt), recovery: rec },
    historyFrom: s.dates[0] as string,
  };
}

const closes = fc
  .array(fc.integer({ min: -15, max: 15 }), { minLength: 1, maxLength: 150 })
  .map((steps) => {
    // integer steps make exact ties (equal peaks) common
    let c = 100;
    return steps.map((x) => (c = Math.max(1, c + x)));
  });

describe('drawdown: prefix arrays vs the naive walk', () => {
  it('agree at random i on random data', () => {
    fc.assert(
      fc.property(closes, fc.nat(), (c, r) => {
        const ser = seriesFromCloses('X', c);
        const i = r % c.length;
        expect(drawdown(ser, i)).toEqual(naive(ser, i));
      }),
      { numRuns: 300 },
    );
  });
  it('is as-of: the same with or without the rows after i; values <= 0; scale-free', () => {
    fc.assert(
      fc.property(closes, fc.nat(), fc.double({ min: 0.01, max: 100, noNaN: true }), (c, r, k) => {
        const i = r % c.length;
        const d = drawdown(seriesFromCloses('X', c), i);
        expect(drawdown(seriesFromCloses('X', c.slice(0, i + 1)), i)).toEqual(d);
        expect(d.current.value).toBeLessThanOrEqual(0);
        expect(d.max.value).toBeLessThanOrEqual(d.current.value);
        expect(
          drawdown(
            seriesFromCloses(
              'X',
              c.map((x) => x * k),
            ),
            i,
          ).max.value,
        ).toBeCloseTo(d.max.value, 9);
      }),
    );
  });
});

describe('drawdown on the real data (checked with a python3 walk; matches data/SOURCES.md)', () => {
  const rut = real('RUT');
  it('RUT since its file start 1987-09-10: -59.89%, 2007-07-13 -> 2009-03-09, recovered 2011-04-27', () => {
    // SOURCES.md: RUT close-to-close since 2000-05-26 is -59.89%; since 1987 it is the same episode.
    const d = drawdown(rut, rut.dates.length - 1);
    expect(d).toEqual({
      current: {
        value: expect.closeTo(-0.016474276663559828, 12),
        peak: { date: '2026-08-14', close: 3068.42 },
      },
      max: {
        value: expect.closeTo(-0.5988875515617513, 12),
        peak: { date: '2007-07-13', close: 855.77 },
        trough: { date: '2009-03-09', close: 343.26 },
        recovery: '2011-04-27',
      },
      historyFrom: '1987-09-10',
    });
  });
  it('IWM and SPY raw close-to-close: -59.49% and -56.47% as in SOURCES.md', () => {
    const iwm = real('IWM');
    const spy = real('SPY');
    expect(drawdown(iwm, iwm.dates.length - 1).max.value).toBeCloseTo(-0.5949352179034157, 12);
    expect(drawdown(spy, spy.dates.length - 1).max).toMatchObject({
      value: expect.closeTo(-0.5647367075664622, 12),
      recovery: '2013-03-14',
    });
  });
  it('GSPC since 1927: 1929-09-16 -> 1932-06-01 (-86.19%), not recovered as of 1950, recovered 1954-09-22', () => {
    const g = real('GSPC');
    expect(drawdown(g, indexAtOrBefore(g, '1950-01-03')).max).toEqual({
      value: expect.closeTo(-0.8618957940991839, 12),
      peak: { date: '1929-09-16', close: 31.86 },
      trough: { date: '1932-06-01', close: 4.4 },
      recovery: null,
    });
    expect(drawdown(g, g.dates.length - 1).max.recovery).toBe('1954-09-22');
  });
  it('250 consecutive dates on GSPC take well under the budget', () => {
    const g = real('GSPC');
    drawdown(g, 0); // the one-time prefix pass
    const t0 = performance.now();
    for (let i = g.dates.length - 250; i < g.dates.length; i++) drawdown(g, i);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
