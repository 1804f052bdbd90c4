import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore, type Series } from '../../src/model/series.js';
import { isAvailable, type Maybe } from '../../src/model/figure.js';
import {
  sectorDispersion,
  type Dispersion,
  type DispersionPercentile,
  type SectorInput,
} from '../../src/stats/sectorDispersion.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { cpuMs, weekdaysFrom } from '../helpers/seriesBuilders.js';

const real = realSeries;

/** Weekdays from 2024-01-01 (Monday): weekends are gaps in the dates. */
const weekdays = (n: number): string[] => weekdaysFrom('2024-01-01', n);

/** A series on `dates` whose close moves by rets[k] on row k (rets[0] is ignored). */
const fromReturns = (sym: string, dates: readonly string[], rets: readonly number[]): Series => {
  let c = 100;
  return makeSeries(
    sym,
    dates.map((d, k) => {
      if (k > 0) c *= 1 + (rets[k] as number);
      return [d, c] as const;
    }),
  );
};

const input = (s: Series, name = s.symbol, i = s.dates.length - 1): SectorInput => ({
  series: s,
  i,
  name,
});

// 254 weekdays; today is row 253, the past 252 sessions are rows 1..252.
const D = weekdays(254);
// A: return (-1)^k * k * 1e-4 on past day k, 0.01005 today; B: flat (return 0) -> dispersion_k = k * 1e-4.
const aRets = D.map((_, k) => (k === 253 ? 0.01005 : (k % 2 ? -1 : 1) * k * 1e-4));
const A = fromReturns('XLA', D, aRets);
const B = fromReturns(
  'XLB',
  D,
  D.map(() => 0),
);

describe('sectorDispersion', () => {
  it('best minus worst 1-day return, percentile among the 252 previous sessions', () => {
    // today: 0.01005 - 0 = 0.01005; past k * 1e-4 <= 0.01005 for k = 1..100 -> 100 / 252 = 0.3968254
    expect(sectorDispersion([input(A), input(B)])).toEqual({
      value: expect.closeTo(0.01005, 12),
      best: { symbol: 'XLA', name: 'XLA', value: expect.closeTo(0.01005, 12) },
      worst: { symbol: 'XLB', name: 'XLB', value: 0 },
      sectors: 2,
      percentile: { value: 100 / 252, sessions: 252, from: D[1], to: D[252] },
    });
  });
  it('each past day counts the sectors present that day (one starting inside the window)', () => {
    // C starts on row 200 (no return there), +4% on rows 201..252, +3% today.
    // today: max(.01005, 0, .03) - 0 = .03; days 1..200: k * 1e-4 <= .02 < .03 -> counted (200)
    // days 201..252: >= .04 - 0 > .03 -> not counted. 200 / 252 = 0.7936508
    const C = fromReturns(
      'XLC',
      D.slice(200),
      D.slice(200).map((_, k) => (k === 53 ? 0.03 : 0.04)),
    );
    const d = sectorDispersion([input(A), input(B), input(C)]) as Dispersion;
    expect(d.value).toBeCloseTo(0.03, 12);
    expect(d.best.symbol).toBe('XLC');
    expect(d.percentile).toMatchObject({ value: 200 / 252 });
  });
  it('a sector missing a past row is skipped that day (holiday-like gap in one file)', () => {
    // B without row 150: on day 150 only A has a return -> fewer than 2 sectors: unavailable
    const rows = D.map((d) => [d, 100] as const).filter((_, k) => k !== 150);
    const gap = makeSeries('XLB', rows);
    expect(sectorDispersion([input(A), input(gap)])).toMatchObject({
      percentile: {
        unavailable: `sectors: dispersion percentile needs 1-day returns of 2 sectors on each of the 252 sessions before ${D[253]}; ${D[150]} has 1 (histories begin XLA ${D[0]}, XLB ${D[0]})`,
      },
    });
  });
  it('percentile is unavailable when the history is shorter than 252 past sessions', () => {
    // row 252: past rows 0..251, but row 0 has no return
    expect(
      (sectorDispersion([input(A, 'a', 252), input(B, 'b', 252)]) as Dispersion).percentile,
    ).toEqual({
      unavailable: `sectors: dispersion percentile needs 252 past sessions with sector returns before ${D[252]}, the longest sector history (XLA) begins ${D[0]}`,
    });
  });
  it('fewer than 2 sector returns: unavailable', () => {
    expect(sectorDispersion([input(A)])).toEqual({
      unavailable: `sectors: dispersion needs 1-day returns of 2 sectors on ${D[253]}, 1 have one`,
    });
    expect(sectorDispersion([input(A, 'a', 0), input(B, 'b', 0)])).toMatchObject({
      unavailable: expect.stringMatching(/0 have one/),
    });
    expect(sectorDispersion([])).toMatchObject({
      unavailable: expect.stringMatching(/0 have one/),
    });
  });
  it('as-of: rows after the date do not change the figure', () => {
    const cut = (s: Series, n: number) =>
      makeSeries(
        s.symbol,
        s.dates.slice(0, n).map((d, k) => [d, s.close[k] as number]),
      );
    expect(sectorDispersion([input(A, 'XLA', 252), input(B, 'XLB', 252)])).toEqual(
      sectorDispersion([input(cut(A, 253)), input(cut(B, 253))]),
    );
  });
});

/** Naive: every sector's returns by date; the calendar is the sector with most rows up to the date. */
function naivePercentile(xs: readonly SectorInput[]): number | null {
  const date = xs[0]?.series.dates[xs[0].i] as string;
  const byDate = xs.map(
    ({ series: s }) =>
      new Map(
        s.dates
          .slice(1)
          .map((d, k) => [d, (s.close[k + 1] as number) / (s.close[k] as number) - 1]),
      ),
  );
  const disp = (d: string) => {
    const r = byDate.map((m) => m.get(d)).filter((x): x is number => x !== undefined);
    return r.length < 2 ? null : Math.max(...r) - Math.min(...r);
  };
  const ref = xs.reduce((a, b) => (b.i > a.i ? b : a));
  const past = ref.series.dates.filter((d) => d < date).slice(-252);
  if (past.length < 252 || past[0] === ref.series.dates[0]) return null;
  const today = disp(date) as number;
  let n = 0;
  for (const d of past) {
    const v = disp(d);
    if (v === null) return null;
    if (v <= today) n++;
  }
  return n / 252;
}

describe('sectorDispersion properties', () => {
  const E = weekdays(320);
  const sectorArb = fc.record({
    start: fc.integer({ min: 0, max: 40 }),
    drop: fc.array(fc.integer({ min: 1, max: 319 }), { maxLength: 3 }),
    rets: fc.array(fc.double({ min: -0.05, max: 0.05, noNaN: true }), {
      minLength: 320,
      maxLength: 320,
    }),
  });
  const build = (
    specs: { start: number; drop: number[]; rets: number[] }[],
    k: number,
  ): SectorInput[] =>
    specs.map((sp, j) => {
      const s = fromReturns(
        `S${j}`,
        E,
        sp.rets.map((r) => r * k),
      );
      const keep = E.map((_, r) => r).filter((r) => r >= sp.start && !sp.drop.includes(r));
      return {
        series: makeSeries(
          s.symbol,
          keep.map((r) => [E[r] as string, s.close[r] as number]),
        ),
        i: 0,
        name: s.symbol,
      };
    });
  it('the offset-guess calendar walk equals a naive by-date computation at random dates', () => {
    fc.assert(
      fc.property(
        fc.array(sectorArb, { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 250, max: 319 }),
        (specs, at) => {
          const date = E[at] as string;
          const xs = build(specs, 1)
            .map((x) => ({ ...x, i: indexAtOrBefore(x.series, date) }))
            .filter((x) => x.series.dates[x.i] === date);
          if (xs.length < 2) return true;
          const d = sectorDispersion(xs);
          const naive = naivePercentile(xs);
          if (!isAvailable(d)) return naive === null;
          const p: Maybe<DispersionPercentile> = d.percentile;
          return isAvailable(p) ? p.value === naive : naive === null;
        },
      ),
      { numRuns: 150 },
    );
  });
  it('dispersion >= 0 and the percentile is in [0, 1]; rescaling closes changes neither', () => {
    // scale by 2^m: exact in binary floating point, so every return (and every tie) is unchanged
    fc.assert(
      fc.property(
        fc.array(sectorArb, { minLength: 2, maxLength: 4 }),
        fc.integer({ min: -20, max: 20 }),
        (specs, m) => {
          const xs = build(
            specs.map((s) => ({ ...s, drop: [] })),
            1,
          ).map((x) => ({ ...x, i: x.series.dates.length - 1 }));
          const scaled = xs.map((x) => ({
            ...x,
            series: makeSeries(
              x.series.symbol,
              x.series.dates.map((d, r) => [d, (x.series.close[r] as number) * 2 ** m]),
            ),
          }));
          const a = sectorDispersion(xs);
          const b = sectorDispersion(scaled);
          if (!isAvailable(a) || !isAvailable(b) || !isAvailable(a.percentile)) return false;
          const p = a.percentile.value;
          return (
            a.value >= 0 &&
            p >= 0 &&
            p <= 1 &&
            a.value === b.value &&
            JSON.stringify(a.percentile) === JSON.stringify(b.percentile)
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('sectorDispersion on the real files', () => {
  const series = ['XLB', 'XLC', 'XLE', 'XLF', 'XLI', 'XLK', 'XLP', 'XLRE', 'XLU', 'XLV', 'XLY'].map(
    real,
  );
  const at = (date: string): SectorInput[] =>
    series
      .map((s) => ({ series: s, i: indexAtOrBefore(s, date), name: s.symbol }))
      .filter((x) => x.series.dates[x.i] === date);
  it('2026-08-21 and 2008-10-10 match an independent python computation', () => {
    // python3 on data/closes: 2026-08-21 XLB +0.020984357 - XLU -0.022846699 = 0.04383105576764956,
    // 211 of the 252 dispersions 2025-08-20..2026-08-20 are <= it -> 0.8373015873015873
    expect(sectorDispersion(at('2026-08-21'))).toMatchObject({
      value: expect.closeTo(0.04383105576764956, 14),
      best: { symbol: 'XLB' },
      worst: { symbol: 'XLU' },
      sectors: 11,
      percentile: { value: 211 / 252, from: '2025-08-20', to: '2026-08-20' },
    });
    // 2008-10-10 (9 sectors): XLF +10.30% - XLV -4.40% = 0.14695525982932145; 251 / 252
    expect(sectorDispersion(at('2008-10-10'))).toMatchObject({
      value: expect.closeTo(0.14695525982932145, 14),
      sectors: 9,
      percentile: { value: 251 / 252, from: '2007-10-11', to: '2008-10-09' },
    });
  });
  it('the first year of sector history has no percentile', () => {
    expect((sectorDispersion(at('1999-06-01')) as Dispersion).percentile).toMatchObject({
      unavailable: expect.stringMatching(/begins 1998-12-22/),
    });
  });
  it('one call at the last date is fast (O(252 x 11), not O(history))', () => {
    const xs = at('2026-08-21');
    const t0 = cpuMs();
    for (let k = 0; k < 50; k++) sectorDispersion(xs);
    expect((cpuMs() - t0) / 50).toBeLessThan(5);
  });
});
