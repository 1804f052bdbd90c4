import { describe, expect, it } from 'vitest';
import { alignPair } from '../../src/stats/alignPair.js';
import { outperformanceStreaks, streakStats } from '../../src/stats/streaks.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { STREAK_DATES, streakPair } from './fixtures/streakPair.js';

// Daily returns (small vs large):
// d1 +1% vs 0%    beat      d2 +1% vs +2%  no       d3 0% vs -1%  beat   d4 +2% vs +1% beat
// d5 -1% vs -1%   tie (no)  d6 +1% vs 0%   beat     d7 +1% vs 0%  beat
// Streaks: [d1] len 1, [d3,d4] len 2, [d6,d7] len 2 (current, running at d7)
const dates = STREAK_DATES;
const { small, large } = streakPair();

describe('outperformanceStreaks', () => {
  it('finds every run; a tie ends a run', () => {
    expect(outperformanceStreaks(alignPair(small, large, '2026-12-31'))).toEqual([
      { length: 1, start: '2026-01-05', end: '2026-01-05' },
      { length: 2, start: '2026-01-07', end: '2026-01-08' },
      { length: 2, start: '2026-01-12', end: '2026-01-13' },
    ]);
  });
});

describe('streakStats', () => {
  it('ranks the running streak against earlier ones (ties share the rank)', () => {
    const st = streakStats(alignPair(small, large, '2026-01-13'));
    expect(st).toMatchObject({
      current: 2,
      currentStart: '2026-01-12',
      rank: 1, // no earlier streak is longer than 2
      tiedWith: 1, // 2026-01-07..08 is as long
      streakCount: 3,
      record: { length: 2, start: '2026-01-07', end: '2026-01-08' }, // earliest of equals
      lastAtLeastAsLong: { length: 2, start: '2026-01-07', end: '2026-01-08' },
      historyFrom: '2026-01-05',
      historyTo: '2026-01-13',
    });
  });
  it('uses only rows up to the date: on 2026-01-09 no streak is running', () => {
    const st = streakStats(alignPair(small, large, '2026-01-09'));
    expect(st).toMatchObject({
      current: 0,
      rank: null,
      currentStart: null,
      streakCount: 2,
      lastAtLeastAsLong: null,
    });
  });
  it('a streak of 1 ranks behind the longer ones', () => {
    const st = streakStats(alignPair(small, large, '2026-01-12'));
    // current [d6] len 1; earlier: len 1 (tie), len 2 (longer) -> rank 2, tied with 1
    expect(st).toMatchObject({
      current: 1,
      rank: 2,
      tiedWith: 1,
      lastAtLeastAsLong: { end: '2026-01-08' },
    });
  });
  it('joins on common dates only: a session missing from one series is skipped', () => {
    const gappy = makeSeries('IWM', [
      ['2026-01-02', 100],
      ['2026-01-06', 103],
      ['2026-01-07', 104],
    ]);
    const p = alignPair(gappy, large, '2026-12-31');
    expect(p.dates).toEqual(['2026-01-02', '2026-01-06', '2026-01-07']);
    // 103/100 = 1.03 > 102/100; 104/103 = 1.0097 > 100.98/102 = 0.99 -> one run of 2
    expect(outperformanceStreaks(p)).toEqual([
      { length: 2, start: '2026-01-06', end: '2026-01-07' },
    ]);
  });
  it('needs two common sessions', () => {
    expect(streakStats(alignPair(small, large, '2026-01-02'))).toEqual({
      unavailable: 'RUT/GSPC: fewer than 2 common sessions',
    });
  });
});

describe('alignPairAsOf', () => {
  it('equals alignPair at every date, from one memoized alignment', async () => {
    const { alignPairAsOf } = await import('../../src/stats/alignPair.js');
    for (const d of ['2025-12-31', ...dates, '2026-12-31']) {
      const a = alignPairAsOf(small, large, d);
      const b = alignPair(small, large, d);
      expect(a.dates).toEqual(b.dates);
      expect([...a.smallClose]).toEqual([...b.smallClose]);
      expect([...a.largeClose]).toEqual([...b.largeClose]);
    }
  });
});
