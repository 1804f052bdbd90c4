import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/model/series.js';
import { alignPair } from '../../src/stats/alignPair.js';
import {
  relativeRatio,
  type RatioAverage,
  type RatioZScore,
  type RelativeRatio,
} from '../../src/stats/relativeRatio.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { weekdaysFrom } from '../helpers/seriesBuilders.js';
import { realSeries } from '../helpers/realSeries.js';

const load = realSeries;

/** Weekdays from 2024-01-01 (Monday). */
const weekdays = (n: number): string[] => weekdaysFrom('2024-01-01', n);

// small close = 100 + k, large close = 100  ->  ratio_k = 1 + k/100, k = 0..299
const D = weekdays(300);
const small = makeSeries(
  'RUT',
  D.map((d, k) => [d, 100 + k]),
);
const large = makeSeries(
  'GSPC',
  D.map((d) => [d, 100]),
);

describe('relativeRatio', () => {
  const r = relativeRatio(small, large, D[299] as string) as RelativeRatio;
  it('ratio and its moving averages (hand values)', () => {
    expect(r.ratio).toBeCloseTo(3.99, 12); // 1 + 299/100
    // ma50: mean k over 250..299 = 274.5 -> 3.745; distance 3.99 / 3.745 - 1
    expect(r.ma50).toEqual({
      sessions: 50,
      from: D[250],
      value: expect.closeTo(3.745, 12),
      distance: expect.closeTo(3.99 / 3.745 - 1, 12),
    });
    // ma200: mean k over 100..299 = 199.5 -> 2.995
    expect(r.ma200).toEqual({
      sessions: 200,
      from: D[100],
      value: expect.closeTo(2.995, 12),
      distance: expect.closeTo(3.99 / 2.995 - 1, 12),
    });
  });
  it('1-year z-score with the sample standard deviation', () => {
    // last 252: k = 48..299, mean k = 173.5 -> mean 2.735; sample sd of 252 consecutive integers
    // = sqrt(252 * 253 / 12) = sqrt(5313) = 72.8903...; /100 -> 0.728903; z = 125.5 / 72.8903 = 1.721765
    const z = r.zScore252 as RatioZScore;
    expect(z).toMatchObject({
      sessions: 252,
      from: D[48],
      mean: expect.closeTo(2.735, 12),
      sd: expect.closeTo(Math.sqrt(5313) / 100, 12),
    });
    expect(z.value).toBeCloseTo(125.5 / Math.sqrt(5313), 12);
    expect(z.value).toBeCloseTo(1.721765, 6);
  });
  it('chart: the last 253 ratios (a year of change from its base close); each average only where it exists', () => {
    expect(r.chart.ratio).toHaveLength(253);
    expect(r.chart.ratio[0]).toEqual({ date: D[47], value: expect.closeTo(1.47, 12) }); // k = 47..299
    expect(r.chart.ma50).toHaveLength(251); // k = 49..299
    expect(r.chart.ma200).toHaveLength(101); // k = 199..299
    expect(r.chart.ma200[0]).toEqual({ date: D[199], value: expect.closeTo(1.995, 12) }); // mean k 0..199 = 99.5
    expect(r.chart.ma200.at(-1)?.value).toBeCloseTo((r.ma200 as RatioAverage).value, 12);
  });
  it('ma200Side: a rising ratio is above its trailing average on every session that has one', () => {
    // ratio_k = 1 + k/100 > the mean of ratios k-199..k (1 + (k - 99.5)/100): above for
    // k = 199..299, 101 sessions, all the reach has.
    expect(r.ma200Side).toEqual({
      side: 'above',
      sessions: 101,
      from: D[199],
      atLeast: true,
      before: 0,
      beforeAtLeast: false,
      beforeFrom: null,
      readsFrom: D[0], // D[199]'s average reads D[0..199]
    });
  });
  it('ma200Side: a run longer than the 452 sessions read is counted over the whole history', () => {
    // 700 sessions of a rising ratio (1 + k/100): above its average on k = 199..699, 501
    // sessions, reaching the first session with an average (so still "at least").
    const E = weekdays(700);
    const up = makeSeries(
      'RUT',
      E.map((d, k) => [d, 100 + k]),
    );
    const flat = makeSeries(
      'GSPC',
      E.map((d) => [d, 100]),
    );
    const q = relativeRatio(up, flat, E[699] as string) as RelativeRatio;
    expect(q.ma200Side).toMatchObject({
      side: 'above',
      sessions: 501,
      from: E[199],
      atLeast: true,
    });
    expect(q.chart.ratio).toHaveLength(253); // the other figures keep their window
  });
  it('ma200Side on real data: 367 sessions below on 2020-03-12, not "at least 253"', () => {
    // RUT/GSPC (python over the two CSVs): below its 200-session average on every common session
    // from 2018-09-26 to 2020-03-12, 367; the session before, 2018-09-25, one above (from a run
    // below before it); that session's average reads from 2017-12-08.
    const q = relativeRatio(load('RUT'), load('GSPC'), '2020-03-12') as RelativeRatio;
    expect(q.ma200Side).toEqual({
      side: 'below',
      sessions: 367,
      from: '2018-09-26',
      atLeast: false,
      before: 1,
      beforeAtLeast: false,
      beforeFrom: '2018-09-25',
      readsFrom: '2017-12-08',
    });
  });
  it('series starting inside the window: the long figures are unavailable, with the reason', () => {
    const q = relativeRatio(small, large, D[99] as string) as RelativeRatio;
    expect(q.ma50).toMatchObject({ value: expect.closeTo(1.745, 12) }); // mean k 50..99 = 74.5
    const why = ` common sessions (common history begins ${D[0]}, 100 sessions up to ${D[99]})`;
    expect(q.ma200).toEqual({
      unavailable: `RUT/GSPC: 200-session average of the ratio needs 200${why}`,
    });
    expect(q.zScore252).toEqual({
      unavailable: `RUT/GSPC: 1-year z-score of the ratio needs 252${why}`,
    });
    expect(q.ma200Side).toEqual({
      unavailable: `RUT/GSPC: the ratio's side of its 200-session average needs 200${why}`,
    });
    expect(q.chart.ma200).toEqual([]);
    expect(relativeRatio(small, large, '2023-12-31')).toEqual({
      unavailable:
        'RUT/GSPC: no common session up to 2023-12-31; histories begin 2024-01-01 and 2024-01-01',
    });
  });
  it('holiday gap in one series: only common sessions count; the date may be a non-session', () => {
    const l = makeSeries(
      'GSPC',
      D.slice(0, 5)
        .filter((_, k) => k !== 2)
        .map((d) => [d, 50]),
    );
    const q = relativeRatio(small, l, '2024-01-07') as RelativeRatio; // a Sunday
    expect(q.date).toBe(D[4]);
    expect(q.chart.ratio.map((p) => p.date)).toEqual([D[0], D[1], D[3], D[4]]); // D[2] skipped
    expect(q.ratio).toBeCloseTo(104 / 50, 14);
  });
  it('a constant ratio has no z-score', () => {
    const flat = makeSeries(
      'IWM',
      D.map((d) => [d, 30]),
    );
    expect(relativeRatio(flat, large, D[299] as string)).toMatchObject({
      zScore252: { unavailable: expect.stringContaining('did not change') },
    });
  });
});

describe('relativeRatio on the real data (python one-off)', () => {
  // Python over data/closes: ratio = RUT close / GSPC close on common dates, the last 452 up to
  // the date; side of each of the last 253 against the mean of its last 200; runs counted back.
  it('ma200Side on 2026-08-21: above for 186 sessions (from 2025-11-24), after 10 below (from 2025-11-10)', () => {
    const r = relativeRatio(load('RUT'), load('GSPC'), '2026-08-21') as RelativeRatio;
    expect(r.ma200Side).toEqual({
      side: 'above',
      sessions: 186,
      from: '2025-11-24',
      atLeast: false,
      before: 10,
      beforeAtLeast: false,
      beforeFrom: '2025-11-10', // 10 common sessions back from 2025-11-21
      readsFrom: '2025-01-27', // 2025-11-10's 200-session average starts 199 sessions back
    });
  });
  it('ma200Side on 2025-10-30: back above after one session below', () => {
    // 10-29: 0.360609 < 0.361355 (below); 10-30: 0.361452 >= 0.361263 (above).
    const r = relativeRatio(load('RUT'), load('GSPC'), '2025-10-30') as RelativeRatio;
    expect(r.ma200Side).toMatchObject({ side: 'above', sessions: 1, before: 1 });
  });

  it('RUT/GSPC on 2026-01-22', () => {
    const r = relativeRatio(load('RUT'), load('GSPC'), '2026-01-22') as RelativeRatio;
    expect(r.ratio).toBeCloseTo(0.3932637578019339, 14); // 2718.77 / 6913.35
    expect((r.ma50 as RatioAverage).value).toBeCloseTo(0.3685324117932543, 12);
    expect((r.ma200 as RatioAverage).value).toBeCloseTo(0.36091869377755664, 12);
    expect((r.ma200 as RatioAverage).distance).toBeCloseTo(0.08961869967398339, 10);
    expect(r.zScore252).toMatchObject({
      from: '2025-01-22',
      value: expect.closeTo(3.3740585066907642, 9),
    });
  });
});

/** O(n) reference from alignPair. */
function naive(s: Series, l: Series, date: string) {
  const p = alignPair(s, l, date);
  const r = Array.from(p.smallClose, (c, k) => c / (p.largeClose[k] as number));
  const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
  const n = r.length;
  const z = n >= 252 ? r.slice(-252) : null;
  const m = z ? mean(z) : NaN;
  const sd = z ? Math.sqrt(z.reduce((x, y) => x + (y - m) ** 2, 0) / 251) : NaN;
  return {
    n,
    ratio: r[n - 1],
    ma50: n >= 50 ? mean(r.slice(-50)) : null,
    ma200: n >= 200 ? mean(r.slice(-200)) : null,
    z: z ? ((r[n - 1] as number) - m) / sd : null,
  };
}

describe('relativeRatio properties', () => {
  const arb = fc.array(
    fc.tuple(
      fc.double({ min: 1, max: 100, noNaN: true }),
      fc.double({ min: 1, max: 100, noNaN: true }),
      fc.boolean(),
    ),
    { minLength: 1, maxLength: 320 },
  );
  const build = (rows: [number, number, boolean][], scale = 1) => {
    const d = weekdays(rows.length);
    return {
      s: makeSeries(
        'S',
        rows.map(([a], k) => [d[k] as string, a * scale]),
      ),
      l: makeSeries(
        'L',
        rows.flatMap(([, b, keep], k) =>
          keep || k === 0 ? [[d[k] as string, b] as [string, number]] : [],
        ),
      ),
      d,
    };
  };
  it('equals an O(n) scan over alignPair at random dates', () => {
    fc.assert(
      fc.property(arb, fc.nat(), (rows, q) => {
        const { s, l, d } = build(rows);
        const date = d[q % d.length] as string;
        const got = relativeRatio(s, l, date) as RelativeRatio;
        const want = naive(s, l, date);
        expect(got.ratio).toBe(want.ratio);
        expect(got.chart.ratio).toHaveLength(Math.min(253, want.n));
        if (want.ma50 === null) expect(got.ma50).toHaveProperty('unavailable');
        else expect((got.ma50 as RatioAverage).value).toBeCloseTo(want.ma50, 9);
        if (want.ma200 === null) expect(got.ma200).toHaveProperty('unavailable');
        else expect((got.ma200 as RatioAverage).value).toBeCloseTo(want.ma200, 9);
        if (want.z === null) expect(got.zScore252).toHaveProperty('unavailable');
        else expect((got.zScore252 as RatioZScore).value).toBeCloseTo(want.z, 6);
      }),
      { numRuns: 200 },
    );
  });
  it('rescaling the small series scales ratio and averages, leaves distances and z unchanged', () => {
    fc.assert(
      fc.property(arb, fc.double({ min: 0.1, max: 10, noNaN: true }), (rows, c) => {
        const a = build(rows);
        const b = build(rows, c);
        const date = a.d.at(-1) as string;
        const x = relativeRatio(a.s, a.l, date) as RelativeRatio;
        const y = relativeRatio(b.s, b.l, date) as RelativeRatio;
        expect(y.ratio / x.ratio).toBeCloseTo(c, 9);
        if ('value' in x.ma50 && 'value' in y.ma50)
          expect(y.ma50.distance).toBeCloseTo(x.ma50.distance, 9);
        if ('value' in x.zScore252 && 'value' in y.zScore252)
          expect(y.zScore252.value).toBeCloseTo(x.zScore252.value, 6);
      }),
      { numRuns: 100 },
    );
  });
});
