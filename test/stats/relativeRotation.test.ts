import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/model/series.js';
import { isAvailable } from '../../src/model/figure.js';
import {
  quadrantOf,
  relativeRotation,
  ROTATION_WINDOWS,
  rotationSessions,
  type RelativeRotation,
  type RotationWindows,
} from '../../src/stats/relativeRotation.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { cpuMs, seriesOn, weekdaysFrom } from '../helpers/seriesBuilders.js';

const real = realSeries;

/** Weekdays from 2020-01-01: weekends are gaps in the dates. */
const weekdays = (n: number): string[] => weekdaysFrom('2020-01-01', n);
const series = seriesOn;

describe('relativeRotation with tiny windows (hand values)', () => {
  // average 2, normalise 2, lag 1: the date's point needs 2 + 2*(2-1) + 1 = 5 common sessions.
  const w: RotationWindows = { average: 2, normalise: 2, lag: 1 };
  // Series dates skip 2026-01-19 (holiday); the benchmark has a row there, which is not common.
  const dates = [
    '2026-01-13',
    '2026-01-14',
    '2026-01-15',
    '2026-01-16',
    '2026-01-20',
    '2026-01-21',
  ];
  const s = series('XLK', dates, [100, 100, 110, 99, 108.9, 99]);
  const b = makeSeries('SPY', [
    ...dates.slice(0, 4).map((d) => [d, 100] as const),
    ['2026-01-19', 555] as const,
    ...dates.slice(4).map((d) => [d, 100] as const),
  ]);
  it('strength, momentum, quadrant of the date and a tail of 1', () => {
    // RS = 1, 1, 1.1, .99, 1.089, .99; A_k = mean of 2: -, 1, 1.05, 1.045, 1.0395, 1.0395
    // d = RS / A - 1: -, 0, 1/21, -1/19, 1/21, -1/21
    // sd_2 = sqrt((0 + (1/21)^2) / 2) -> strength_2 = 100 + 10 * sqrt(2) = 114.142136
    // sd_3 = sd_4 = sqrt(((1/21)^2 + (1/19)^2) / 2) = 0.0501879
    //   strength_3 = 100 - 10 * (1/19) / 0.0501879 = 89.513100; strength_4 = 100 + 10 * (1/21) / 0.0501879 = 109.488147
    // sd_5 = 1/21 -> strength_5 = 100 - 10 = 90
    // e_3 = 89.513100 - 114.142136 = -24.629035; e_4 = 19.975047; e_5 = 90 - 109.488147 = -19.488147
    // se_4 = sqrt((24.629035^2 + 19.975047^2) / 2) = 22.423112 -> momentum_4 = 100 + 10 * 19.975047 / 22.423112 = 108.908240
    // se_5 = sqrt((19.975047^2 + 19.488147^2) / 2) = 19.733099 -> momentum_5 = 100 - 10 * 19.488147 / 19.733099 = 90.124132
    const r = relativeRotation(s, b, '2026-01-21', 1, w) as RelativeRotation;
    expect(r).toEqual({
      symbol: 'XLK',
      benchmark: 'SPY',
      date: '2026-01-21',
      ratio: 0.99,
      point: {
        date: '2026-01-21',
        strength: expect.closeTo(90, 9),
        momentum: expect.closeTo(90.124132, 6),
        quadrant: 'lagging',
      },
      tail: [
        {
          date: '2026-01-20',
          strength: expect.closeTo(109.488147, 6),
          momentum: expect.closeTo(108.90824, 6),
          quadrant: 'leading',
        },
      ],
      historyFrom: '2026-01-13',
      windows: w,
    });
  });
  it('one session fewer than needed is unavailable, naming where the common history begins', () => {
    expect(relativeRotation(s, b, '2026-01-20', 1, w)).toEqual({
      unavailable:
        'XLK/SPY: relative rotation needs 6 common sessions up to 2026-01-20 (2-session average, 2 x 2-session normalisation, 1-session change, 1-session tail); common history begins 2026-01-13 (5 sessions)',
    });
    expect(relativeRotation(s, b, '2026-01-20', 0, w)).toMatchObject({
      point: { date: '2026-01-20' },
      tail: [],
    });
  });
  it('a date that is not a session of both files is unavailable (no stale point)', () => {
    expect(relativeRotation(s, b, '2026-01-19', 0, w)).toEqual({
      unavailable: 'XLK: no row on 2026-01-19 (history 2026-01-13..2026-01-21)',
    });
  });
});

describe('quadrantOf', () => {
  it('> 100 is strong / rising; exactly 100 counts as weak / falling', () => {
    expect(quadrantOf(101, 101)).toBe('leading');
    expect(quadrantOf(101, 100)).toBe('weakening');
    expect(quadrantOf(100, 100)).toBe('lagging');
    expect(quadrantOf(99, 100.5)).toBe('improving');
  });
});

describe('relativeRotation with the brief windows', () => {
  it('needs 562 common sessions for the date plus one per tail point', () => {
    expect(rotationSessions(0)).toBe(562); // 50 + 2 * 251 + 10
    expect(rotationSessions(5)).toBe(567);
    const D = weekdays(566);
    const s = series(
      'IWM',
      D,
      D.map((_, k) => 100 + Math.sin(k / 7) * 5),
    );
    const b = series(
      'SPY',
      D,
      D.map(() => 100),
    );
    expect(relativeRotation(s, b, D[565] as string)).toMatchObject({
      unavailable: expect.stringMatching(
        /needs 567 common sessions .*begins 2020-01-01 \(566 sessions\)/,
      ),
    });
    expect(relativeRotation(s, b, D[565] as string, 4)).toMatchObject({
      historyFrom: D[0],
      tail: { length: 4 },
    });
  });
  it('a ratio that never moves has no strength; a steady trend has no momentum', () => {
    const D = weekdays(600);
    const b = series(
      'SPY',
      D,
      D.map((_, k) => 100 * 1.001 ** k),
    );
    const twice = series(
      'X',
      D,
      D.map((_, k) => 200 * 1.001 ** k),
    );
    expect(relativeRotation(twice, b, D[599] as string)).toMatchObject({
      unavailable: expect.stringMatching(/^X\/SPY: strength undefined/),
    });
    // RS grows 1% a session: d is constant, so strength is exactly 110 every day and never changes
    const trend = series(
      'Y',
      D,
      D.map((_, k) => 100 * 1.001 ** k * 1.01 ** k),
    );
    expect(relativeRotation(trend, b, D[599] as string)).toMatchObject({
      unavailable: expect.stringMatching(/^Y\/SPY: momentum undefined/),
    });
  });
  it('a flat stretch early in the history does not affect later points', () => {
    // ratio constant on rows 0..399 (strength undefined there), then moving
    const D = weekdays(1300);
    const f = (k: number) => (k < 400 ? 1 : 1 + 0.1 * Math.sin(k / 9) + 0.03 * Math.cos(k / 2.3));
    const b = series(
      'SPY',
      D,
      D.map((_, k) => 100 + k / 10),
    );
    const s = series(
      'X',
      D,
      D.map((_, k) => f(k) * (100 + k / 10)),
    );
    expect(relativeRotation(s, b, D[600] as string)).toMatchObject({
      unavailable: expect.stringMatching(/^X\/SPY: strength undefined/),
    });
    const late = relativeRotation(s, b, D[1299] as string) as RelativeRotation;
    // the same pair with the flat rows cut off: the same values (the windows start after row 733)
    const cut = (x: Series) => series(x.symbol, D.slice(400), x.close.slice(400));
    const fresh = relativeRotation(cut(s), cut(b), D[1299] as string) as RelativeRotation;
    for (const [p, q] of [late.point, ...late.tail].map(
      (p, j) => [p, [fresh.point, ...fresh.tail][j]] as const,
    )) {
      expect(Number.isFinite(p.strength) && Number.isFinite(p.momentum)).toBe(true);
      expect(p.strength).toBeCloseTo(q?.strength as number, 9);
      expect(p.momentum).toBeCloseTo(q?.momentum as number, 9);
    }
  });
  it('as-of: rows after the date change nothing', () => {
    const D = weekdays(700);
    const s = series(
      'A',
      D,
      D.map((_, k) => 100 + 10 * Math.sin(k / 11) + k / 50),
    );
    const b = series(
      'B',
      D,
      D.map((_, k) => 100 + 5 * Math.cos(k / 17)),
    );
    const cut = (x: Series) => series(x.symbol, D.slice(0, 651), x.close);
    expect(relativeRotation(s, b, D[650] as string)).toEqual(
      relativeRotation(cut(s), cut(b), D[650] as string),
    );
  });
});

/** Straight from the formula: every average and RMS recomputed from scratch over its window. */
function naive(rs: readonly number[], k: number, w: RotationWindows) {
  const mean = (xs: number[]) => xs.reduce((t, x) => t + x, 0) / xs.length;
  const range = (end: number, len: number) =>
    Array.from({ length: len }, (_, j) => end - len + 1 + j);
  const memo = <T>(f: (j: number) => T) => {
    const m = new Map<number, T>();
    return (j: number): T => (m.has(j) ? (m.get(j) as T) : (m.set(j, f(j)), m.get(j) as T));
  };
  const d = memo(
    (j) => (rs[j] as number) / mean(range(j, w.average).map((m) => rs[m] as number)) - 1,
  );
  const strength = memo(
    (j) => 100 + (10 * d(j)) / Math.sqrt(mean(range(j, w.normalise).map((m) => d(m) ** 2))),
  );
  const e = (j: number) => strength(j) - strength(j - w.lag);
  const se = Math.sqrt(mean(range(k, w.normalise).map((m) => e(m) ** 2)));
  return { strength: strength(k), momentum: 100 + (10 * e(k)) / se };
}

describe('relativeRotation properties', () => {
  const w: RotationWindows = { average: 5, normalise: 8, lag: 3 };
  const walk = (n: number) =>
    fc.array(fc.double({ min: -0.05, max: 0.05, noNaN: true }), { minLength: n, maxLength: n });
  const closes = (rets: readonly number[]) =>
    rets.reduce<number[]>((a, r) => [...a, (a[a.length - 1] as number) * (1 + r)], [100]);
  /** Returns of at least 0.01% in size, so every ratio moves (no 0/0 noise in the axes). */
  const moving = (n: number) =>
    fc.array(
      fc
        .tuple(fc.boolean(), fc.double({ min: 1e-4, max: 0.05, noNaN: true }))
        .map(([up, r]) => (up ? r : -r)),
      { minLength: n, maxLength: n },
    );
  it('running sums equal the naive formula at random dates', () => {
    const D = weekdays(61);
    fc.assert(
      fc.property(moving(60), moving(60), fc.integer({ min: 22, max: 60 }), (ra, rb, at) => {
        const a = closes(ra);
        const b = closes(rb);
        const r = relativeRotation(series('A', D, a), series('B', D, b), D[at] as string, 0, w);
        const rs = a.map((x, k) => x / (b[k] as number));
        if (!isAvailable(r)) return /undefined/.test(r.unavailable);
        const n = naive(rs, at, w);
        return (
          Math.abs(r.point.strength - n.strength) < 1e-7 &&
          Math.abs(r.point.momentum - n.momentum) < 1e-7
        );
      }),
      { numRuns: 200 },
    );
  });
  it('near-flat ratios (many zero returns): still the naive value, up to the rounding the tiny RMS amplifies', () => {
    const D = weekdays(61);
    fc.assert(
      fc.property(walk(60), walk(60), fc.integer({ min: 22, max: 60 }), (ra, rb, at) => {
        const a = closes(ra);
        const b = closes(rb);
        const r = relativeRotation(series('A', D, a), series('B', D, b), D[at] as string, 0, w);
        const rs = a.map((x, k) => x / (b[k] as number));
        if (!isAvailable(r)) return /undefined/.test(r.unavailable);
        const n = naive(rs, at, w);
        return (
          Math.abs(r.point.strength - n.strength) < 1e-3 &&
          Math.abs(r.point.momentum - n.momentum) < 1e-3
        );
      }),
      { numRuns: 200 },
    );
  });
  it('the brief windows equal the naive formula too (one random walk, random date)', () => {
    const D = weekdays(800);
    fc.assert(
      fc.property(walk(799), fc.integer({ min: 561, max: 799 }), (ra, at) => {
        const a = closes(ra);
        const r = relativeRotation(
          series('A', D, a),
          series(
            'B',
            D,
            D.map(() => 50),
          ),
          D[at] as string,
          0,
        );
        if (!isAvailable(r)) return false;
        const n = naive(
          a.map((x) => x / 50),
          at,
          ROTATION_WINDOWS,
        );
        return (
          Math.abs(r.point.strength - n.strength) < 1e-7 &&
          Math.abs(r.point.momentum - n.momentum) < 1e-7
        );
      }),
      { numRuns: 20 },
    );
  });
  it('rescaling either series changes nothing; strength > 100 iff RS is above its average; momentum > 100 iff strength rose over the lag', () => {
    const D = weekdays(41);
    fc.assert(
      fc.property(
        moving(40),
        moving(40),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (ra, rb, k) => {
          const a = closes(ra);
          const b = closes(rb);
          const r = relativeRotation(
            series('A', D, a),
            series('B', D, b),
            D[40] as string,
            w.lag,
            w,
          );
          const q = relativeRotation(
            series(
              'A',
              D,
              a.map((x) => x * k),
            ),
            series('B', D, b),
            D[40] as string,
            w.lag,
            w,
          );
          if (!isAvailable(r) || !isAvailable(q)) return !isAvailable(r) && !isAvailable(q);
          const rs = a.map((x, j) => x / (b[j] as number));
          const avg = rs.slice(40 - w.average + 1).reduce((t, x) => t + x, 0) / w.average;
          const p = r.point;
          const lagged = r.tail[0]?.strength as number;
          const gap = (rs[40] as number) / avg - 1;
          return (
            Math.abs(p.strength - q.point.strength) < 1e-6 &&
            Math.abs(p.momentum - q.point.momentum) < 1e-6 &&
            (Math.abs(gap) < 1e-12 || p.strength > 100 === gap > 0) &&
            (Math.abs(p.strength - lagged) < 1e-9 || p.momentum > 100 === p.strength > lagged) &&
            p.quadrant === quadrantOf(p.strength, p.momentum)
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('relativeRotation on the real files', () => {
  const spy = real('SPY');
  const iwm = real('IWM');
  const xlc = real('XLC');
  it('IWM vs SPY on 2026-08-21 matches an independent numpy computation', () => {
    // python3 + numpy, formula recomputed from scratch on the common dates of IWM.csv and SPY.csv
    const r = relativeRotation(iwm, spy, '2026-08-21') as RelativeRotation;
    expect(r.ratio).toBeCloseTo(0.3917358825680405, 14);
    expect(r.historyFrom).toBe('2024-05-17');
    expect(r.point).toEqual({
      date: '2026-08-21',
      strength: expect.closeTo(96.47162567665997, 9),
      momentum: expect.closeTo(100.44804988132631, 9),
      quadrant: 'improving',
    });
    expect(r.tail.map((p) => [p.date, p.strength, p.momentum])).toEqual([
      ['2026-08-14', expect.closeTo(98.70203888919933, 9), expect.closeTo(101.97486980856087, 9)],
      ['2026-08-17', expect.closeTo(99.15089802062099, 9), expect.closeTo(101.40291867347446, 9)],
      ['2026-08-18', expect.closeTo(96.18096075251185, 9), expect.closeTo(98.5841535724334, 9)],
      ['2026-08-19', expect.closeTo(97.32107989674118, 9), expect.closeTo(101.8206431131232, 9)],
      ['2026-08-20', expect.closeTo(94.87836072352508, 9), expect.closeTo(101.03989214217793, 9)],
    ]);
  });
  it('XLC: unavailable until 567 sessions after 2018-06-19, then a point (numpy check on 2020-10-01)', () => {
    expect(relativeRotation(xlc, spy, '2019-06-03')).toMatchObject({
      unavailable: expect.stringMatching(/common history begins 2018-06-19/),
    });
    expect(relativeRotation(xlc, spy, '2020-10-01', 0)).toMatchObject({
      historyFrom: '2018-07-11',
      point: {
        strength: expect.closeTo(100.43666913002139, 9),
        momentum: expect.closeTo(107.14524227998236, 9),
        quadrant: 'leading',
      },
    });
  });
  it('12 pairs x 250 consecutive dates stay well inside the backfill budget', () => {
    const sectors = [
      'XLB',
      'XLC',
      'XLE',
      'XLF',
      'XLI',
      'XLK',
      'XLP',
      'XLRE',
      'XLU',
      'XLV',
      'XLY',
    ].map(real);
    const t0 = cpuMs();
    for (const d of spy.dates.slice(-250))
      for (const s of [iwm, ...sectors]) relativeRotation(s, spy, d);
    expect(cpuMs() - t0).toBeLessThan(800);
  });
});
