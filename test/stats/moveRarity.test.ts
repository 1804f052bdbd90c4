import { describe, expect, it } from 'vitest';
import { isAvailable, type Maybe } from '../../src/model/figure.js';
import { moveRarity, type MoveRarity } from '../../src/stats/moveRarity.js';
import { dayAfter, seriesFromCloses } from '../helpers/seriesBuilders.js';

// One row a calendar day from 2000-01-03 (row k on dayAfter(k)). Moves are dyadic fractions, so
// every ratio and every tie below is exact in floating point.
// row:   0     1      2       3      4     5        6
// close: 1024  1280   1120    1260   945   1181.25  1033.59375
// day:         +25%   -12.5%  +12.5% -25%  +25%     -12.5%
//   (1280/1024 = 5/4, 1120/1280 = 7/8, 1260/1120 = 9/8, 945/1260 = 3/4, 1181.25/945 = 5/4,
//    1033.59375/1181.25 = 7/8)
// 2 sessions (close[k] / close[k-2] - 1), ending at row:
//   2: 1120/1024 = 1.09375 -> +9.375%     3: 1260/1280 = 0.984375 -> -1.5625%
//   4: 945/1120 = 0.84375 -> -15.625%     5: 1181.25/1260 = 0.9375 -> -6.25%
//   6: 1033.59375/945 = 1.09375 -> +9.375%
const CLOSES = [1024, 1280, 1120, 1260, 945, 1181.25, 1033.59375];
const s = seriesFromCloses('RUT', CLOSES);

function value(x: Maybe<MoveRarity>): MoveRarity {
  if (!isAvailable(x)) throw new Error(`unexpected: ${x.unavailable}`);
  return x;
}

describe('moveRarity, one session', () => {
  it('a +25% day ties the largest: half the earlier moves are smaller, largest since the tie', () => {
    expect(value(moveRarity(s, 5, 1))).toEqual({
      sessions: 1,
      value: 0.25, // 1181.25 / 945 - 1
      // earlier day moves (rows 1..4): +25%, -12.5%, +12.5%, -25%; strictly smaller in size than
      // 25%: the two 12.5% moves -> 2/4
      percentile: 0.5,
      sample: 4,
      historyFrom: '2000-01-04', // row 1, the first day with a move
      largestSince: '2000-01-04', // row 1's +25% is at least as large, in the same direction
    });
  });

  it('the largest fall of the file: no earlier fall as large (a larger rise does not count)', () => {
    const r = value(moveRarity(s, 4, 1));
    expect(r.value).toBe(-0.25); // 945 / 1260 - 1
    // earlier moves rows 1..3: +25% (not smaller: same size), -12.5%, +12.5% -> 2/3
    expect(r.percentile).toBeCloseTo(2 / 3, 12);
    expect(r.sample).toBe(3);
    expect(r.largestSince).toBeNull(); // no earlier move <= -25%; the +25% rise is the other way
  });

  it('ranks by size in both directions; the last of several larger falls wins', () => {
    const r = value(moveRarity(s, 6, 1));
    expect(r.value).toBe(-0.125); // 1033.59375 / 1181.25 - 1
    // earlier rows 1..5: 25, 12.5, 12.5, 25, 25 (sizes, %): none strictly below 12.5 -> 0/5
    expect(r).toMatchObject({ percentile: 0, sample: 5 });
    // falls at least 12.5%: row 2 (-12.5%), row 4 (-25%) -> the last, row 4 = 2000-01-07
    expect(r.largestSince).toBe(dayAfter(4));
    expect(r.largestSince).toBe('2000-01-07');
  });

  it('is unavailable without an earlier move to compare, naming the symbol and the start', () => {
    for (const i of [0, 1]) {
      const r = moveRarity(s, i, 1);
      expect(isAvailable(r)).toBe(false);
      expect((r as { unavailable: string }).unavailable).toBe(
        'RUT: ranking a 1-session move needs earlier moves; history begins 2000-01-03',
      );
    }
    // row 2 has one earlier move: +25% vs -12.5% -> not smaller, 0/1
    expect(value(moveRarity(s, 2, 1))).toMatchObject({ sample: 1, percentile: 0 });
  });
});

describe('moveRarity, several sessions', () => {
  it('two-session move: overlapping earlier windows are ranked', () => {
    expect(value(moveRarity(s, 6, 2))).toEqual({
      sessions: 2,
      value: 0.09375, // 1033.59375 / 945 - 1
      // earlier 2-session moves, rows 2..5: +9.375%, -1.5625%, -15.625%, -6.25%; strictly smaller
      // in size than 9.375%: -1.5625% and -6.25% -> 2/4
      percentile: 0.5,
      sample: 4,
      historyFrom: '2000-01-05', // row 2, the first 2-session move
      largestSince: '2000-01-05', // row 2's +9.375% ties it, same direction
    });
  });

  it('is unavailable until there is an earlier n-session move', () => {
    const r = moveRarity(s, 2, 2); // the first 2-session move: nothing earlier
    expect((r as { unavailable: string }).unavailable).toContain('RUT: ranking a 2-session move');
    expect(value(moveRarity(s, 3, 2)).sample).toBe(1); // row 2's move only
  });

  it('five sessions: the sample is i - 5 moves', () => {
    // 1024 x6 then 1280: the 5-session move at row 6 is 1280 / 1024 - 1 = +25%; the only
    // earlier one (row 5) is 1024 / 1024 - 1 = 0 -> 1/1 smaller, none as large
    const f = seriesFromCloses('IWM', [1024, 1024, 1024, 1024, 1024, 1024, 1280]);
    expect(value(moveRarity(f, 6, 5))).toEqual({
      sessions: 5,
      value: 0.25,
      percentile: 1,
      sample: 1,
      historyFrom: '2000-01-08', // row 5
      largestSince: null,
    });
  });

  // BUG (see report): largestSince skips earlier moves whose window overlaps today's
  // (`k <= i - n`), so when only an overlapping move was at least as large it returns null, which
  // the doc comment defines as "the largest such move in the file" (and the story prints
  // "its largest five-session rise since its data begin").
  it('largestSince is not null when an earlier (overlapping) move was as large', () => {
    // 100 x6, 150, 150. 5-session moves: row 5: 100/100 - 1 = 0; row 6: 150/100 - 1 = +50%;
    // row 7: 150/100 - 1 = +50%. At row 7, row 6's +50% is an earlier move at least as large in
    // the same direction, ending 2000-01-09: row 7's move is not the largest of the file.
    const f = seriesFromCloses('IWM', [100, 100, 100, 100, 100, 100, 150, 150]);
    const r = value(moveRarity(f, 7, 5));
    expect(r.value).toBe(0.5);
    expect(r.largestSince).toBe('2000-01-09');
  });
});

describe('moveRarity, no look-ahead', () => {
  it('rows after i do not change the figures at i', () => {
    const longer = seriesFromCloses('RUT', [...CLOSES, 4096, 8, 5000]);
    for (const n of [1, 2, 5])
      for (let i = 0; i < CLOSES.length; i++)
        expect(moveRarity(longer, i, n)).toEqual(moveRarity(s, i, n));
    // hand check: the later +296% day (4096 / 1033.59375) does not make row 5's +25% ordinary
    expect(value(moveRarity(longer, 5, 1)).percentile).toBe(0.5);
  });
});
