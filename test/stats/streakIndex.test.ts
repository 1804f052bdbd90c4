import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/model/series.js';
import { alignPair } from '../../src/stats/alignPair.js';
import {
  buildRunIndex,
  commonIndexAtOrBefore,
  pairStreakIndex,
  runContextAt,
  streakStatsAt,
} from '../../src/stats/streakIndex.js';
import { streakStats } from '../../src/stats/streaks.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { STREAK_DATES, streakPair } from './fixtures/streakPair.js';
import { rng } from '../helpers/synthetic.js';

const load = realSeries;

// Same fixture as streaks.test.ts. Daily returns (small vs large):
// d1 +1% vs 0% beat | d2 +1% vs +2% no | d3 0% vs -1% beat | d4 +2% vs +1% beat
// d5 -1% vs -1% tie (no) | d6 +1% vs 0% beat | d7 +1% vs 0% beat
// Streaks: [d1] len 1, [d3,d4] len 2, [d6,d7] len 2
const dates = STREAK_DATES;
const { small, large } = streakPair();

describe('buildRunIndex / runContextAt', () => {
  // flags:  0 1 1 0 1 0 1 1 1   -> runs [1..2] len 2, [4..4] len 1, [6..8] len 3 (running at the end)
  const ri = buildRunIndex([0, 1, 1, 0, 1, 0, 1, 1, 1]);
  it('run lengths, runs and the prefix record', () => {
    expect(Array.from(ri.run)).toEqual([0, 1, 2, 0, 1, 0, 1, 2, 3]);
    expect(Array.from(ri.starts)).toEqual([1, 4, 6]);
    expect(Array.from(ri.ends)).toEqual([2, 4, 8]);
    expect(Array.from(ri.lengthsDesc)).toEqual([3, 2, 1]);
    // record of the first e runs: none, run 0 (len 2), run 0 (2 > 1), run 2 (len 3)
    expect(Array.from(ri.recordOrd)).toEqual([-1, 0, 0, 2]);
  });
  it('at row 7 the current run (len 2) has one earlier run as long and none longer', () => {
    // earlier runs = runs ending before row 7: [1..2] (len 2) and [4..4] (len 1)
    expect(runContextAt(ri, 7)).toEqual({
      current: 2,
      earlier: 2,
      longer: 0,
      tied: 1,
      record: { length: 2, start: 1, end: 2 },
      lastAtLeastOrd: 0,
    });
  });
  it('at row 8 the running run (len 3) becomes the record; at row 5 nothing runs', () => {
    expect(runContextAt(ri, 8).record).toEqual({ length: 3, start: 6, end: 8 });
    expect(runContextAt(ri, 5)).toMatchObject({
      current: 0,
      earlier: 2,
      longer: 2,
      lastAtLeastOrd: -1,
    });
    expect(runContextAt(ri, 0)).toMatchObject({ current: 0, earlier: 0, record: null });
  });
});

describe('streakStatsAt', () => {
  const idx = pairStreakIndex(small, large);
  it('is built once per pair (memoized)', () => {
    expect(pairStreakIndex(small, large)).toBe(idx);
    expect(pairStreakIndex(large, small)).not.toBe(idx);
  });
  it('ranks the running streak like streakStats (hand values)', () => {
    expect(streakStatsAt(idx, '2026-01-13')).toEqual({
      current: 2,
      currentStart: '2026-01-12',
      rank: 1, // no earlier streak is longer than 2
      tiedWith: 1, // 2026-01-07..08
      streakCount: 3,
      record: { length: 2, start: '2026-01-07', end: '2026-01-08' }, // earliest of equals
      lastAtLeastAsLong: { length: 2, start: '2026-01-07', end: '2026-01-08' },
      historyFrom: '2026-01-05',
      historyTo: '2026-01-13',
    });
  });
  it('equals the slow version on every date of the fixture, and on non-session dates', () => {
    for (const d of [...dates, '2026-01-01', '2026-01-10', '2026-01-11', '2027-01-01'])
      expect(streakStatsAt(idx, d)).toEqual(streakStats(alignPair(small, large, d)));
  });
  it('needs two common sessions', () => {
    expect(streakStatsAt(idx, '2026-01-02')).toEqual({
      unavailable: 'RUT/GSPC: fewer than 2 common sessions',
    });
    expect(streakStatsAt(idx, '2025-06-01')).toEqual({
      unavailable: 'RUT/GSPC: fewer than 2 common sessions',
    });
  });
  it('holiday gap in one series: only common sessions count', () => {
    const gappy = makeSeries('IWM', [
      ['2026-01-02', 100],
      ['2026-01-06', 103],
      ['2026-01-07', 104],
    ]);
    const g = pairStreakIndex(gappy, large);
    expect(g.dates).toEqual(['2026-01-02', '2026-01-06', '2026-01-07']);
    expect(commonIndexAtOrBefore(g, '2026-01-05')).toBe(0);
    // 103/100 = 1.03 > 102/100; 104/103 = 1.0097 > 100.98/102 = 0.99 -> a running streak of 2
    expect(streakStatsAt(g, '2026-01-07')).toMatchObject({
      current: 2,
      currentStart: '2026-01-06',
      rank: 1,
    });
  });
});

describe('streakStatsAt on the real data', () => {
  const gspc = load('GSPC');
  const pairs: [Series, Series][] = [
    [load('RUT'), gspc],
    [load('RUT'), load('IXIC')],
    [load('IWM'), load('SPY')],
  ];
  it('RUT/GSPC on 2026-01-22: a 14-session streak, 2nd longest, behind 16 sessions ended 1996-05-07', () => {
    const [rut] = pairs[0] as [Series, Series];
    expect(streakStatsAt(pairStreakIndex(rut, gspc), '2026-01-22')).toMatchObject({
      current: 14,
      currentStart: '2026-01-02',
      rank: 2,
      tiedWith: 0,
      streakCount: 2396, // counted independently with a python one-off
      record: { length: 16, start: '1996-04-16', end: '1996-05-07' },
      lastAtLeastAsLong: { length: 16, start: '1996-04-16', end: '1996-05-07' },
      historyFrom: '1987-09-11',
    });
  });
  it.each(pairs.map(([a, b]) => [`${a.symbol}/${b.symbol}`, a, b] as const))(
    '%s: equals streakStats(alignPair) at 200 random dates',
    (_, a, b) => {
      const idx = pairStreakIndex(a, b);
      const next = rng(a.dates.length + b.dates.length);
      const picks = [
        '1900-01-01',
        a.dates[0] as string,
        a.dates[1] as string,
        '2026-01-22',
        '2026-08-21',
        '2026-12-31',
      ];
      for (let q = 0; q < 200; q++) {
        const d = a.dates[Math.floor(next() * a.dates.length)] as string;
        picks.push(q % 4 === 0 ? `${d.slice(0, 8)}${q % 8 === 0 ? '00' : '31'}` : d); // also non-session dates
      }
      for (const d of picks)
        expect(streakStatsAt(idx, d), d).toEqual(streakStats(alignPair(a, b, d)));
    },
  );
});

/** Random pair on a random shared calendar; closes from a small set so ties happen. */
const pairArb = fc
  .array(
    fc.tuple(
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 4 }),
      fc.boolean(),
      fc.boolean(),
    ),
    { minLength: 0, maxLength: 60 },
  )
  .map((rows) => {
    const day = (k: number) => new Date(Date.UTC(2020, 0, 1 + k)).toISOString().slice(0, 10);
    const a: [string, number][] = [];
    const b: [string, number][] = [];
    rows.forEach(([x, y, inA, inB], k) => {
      if (inA || !inB) a.push([day(k), x * 10]);
      if (inB || !inA) b.push([day(k), y * 10]);
    });
    return { small: makeSeries('S', a), large: makeSeries('L', b), last: day(rows.length) };
  });

describe('streakStatsAt properties', () => {
  it('equals the slow version at every date on random data (ties, gaps, one-sided rows)', () => {
    fc.assert(
      fc.property(pairArb, fc.integer({ min: -1, max: 61 }), ({ small: s, large: l }, k) => {
        const date = new Date(Date.UTC(2020, 0, 1 + k)).toISOString().slice(0, 10);
        expect(streakStatsAt(pairStreakIndex(s, l), date)).toEqual(
          streakStats(alignPair(s, l, date)),
        );
      }),
      { numRuns: 500 },
    );
  });
  it('rank is between 1 and streakCount, and the record is at least the current streak', () => {
    fc.assert(
      fc.property(pairArb, ({ small: s, large: l, last }) => {
        const st = streakStatsAt(pairStreakIndex(s, l), last);
        if ('unavailable' in st) return;
        expect(st.record.length).toBeGreaterThanOrEqual(st.current);
        if (st.rank !== null) expect(st.rank).toBeGreaterThanOrEqual(1);
        if (st.rank !== null) expect(st.rank).toBeLessThanOrEqual(st.streakCount);
      }),
    );
  });
});
