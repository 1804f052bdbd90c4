import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/model/series.js';
import { alignPair } from '../../src/stats/alignPair.js';
import { isAvailable } from '../../src/model/figure.js';
import { streakAnalogs, type StreakAnalogs } from '../../src/stats/streakAnalogs.js';
import { pairStreakIndex } from '../../src/stats/streakIndex.js';
import { outperformanceStreaks } from '../../src/stats/streaks.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { STREAK_DATES, streakPair } from './fixtures/streakPair.js';

const load = realSeries;

// Large flat at 100 (return 0), so small "beats" on every up close and a spread is small's return.
// k date        small    move   beat
// 0 2026-01-02  100
// 1 2026-01-05  110      +10%   yes  } streak A, len 2, ends k=2
// 2 2026-01-06  121      +10%   yes  }
// 3 2026-01-07  121        0%   no (tie)
// 4 2026-01-08  108.9    -10%   no
// 5 2026-01-09  119.79   +10%   yes  } current streak, len 2 at k=6
// 6 2026-01-12  131.769  +10%   yes  }
const D = STREAK_DATES.slice(0, 7);
const small = makeSeries(
  'RUT',
  [100, 110, 121, 121, 108.9, 119.79, 131.769].map((c, k) => [D[k] as string, c]),
);
const large = makeSeries(
  'GSPC',
  D.map((d) => [d, 100]),
);
const idx = pairStreakIndex(small, large);

describe('streakAnalogs', () => {
  it('follows each earlier streak as long as the current one, without peeking past the date', () => {
    const a = streakAnalogs(idx, small, large, '2026-01-12', [1, 2, 5]) as StreakAnalogs;
    expect(a).toMatchObject({
      length: 2,
      currentStart: '2026-01-09',
      asOf: '2026-01-12',
      horizons: [1, 2, 5],
    });
    expect(a.cases).toEqual([
      {
        start: '2026-01-05',
        end: '2026-01-06',
        length: 2,
        sessionsAfter: 4, // k=6 minus end k=2
        // h=1: 121/121 - 1 - 0 = 0; h=2: 108.9/121 - 1 = -0.1; h=5: k=7 is after the date -> null
        forward: { 1: 0, 2: expect.closeTo(-0.1, 14), 5: null },
        pending: '5-session spread needs 5 sessions after 2026-01-06; only 4 up to 2026-01-12',
      },
    ]);
    expect(a.summary[1]).toEqual({ count: 1, pending: 0, median: 0, shareSmallLed: 0 }); // 0 is not > 0
    expect(a.summary[2]).toMatchObject({
      count: 1,
      median: expect.closeTo(-0.1, 14),
      shareSmallLed: 0,
    });
    expect(a.summary[5]).toEqual({
      unavailable:
        'RUT/GSPC: none of the 1 earlier streaks that long has 5 sessions after it up to the date',
    });
  });
  it('the spread subtracts the large-cap return over the same sessions', () => {
    // streaks.test.ts fixture: streaks [d1] len 1 (end k=1), [d3,d4] len 2 (end k=4), [d6] running at k=6
    const { small: s, large: l } = streakPair(7);
    const a = streakAnalogs(pairStreakIndex(s, l), s, l, '2026-01-12', [2]) as StreakAnalogs;
    // case 1, k=1 -> 3: small 102.01/101 - 1 = 0.01, large 100.98/100 - 1 = 0.0098 -> 0.0002
    // case 2, k=4 -> 6: small 104.03979498/104.0502 - 1 = 0.99*1.01 - 1 = -0.0001,
    //                   large 100.969902/101.9898 - 1 = -0.01 -> 0.0099
    expect(a.length).toBe(1);
    expect(a.cases.map((c) => c.forward[2])).toEqual([
      expect.closeTo(0.0002, 12),
      expect.closeTo(0.0099, 12),
    ]);
    // median of two = (0.0002 + 0.0099) / 2 = 0.00505; both > 0
    expect(a.summary[2]).toMatchObject({
      count: 2,
      median: expect.closeTo(0.00505, 12),
      shareSmallLed: 1,
    });
    expect(a).toMatchObject({ analogCount: 2, casesOmitted: 0 });
  });
  it('lists only the most recent maxCases analogs; the summary still covers all of them', () => {
    const { small: s, large: l } = streakPair(7);
    const a = streakAnalogs(pairStreakIndex(s, l), s, l, '2026-01-12', [2], 1) as StreakAnalogs;
    expect(a.cases.map((c) => c.end)).toEqual(['2026-01-08']); // the newer of the two
    expect(a).toMatchObject({
      analogCount: 2,
      casesOmitted: 1,
      summary: { 2: { count: 2, median: expect.closeTo(0.00505, 12) } },
    });
  });
  it('a record streak has no analogs: the summary says so', () => {
    const a = streakAnalogs(idx, small, large, '2026-01-06', [1]) as StreakAnalogs;
    expect(a.cases).toEqual([]);
    expect(a.summary[1]).toEqual({
      unavailable:
        'RUT/GSPC: no earlier streak of 2 or more sessions since history begins 2026-01-05',
    });
  });
  it('unavailable when no streak is running or history is too short', () => {
    expect(streakAnalogs(idx, small, large, '2026-01-08')).toEqual({
      unavailable:
        'RUT/GSPC: no outperformance streak is running on 2026-01-08 (RUT did not beat GSPC that session)',
    });
    expect(streakAnalogs(idx, small, large, '2026-01-02')).toEqual({
      unavailable:
        'RUT/GSPC: fewer than 2 common sessions up to 2026-01-02, history begins 2026-01-02',
    });
  });
  it('refuses an index of another pair, and horizons that are not whole sessions', () => {
    expect(() => streakAnalogs(idx, large, small, '2026-01-12')).toThrow(/index is for RUT\/GSPC/);
    expect(() => streakAnalogs(idx, small, large, '2026-01-12', [0])).toThrow(/horizons/);
  });
});

describe('streakAnalogs on the real data', () => {
  it('RUT/GSPC 2026-01-22: 14 sessions; the only earlier streak that long is 16 sessions ended 1996-05-07', () => {
    const rut = load('RUT');
    const gspc = load('GSPC');
    const a = streakAnalogs(pairStreakIndex(rut, gspc), rut, gspc, '2026-01-22') as StreakAnalogs;
    expect(a).toMatchObject({
      length: 14,
      currentStart: '2026-01-02',
      horizons: [21, 63, 126],
      analogCount: 1,
      casesOmitted: 0,
    });
    // python one-off on the CSVs: (RUT[e+h]/RUT[e] - 1) - (GSPC[e+h]/GSPC[e] - 1), e = 1996-05-07
    expect(a.cases).toEqual([
      {
        start: '1996-04-16',
        end: '1996-05-07',
        length: 16,
        sessionsAfter: expect.any(Number),
        forward: {
          21: expect.closeTo(-0.009547689758038436, 12),
          63: expect.closeTo(-0.09669205324921659, 12),
          126: expect.closeTo(-0.12391087519903532, 12),
        },
        pending: null,
      },
    ]);
    expect(a.summary[126]).toMatchObject({
      count: 1,
      pending: 0,
      median: expect.closeTo(-0.12391087519903532, 12),
      shareSmallLed: 0,
    });
  });
});

/** O(n) reference from streaks.ts: all streaks up to the date, forward spreads by date lookup. */
function naive(s: Series, l: Series, date: string, horizons: number[]) {
  const p = alignPair(s, l, date);
  const all = outperformanceStreaks(p);
  const last = p.dates[p.dates.length - 1];
  const cur = all[all.length - 1];
  if (!cur || cur.end !== last) return null;
  return all
    .slice(0, -1)
    .filter((x) => x.length >= cur.length)
    .map((x) => {
      const e = p.dates.indexOf(x.end);
      const f: Record<number, number | null> = {};
      for (const h of horizons)
        f[h] =
          e + h < p.dates.length
            ? (p.smallClose[e + h] as number) / (p.smallClose[e] as number) -
              (p.largeClose[e + h] as number) / (p.largeClose[e] as number)
            : null;
      return { start: x.start, end: x.end, length: x.length, forward: f };
    });
}

const pairArb = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.boolean()), {
    minLength: 2,
    maxLength: 160,
  })
  .map((rows) => {
    const day = (k: number) => new Date(Date.UTC(2020, 0, 1 + k)).toISOString().slice(0, 10);
    const a: [string, number][] = rows.map(([x], k) => [day(k), x * 10]);
    const b: [string, number][] = rows.flatMap(([, y, keep], k) =>
      keep || k === 0 ? [[day(k), y * 10] as [string, number]] : [],
    );
    return { s: makeSeries('S', a), l: makeSeries('L', b), day };
  });

describe('streakAnalogs properties', () => {
  it('equals an O(n) reference at random dates (memoized index vs re-scan)', () => {
    fc.assert(
      fc.property(pairArb, fc.nat(160), ({ s, l, day }, k) => {
        const date = day(k);
        const got = streakAnalogs(pairStreakIndex(s, l), s, l, date, [1, 3, 8], Infinity);
        const want = naive(s, l, date, [1, 3, 8]);
        if (want === null) {
          expect(got).toHaveProperty('unavailable');
          return;
        }
        const g = got as StreakAnalogs;
        expect(
          g.cases.map(({ start, end, length, forward }) => ({ start, end, length, forward })),
        ).toEqual(want);
        for (const h of [1, 3, 8]) {
          const sm = g.summary[h] as StreakAnalogs['summary'][number];
          const vals = want.map((c) => c.forward[h]).filter((v): v is number => v !== null);
          if (!isAvailable(sm)) {
            expect(vals).toEqual([]);
            continue;
          }
          const sorted = [...vals].sort((x, y) => x - y);
          const mid = sorted.length >> 1;
          const median =
            sorted.length % 2
              ? sorted[mid]
              : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
          expect(sm).toEqual({
            count: vals.length,
            pending: want.length - vals.length,
            median,
            shareSmallLed: vals.filter((v) => v > 0).length / vals.length,
          });
          expect(sm.shareSmallLed).toBeGreaterThanOrEqual(0);
          expect(sm.shareSmallLed).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('rows after the date never change the result', () => {
    fc.assert(
      fc.property(pairArb, fc.nat(70), fc.integer({ min: 1, max: 4 }), ({ s, l, day }, k, z) => {
        const date = day(k);
        const bump = (x: Series): Series => ({
          ...x,
          close: x.close.map((c, j) => ((x.dates[j] as string) > date ? c * z + 1 : c)),
        });
        const s2 = bump(s);
        const l2 = bump(l);
        expect(streakAnalogs(pairStreakIndex(s2, l2), s2, l2, date, [1, 5])).toEqual(
          streakAnalogs(pairStreakIndex(s, l), s, l, date, [1, 5]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
