import { describe, expect, it } from 'vitest';
import { isAvailable, type Maybe } from '../../src/model/figure.js';
import { streakMilestones, type StreakMilestones } from '../../src/stats/streakMilestones.js';
import { pairStreakIndex } from '../../src/stats/streakIndex.js';
import { seriesOn, weekdaysFrom } from '../helpers/seriesBuilders.js';

// 20 weekdays from Monday 2026-01-05. The large series stays at 100 (0% every day), so small
// beats exactly when its close rises; a flat small close is a tie (0% vs 0%), which ends a streak.
// row:   0    1    2    3    4    5    6    7    8    9    10   11   12   13   14   15   16   17   18   19
// date:  01-05 06  07   08   09   12   13   14   15   16   19   20   21   22   23   26   27   28   29   30
// small: 100  101  102  103  102  103  104  103  104  105  105  106  107  108  109  109  110  111  112  111
// beat:  -    y    y    y    n    y    y    n    y    y    tie  y    y    y    y    tie  y    y    y    n
// Streaks: A rows 1-3 (3, 01-06..01-08), B rows 5-6 (2, 01-12..01-13), C rows 8-9 (2, 01-15..01-16),
//          D rows 11-14 (4, 01-20..01-23), E rows 16-18 (3, 01-27..01-29)
const DATES = weekdaysFrom('2026-01-05', 20);
const SMALL = [
  100, 101, 102, 103, 102, 103, 104, 103, 104, 105, 105, 106, 107, 108, 109, 109, 110, 111, 112,
  111,
];
const pair = (rows = DATES.length) =>
  pairStreakIndex(
    seriesOn('RUT', DATES.slice(0, rows), SMALL.slice(0, rows)),
    seriesOn('GSPC', DATES.slice(0, rows), new Array<number>(rows).fill(100)),
  );
const index = pair();

const A = { length: 3, start: '2026-01-06', end: '2026-01-08' };
const B = { length: 2, start: '2026-01-12', end: '2026-01-13' };
const C = { length: 2, start: '2026-01-15', end: '2026-01-16' };
const D = { length: 4, start: '2026-01-20', end: '2026-01-23' };
const E = { length: 3, start: '2026-01-27', end: '2026-01-29' };

function value(x: Maybe<StreakMilestones>): StreakMilestones {
  if (!isAvailable(x)) throw new Error(`unexpected: ${x.unavailable}`);
  return x;
}

describe('streakMilestones: streaks passed today', () => {
  it('day 3 of D passes both 2-session streaks B and C, oldest first (A, 3, stops the walk)', () => {
    // 2026-01-22: D is 3 long (01-20..01-22); going back: C (2) and B (2) are one shorter, then
    // A (3) is as long as today's streak, so nothing older was passed today
    expect(value(streakMilestones(index, '2026-01-22'))).toEqual({
      passed: [B, C],
      ended: null,
      endedShareShorter: null,
      endedRank: null,
      endedLastLonger: null,
    });
  });

  it('day 4 of D passes A (3 sessions); B and C were passed on an earlier day', () => {
    expect(value(streakMilestones(index, '2026-01-23')).passed).toEqual([A]);
  });

  it('a tie with a streak is not passing it: day 2 of D only equals C', () => {
    // 2026-01-21: D is 2 long; the most recent earlier streak C is 2 long -> stop, nothing passed
    expect(value(streakMilestones(index, '2026-01-21')).passed).toEqual([]);
  });

  it('day 1 of a streak passes nothing', () => {
    expect(value(streakMilestones(index, '2026-01-20')).passed).toEqual([]); // D is 1 long
  });

  it('only streaks more recent than any at least as long: E (3) behind D (4) passes nothing', () => {
    // 2026-01-29: E is 3 long; D (4) is the most recent earlier streak and longer, so the 2s and
    // the older A (3) are not "passed today"
    expect(value(streakMilestones(index, '2026-01-29')).passed).toEqual([]);
    expect(value(streakMilestones(index, '2026-01-28')).passed).toEqual([]); // E 2 long, D 4
  });

  it('a date that is not a common session uses the last one before it', () => {
    // Saturday 2026-01-24 -> Friday 2026-01-23, day 4 of D
    expect(value(streakMilestones(index, '2026-01-24')).passed).toEqual([A]);
  });
});

describe('streakMilestones: the streak that ended today', () => {
  it('a tie ends D (4): all 3 earlier streaks were shorter', () => {
    // 2026-01-26: small 109 -> 109 (0%) vs large 0%: not a beat. Earlier: A 3, B 2, C 2 < 4 -> 3/3
    expect(value(streakMilestones(index, '2026-01-26'))).toEqual({
      passed: [],
      ended: D,
      endedShareShorter: 1,
      endedRank: 1, // none of A 3, B 2, C 2 was longer than 4
      endedLastLonger: null,
    });
  });

  it('E (3) ends on 2026-01-30: B and C of the four earlier streaks were shorter', () => {
    // earlier A 3 (tie, not shorter), B 2, C 2, D 4 -> 2/4
    expect(value(streakMilestones(index, '2026-01-30'))).toMatchObject({
      ended: E,
      endedShareShorter: 0.5,
      endedRank: 2, // only D (4) was longer than 3; A (3) ties
      endedLastLonger: D,
    });
  });

  it('C (2) ends on a tie: the equally long B is not counted as shorter', () => {
    // 2026-01-19: earlier A 3, B 2 -> none shorter than 2 -> 0/2
    expect(value(streakMilestones(index, '2026-01-19'))).toMatchObject({
      ended: C,
      endedShareShorter: 0,
      endedRank: 2, // A (3) longer, B (2) ties
      endedLastLonger: A,
    });
    // 2026-01-14: B (2) ends; the one earlier streak, A (3), is longer -> 0/1
    expect(value(streakMilestones(index, '2026-01-14'))).toMatchObject({
      ended: B,
      endedShareShorter: 0,
      endedRank: 2,
      endedLastLonger: A,
    });
  });

  it('the first streak ends with no earlier streak to compare (share 0)', () => {
    expect(value(streakMilestones(index, '2026-01-09'))).toEqual({
      passed: [],
      ended: A,
      endedShareShorter: 0,
      endedRank: 1,
      endedLastLonger: null,
    });
  });

  it('nothing ended on a day inside a streak or on the first day of one', () => {
    expect(value(streakMilestones(index, '2026-01-13')).ended).toBeNull(); // B still running
    // 2026-01-09 ended A; 2026-01-12 (a beat, B's first day) ends nothing
    expect(value(streakMilestones(index, '2026-01-12')).ended).toBeNull();
    // a second day without a beat ends nothing: small 100, 101, 100, 99 vs flat large -> beat,
    // loss (ends the 1-session streak), loss
    const d = DATES.slice(0, 4);
    const idx = pairStreakIndex(
      seriesOn('IWM', d, [100, 101, 100, 99]),
      seriesOn('SPY', d, [1, 1, 1, 1]),
    );
    expect(value(streakMilestones(idx, d[2] as string)).ended).toEqual({
      length: 1,
      start: '2026-01-06',
      end: '2026-01-06',
    });
    expect(value(streakMilestones(idx, d[3] as string)).ended).toBeNull();
  });
});

describe('streakMilestones: edges and no look-ahead', () => {
  it('is unavailable with fewer than 3 common sessions, naming the pair', () => {
    for (const date of ['2026-01-02', '2026-01-05', '2026-01-06']) {
      const r = streakMilestones(index, date);
      expect(r).toEqual({ unavailable: 'RUT/GSPC: fewer than 3 common sessions' });
    }
    // the third common session (2026-01-07) is enough: A is 2 long, nothing earlier to pass
    expect(value(streakMilestones(index, '2026-01-07'))).toEqual({
      passed: [],
      ended: null,
      endedShareShorter: null,
      endedRank: null,
      endedLastLonger: null,
    });
  });

  it('reads only common sessions: a row only small has does not count', () => {
    // small has an extra Saturday row 2026-01-10 at 50 (a fall). Common sessions are unchanged,
    // so 2026-01-12 is still the first day of B (103 / 102 > 100 / 100)
    const dates = [...DATES.slice(0, 5), '2026-01-10', ...DATES.slice(5)];
    const small = [...SMALL.slice(0, 5), 50, ...SMALL.slice(5)];
    const idx = pairStreakIndex(
      seriesOn('RUT', dates, small),
      seriesOn('GSPC', DATES, new Array<number>(DATES.length).fill(100)),
    );
    expect(value(streakMilestones(idx, '2026-01-22')).passed).toEqual([B, C]);
    expect(value(streakMilestones(idx, '2026-01-10')).ended).toEqual(A); // = 2026-01-09's answer
  });

  it('sessions after the date change nothing', () => {
    for (let rows = 1; rows <= DATES.length; rows++) {
      const part = pair(rows); // new Series objects: a separate memoized index
      for (const date of DATES.slice(0, rows))
        expect(streakMilestones(part, date)).toEqual(streakMilestones(index, date));
    }
    // hand check: with the file ending on 2026-01-22 (D still running), B and C are passed
    expect(value(streakMilestones(pair(14), '2026-01-22')).passed).toEqual([B, C]);
  });
});
