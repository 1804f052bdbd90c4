import { describe, expect, it } from 'vitest';
import { ratioSide } from '../../src/stats/ratioSide.js';

const dates = (n: number): string[] =>
  Array.from({ length: n }, (_, k) => `2024-01-${String(k + 1).padStart(2, '0')}`);

/** A constant average of 2 from session `first`. */
const two = (): number => 2;

describe('ratioSide', () => {
  it('the doc example: crossed above on the last session after 1 below', () => {
    // k = 1..4: ratios 3, 3, 1, 3 against 2 -> above, above, below, above.
    expect(ratioSide(dates(5), [1, 3, 3, 1, 3], two, 1)).toEqual({
      side: 'above',
      sessions: 1,
      from: '2024-01-05',
      atLeast: false,
      before: 1,
      beforeAtLeast: false,
      beforeFrom: '2024-01-04',
      readsFrom: '2024-01-03', // session 3's average (from k = 1) reads from session 2
    });
  });

  it('a run back to the first session with an average is "at least" that long', () => {
    // k = 2..5: 1, 1, 0.5, 1.9 against 2: below on all 4 (k = 0, 1 have no average).
    expect(ratioSide(dates(6), [9, 9, 1, 1, 0.5, 1.9], two, 2)).toEqual({
      side: 'below',
      sessions: 4,
      from: '2024-01-03',
      atLeast: true,
      before: 0,
      beforeAtLeast: false,
      beforeFrom: null,
      readsFrom: '2024-01-01',
    });
  });

  it('a cross after a run as long as the reach: the run before is "at least"', () => {
    // k = 0..3: 1, 1, 1 below, then 2 (at the average: above).
    expect(ratioSide(dates(4), [1, 1, 1, 2], two, 0)).toEqual({
      side: 'above',
      sessions: 1,
      from: '2024-01-04',
      atLeast: false,
      before: 3,
      beforeAtLeast: true,
      beforeFrom: '2024-01-01',
      readsFrom: '2024-01-01',
    });
  });

  it('counts with the average of each session, not the last one', () => {
    // averages k: 1, 2, 3, 4 against ratios 2, 3, 3.5, 4.5 -> above on all four.
    const s = ratioSide(dates(4), [2, 3, 3.5, 4.5], (k) => k + 1, 0);
    expect(s).toMatchObject({ side: 'above', sessions: 4, atLeast: true });
    // A later average of 5 puts only the last session below: 1 session, after 3 above.
    const t = ratioSide(dates(4), [2, 3, 3.5, 4.5], (k) => (k === 3 ? 5 : k + 1), 0);
    expect(t).toMatchObject({ side: 'below', sessions: 1, before: 3, beforeAtLeast: true });
  });

  it('refuses a series with no session that has an average', () => {
    expect(() => ratioSide(dates(3), [1, 2, 3], two, 3)).toThrow(/no average in 3 sessions/);
  });
});
