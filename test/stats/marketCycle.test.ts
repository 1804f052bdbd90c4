import { describe, expect, it } from 'vitest';
import { marketCycle } from '../../src/stats/marketCycle.js';
import { realSeries } from '../helpers/realSeries.js';
import { dayAfter, seriesFromCloses } from '../helpers/seriesBuilders.js';

// One row a calendar day from 2000-01-03 (row k on dayAfter(k)).
// row:   0    1    2     3     4     5     6     7
// close: 100  110  90    85    103   105   80    120
// 2: 90 / 110 - 1 = -18.2%: a correction, still the bull market of the 110 high
// 3: 85 / 110 - 1 = -22.7%: 20% or more below the high, a bear market (low 85)
// 4: 103 / 85 - 1 = +21.2%: 20% off the low, a new bull market whose high starts at 103
// 5: 105, a higher close of that bull market (below 110: the bear of 110 can still resume)
// 6: 80 < 85, below that bear's low: it resumes, measured from 110: 80 / 110 - 1 = -27.3%
// 7: 120 > 110: a new high, a bull market again
const CLOSES = [100, 110, 90, 85, 103, 105, 80, 120];
const s = seriesFromCloses('RUT', CLOSES);
const high = (k: number) => ({ date: dayAfter(k), close: CLOSES[k] });

describe('marketCycle', () => {
  it('a correction stays in the bull market; 20% below the high is a bear market', () => {
    expect(marketCycle(s, 2)).toMatchObject({ high: high(1), bear: false, bearFrom: null });
    expect(marketCycle(s, 2).value).toBeCloseTo(90 / 110 - 1, 12);
    // It began at row 3, its first close 20% below the high.
    expect(marketCycle(s, 3)).toMatchObject({ high: high(1), bear: true, bearFrom: high(3) });
    expect(marketCycle(s, 3).value).toBeCloseTo(85 / 110 - 1, 12);
    // Its lowest close so far is that first close: 85 (a close of 102 = 85 x 1.2 would end it).
    expect(marketCycle(s, 3).low).toEqual(high(3));
    expect(marketCycle(s, 2).low).toBeNull();
  });

  it('a 20% rally off the low begins a bull market, measured from its own high', () => {
    expect(marketCycle(s, 4)).toEqual({
      value: 0,
      high: high(4),
      bear: false,
      bearFrom: null,
      low: null,
    });
    expect(marketCycle(s, 5)).toEqual({
      value: 0,
      high: high(5),
      bear: false,
      bearFrom: null,
      low: null,
    });
  });

  it("a close below the bear market's low resumes it, from the old high", () => {
    const m = marketCycle(s, 6);
    // The bear market resumed is the one that began at row 3, not one beginning at row 6.
    expect(m).toMatchObject({ high: high(1), bear: true, bearFrom: high(3) });
    expect(m.value).toBeCloseTo(80 / 110 - 1, 12); // -27.3%
    // Its low is now the close that resumed it: 80, below the 85 of row 3.
    expect(m.low).toEqual(high(6));
  });

  it('a close above the old high ends it: a bull market again', () => {
    expect(marketCycle(s, 7)).toEqual({
      value: 0,
      high: high(7),
      bear: false,
      bearFrom: null,
      low: null,
    });
  });

  it('counts exactly 20% as 20% whatever the floating point (80 / 100 - 1 = -0.19999999999999996)', () => {
    expect(marketCycle(seriesFromCloses('RUT', [100, 80]), 1).bear).toBe(true);
    // 70 is 30% below 100 (a bear market); 84 / 70 - 1 = 0.2 exactly: a new bull market at 84.
    const m = marketCycle(seriesFromCloses('RUT', [100, 70, 84]), 2);
    expect(m).toMatchObject({ bear: false, high: { close: 84 } });
  });

  it('does not look ahead: later rows do not change earlier ones', () => {
    const longer = seriesFromCloses('RUT', [...CLOSES, 50, 300]);
    for (let i = 0; i < CLOSES.length; i++)
      expect(marketCycle(longer, i)).toEqual(marketCycle(s, i));
  });

  it('on real data: 2011-09-22, the S&P 500 in a correction from its April 2011 high', () => {
    // GSPC.csv: the 2007-2009 bear market's low, 676.53 (2009-03-09), rose 20% by 2009-03-23
    // (822.92, +21.6%); the bull market's high to 2011-09-22 was 1,363.61 (2011-04-29), so
    // 1,129.56 / 1,363.61 - 1 = -17.16% (27.8% below the 2007 record of 1,565.15).
    const g = realSeries('GSPC');
    const m = marketCycle(g, g.dates.indexOf('2011-09-22'));
    expect(m.high).toEqual({ date: '2011-04-29', close: 1363.61 });
    expect(m.bear).toBe(false);
    expect(m.value).toBeCloseTo(1129.56 / 1363.61 - 1, 10);
  });

  it("on real data: 2023-03-13, the S&P 500 still in the bear market of 2022, with that bear market's low", () => {
    // GSPC.csv: record 4,796.56 (2022-01-03); 2022-06-13 3,749.63 / 4,796.56 - 1 = -21.83%: the
    // bear market begins; its lowest close to 2023-03-13 is 3,577.03 (2022-10-12), and no close
    // since reached 3,577.03 x 1.2 = 4,292.44, so it is not over.
    const g = realSeries('GSPC');
    const m = marketCycle(g, g.dates.indexOf('2023-03-13'));
    expect(m).toMatchObject({
      bear: true,
      high: { date: '2022-01-03', close: 4796.56 },
      bearFrom: { date: '2022-06-13', close: 3749.63 },
      low: { date: '2022-10-12', close: 3577.03 },
    });
    // No look-ahead: on 2022-09-30 the low so far was that day's 3,585.62.
    expect(marketCycle(g, g.dates.indexOf('2022-09-30')).low).toEqual({
      date: '2022-09-30',
      close: 3585.62,
    });
  });

  it('on real data: 2025-04-03, the Russell 2000 enters a bear market from a high below its record', () => {
    // RUT.csv: the high 2,442.03 (2024-11-25); 2025-04-02 2,045.36 / 2,442.03 - 1 = -16.24%
    // (a correction); 2025-04-03 1,910.55 / 2,442.03 - 1 = -21.76%: the bear market begins.
    const r = realSeries('RUT');
    const at = (d: string) => marketCycle(r, r.dates.indexOf(d));
    expect(at('2025-04-02')).toMatchObject({ bear: false, bearFrom: null });
    const m = at('2025-04-03');
    expect(m.high).toEqual({ date: '2024-11-25', close: 2442.03 });
    expect(m.bearFrom).toEqual({ date: '2025-04-03', close: 1910.55 });
    expect(m.value).toBeCloseTo(1910.55 / 2442.03 - 1, 10);
    // 2025-04-08 (1,760.71) is still the bear market that began on 2025-04-03.
    expect(at('2025-04-08').bearFrom?.date).toBe('2025-04-03');
  });
});
