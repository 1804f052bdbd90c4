import { describe, expect, it } from 'vitest';
import { previousRecord } from '../../src/stats/allTimeHighs.js';
import { seriesFromCloses } from '../helpers/seriesBuilders.js';

// One row a calendar day from 2000-01-03 (row k on dayAfter(k)).
// row:   0    1    2    3    4    5    6    7    8    9
// date:  01-03 04  05   06   07   08   09   10   11   12
// close: 100  105  103  105  104  110  111  108  109  112
// records (above every earlier close): row 1 (105 > 100), row 5 (110 > 105), row 6, row 9.
// Row 3's 105 only equals row 1's: not a record, and the earliest of the equal 105s is row 1.
// Waits (rows from the previous record): row 1: 1 - 0 = 1, row 5: 5 - 1 = 4, row 6: 6 - 5 = 1,
// row 9: 9 - 6 = 3.
const CLOSES = [100, 105, 103, 105, 104, 110, 111, 108, 109, 112];
const s = seriesFromCloses('RUT', CLOSES);

describe('previousRecord', () => {
  it('a record after a 3-session wait: 2 of the 3 earlier records came sooner', () => {
    expect(previousRecord(s, 9)).toEqual({
      date: '2000-01-09', // row 6
      close: 111,
      gapSessions: 3, // rows 6 -> 9
      gapPercentile: 2 / 3, // earlier waits 1 (row 1), 4 (row 5), 1 (row 6): 1 and 1 < 3
    });
  });

  it('equal earlier records: the previous record is the earliest of them (row 1, not row 3)', () => {
    expect(previousRecord(s, 5)).toEqual({
      date: '2000-01-04', // row 1's 105; row 3's 105 ties it
      close: 105,
      gapSessions: 4, // rows 1 -> 5
      gapPercentile: 1, // one earlier record (row 1, wait 1 < 4): 1/1
    });
  });

  it('a wait equal to earlier waits is not "shorter"', () => {
    expect(previousRecord(s, 6)).toEqual({
      date: '2000-01-08', // row 5
      close: 110,
      gapSessions: 1,
      gapPercentile: 0, // earlier waits 1 (row 1) and 4 (row 5): none < 1 -> 0/2
    });
  });

  it('the first record of the file: the previous one is the first close, no earlier waits', () => {
    expect(previousRecord(s, 1)).toEqual({
      date: '2000-01-03',
      close: 100,
      gapSessions: 1,
      gapPercentile: 0, // no earlier record to compare: 0
    });
  });

  it('null on the first row and on any day without a new record (a tie included)', () => {
    expect(previousRecord(s, 0)).toBeNull(); // nothing to beat
    expect(previousRecord(s, 3)).toBeNull(); // 105 = 105: not above every earlier close
    for (const i of [2, 4, 7, 8]) expect(previousRecord(s, i)).toBeNull(); // below 105 / 111
  });

  it('does not look ahead: later records do not change the answer at i', () => {
    const longer = seriesFromCloses('RUT', [...CLOSES, 120, 130, 50, 140]);
    for (let i = 0; i < CLOSES.length; i++)
      expect(previousRecord(longer, i)).toEqual(previousRecord(s, i));
    // hand check in the longer file, row 13 (140 after 130 at row 11): wait 2; earlier waits
    // 1, 4, 1, 3 (rows 1, 5, 6, 9), 1 (row 10: 120 after 112), 1 (row 11) -> shorter than 2:
    // rows 1, 6, 10, 11 -> 4/6
    expect(previousRecord(longer, 13)).toEqual({
      date: '2000-01-14',
      close: 130,
      gapSessions: 2,
      gapPercentile: 4 / 6,
    });
  });
});
