import { describe, expect, it } from 'vitest';
import { drawdownEpisode } from '../../src/stats/drawdownEpisode.js';
import { dayAfter, seriesFromCloses } from '../helpers/seriesBuilders.js';

// One row a calendar day from 2000-01-03 (row k on dayAfter(k)).
// row:    0    1     2     3    4    5     6     7      8
// close:  100  70    80    100  110  99    88    93.5   82.5
// record: 100@0 (row 3's 100 only ties it: the earliest of equals stays), 110@4 from row 4 on
// depth:  0   -0.3  -0.2   0    0   -0.1  -0.2  -0.15  -0.25
//   (70/100, 80/100, 99/110 = 0.9, 88/110 = 0.8, 93.5/110 = 0.85, 82.5/110 = 0.75, each - 1)
// sessions after own record (k - record row): 0 1 2 3 0 1 2 3 4
const CLOSES = [100, 70, 80, 100, 110, 99, 88, 93.5, 82.5];
const s = seriesFromCloses('RUT', CLOSES);

describe('drawdownEpisode', () => {
  it('a new low 4 sessions after the record, the deepest since the 70 of 2000-01-04', () => {
    const e = drawdownEpisode(s, 8);
    expect(e.value).toBeCloseTo(-0.25, 12); // 82.5 / 110 - 1
    expect(e).toMatchObject({
      peak: { date: dayAfter(4), close: 110 }, // 2000-01-07
      sessionsSincePeak: 4, // rows 4 -> 8
      lowSincePeak: true, // 99, 88, 93.5 since the record are all above 82.5
      deepestSince: '2000-01-04', // only row 1 (-0.3) was at least 25% below its record
      percentile: 7 / 8, // rows 0..7: all but row 1 (-0.3) stood less far below
      // every earlier row is at most 3 <= 4 sessions from its record: the same 7 of 8
      pacePercentile: 7 / 8,
      historyFrom: '2000-01-03',
    });
    // rows 5..7 after the record: 99, 88, 93.5; the lowest, 88 / 110 - 1 = -0.2
    expect(e.deepestBefore).toBeCloseTo(-0.2, 12);
  });

  it('deepestBefore: 0 the session after the record, then the lowest close since it', () => {
    expect(drawdownEpisode(s, 5).deepestBefore).toBe(0); // no session between row 4 and row 5
    // row 6 (88, -0.2): only row 5 (99) between: 99 / 110 - 1 = -0.1, so today crossed -0.2
    expect(drawdownEpisode(s, 6).deepestBefore).toBeCloseTo(-0.1, 12);
    // row 1 of the 100 record: nothing between rows 0 and 1
    expect(drawdownEpisode(s, 1).deepestBefore).toBe(0);
  });

  it('pacePercentile compares only sessions at most as far from their own record', () => {
    const e = drawdownEpisode(s, 6); // 88 / 110 - 1 = -0.2, 2 sessions after the record
    expect(e.value).toBeCloseTo(-0.2, 12);
    expect(e.sessionsSincePeak).toBe(2);
    // percentile over rows 0..5 (0, -0.3, -0.2, 0, 0, -0.1): shallower than -0.2: rows 0, 3, 4, 5
    // -> 4/6; row 2's -0.2 ties and is not "less far below"
    expect(e.percentile).toBeCloseTo(4 / 6, 12);
    // pace: rows at most 2 sessions after their record: 0 (0), 1 (1), 2 (2), 4 (0), 5 (1); row 3
    // (3 sessions after the record of row 0) is left out -> shallower rows 0, 4, 5 -> 3/5
    expect(e.pacePercentile).toBeCloseTo(3 / 5, 12);
  });

  it('deepestSince: a tie counts as "at least this far below", and the last one wins', () => {
    // at row 6 (-0.2): rows before the record at or below -0.2: row 1 (-0.3), row 2 (-0.2)
    // -> the last, row 2 = 2000-01-05
    expect(drawdownEpisode(s, 6).deepestSince).toBe('2000-01-05');
    // at row 7 (-0.15): rows 1 and 2 again -> 2000-01-05; rows after the record do not count
    expect(drawdownEpisode(s, 7).deepestSince).toBe('2000-01-05');
  });

  it('not a new low when a close since the record was lower (88 before 93.5)', () => {
    const e = drawdownEpisode(s, 7);
    expect(e.value).toBeCloseTo(-0.15, 12); // 93.5 / 110 - 1
    expect(e.lowSincePeak).toBe(false); // row 6 closed at 88 < 93.5
    expect(e.sessionsSincePeak).toBe(3);
  });

  it('not a new low when a close since the record equals today (below means strictly below)', () => {
    // 100, 90, 80, 80: at row 3 the 80 of row 2 is not above it
    const e = drawdownEpisode(seriesFromCloses('IWM', [100, 90, 80, 80]), 3);
    expect(e.value).toBeCloseTo(-0.2, 12); // 80 / 100 - 1
    expect(e.lowSincePeak).toBe(false);
    // contrast: 100, 90, 85, 80 -> 90 and 85 since the record are above 80: a new low
    expect(drawdownEpisode(seriesFromCloses('IWM', [100, 90, 85, 80]), 3).lowSincePeak).toBe(true);
  });

  it('the deepest drawdown of the file: deepestSince null, percentile 1', () => {
    const e = drawdownEpisode(s, 1); // 70 / 100 - 1 = -0.3, below everything before it
    expect(e).toMatchObject({
      peak: { date: '2000-01-03', close: 100 },
      sessionsSincePeak: 1,
      lowSincePeak: true, // no close between the record and today
      deepestSince: null,
      percentile: 1, // row 0 (0) stood less far below: 1/1
      pacePercentile: 1, // row 0 is 0 <= 1 session from its record and shallower: 1/1
    });
  });

  it('at a new record: depth 0, no episode (deepestSince null, not a low)', () => {
    const e = drawdownEpisode(s, 4);
    expect(e).toMatchObject({
      value: 0, // 110 / 110 - 1
      peak: { date: '2000-01-07', close: 110 },
      sessionsSincePeak: 0,
      lowSincePeak: false,
      deepestSince: null,
      percentile: 0, // no earlier row was above its record: 0/4
      pacePercentile: 0, // rows 0 sessions after their record: row 0 only (depth 0): 0/1
    });
  });

  it('equal highs: the record is the earliest of equal closes', () => {
    const e = drawdownEpisode(s, 3); // 100 ties the 100 of row 0
    expect(e).toMatchObject({
      value: 0,
      peak: { date: '2000-01-03', close: 100 }, // row 0, not row 3
      sessionsSincePeak: 3, // rows 0 -> 3
      deepestSince: null,
      lowSincePeak: false,
    });
  });

  it('first row: no history (depth 0, shares 0)', () => {
    expect(drawdownEpisode(s, 0)).toEqual({
      value: 0,
      peak: { date: '2000-01-03', close: 100 },
      sessionsSincePeak: 0,
      lowSincePeak: false,
      deepestSince: null,
      percentile: 0,
      pacePercentile: 0,
      deepestBefore: 0,
      historyFrom: '2000-01-03',
    });
  });

  it('does not look ahead: a later record and a crash do not change rows 0..8', () => {
    const longer = seriesFromCloses('RUT', [...CLOSES, 200, 20, 300]);
    for (let i = 0; i < CLOSES.length; i++)
      expect(drawdownEpisode(longer, i)).toEqual(drawdownEpisode(s, i));
    // hand check on the longer file: still 4 sessions after the 110 record at row 8
    expect(drawdownEpisode(longer, 8)).toMatchObject({ sessionsSincePeak: 4, lowSincePeak: true });
  });
});
