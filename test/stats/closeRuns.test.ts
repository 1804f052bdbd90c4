import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore, type Series } from '../../src/model/series.js';
import { closeRuns, type CloseRunStats } from '../../src/stats/closeRuns.js';
import type { Maybe } from '../../src/model/figure.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';

const load = realSeries;

// Rows (k: date close move), across a year end and the 2026-01-19 holiday gap:
//  0 2025-12-29 100
//  1 2025-12-30 101 up     } up run A, len 2
//  2 2025-12-31 102 up     }
//  3 2026-01-02 102 flat   (ends the up run)
//  4 2026-01-05 101 down   } down run, len 3
//  5 2026-01-06 100 down   }
//  6 2026-01-07  99 down   }
//  7 2026-01-08 100 up     } up run B, len 2 at row 8, 3 at row 9
//  8 2026-01-16 101 up     }
//  9 2026-01-20 102 up     }
// 10 2026-01-21 101 down
// 11 2026-01-22 102 up     up run C, len 1
const s = makeSeries('RUT', [
  ['2025-12-29', 100],
  ['2025-12-30', 101],
  ['2025-12-31', 102],
  ['2026-01-02', 102],
  ['2026-01-05', 101],
  ['2026-01-06', 100],
  ['2026-01-07', 99],
  ['2026-01-08', 100],
  ['2026-01-16', 101],
  ['2026-01-20', 102],
  ['2026-01-21', 101],
  ['2026-01-22', 102],
]);

describe('closeRuns', () => {
  it('a run across the year end: row 2 is the 2nd up close in a row', () => {
    expect(closeRuns(s, 2)).toEqual({
      direction: 'up',
      length: 2,
      start: '2025-12-30',
      change: {
        value: expect.closeTo(0.02, 14),
        from: '2025-12-29',
        to: '2025-12-31',
        sessions: 2,
      }, // 102 / 100 - 1
      rank: 1,
      tiedWith: 0,
      runCount: 1,
      record: { length: 2, start: '2025-12-30', end: '2025-12-31' },
      lastAtLeastAsLong: null,
      historyFrom: '2025-12-30',
    });
  });
  it('first session of a year: an unchanged close is a flat run of 1', () => {
    expect(closeRuns(s, 3)).toMatchObject({
      direction: 'flat',
      length: 1,
      start: '2026-01-02',
      rank: 1,
      runCount: 1,
    });
  });
  it('ties share a rank: up run B at row 8 (len 2) ties run A', () => {
    // earlier up runs: A (len 2). None longer -> rank 1, tied with 1; record A (earliest of equals)
    expect(closeRuns(s, 8)).toMatchObject({
      direction: 'up',
      length: 2,
      start: '2026-01-08',
      rank: 1,
      tiedWith: 1,
      runCount: 2,
      record: { length: 2, start: '2025-12-30', end: '2025-12-31' },
      lastAtLeastAsLong: { length: 2, start: '2025-12-30', end: '2025-12-31' },
    });
  });
  it('across the holiday gap run B grows to 3 sessions and becomes the record', () => {
    const r = closeRuns(s, 9) as CloseRunStats;
    expect(r).toMatchObject({
      length: 3,
      rank: 1,
      tiedWith: 0,
      record: { length: 3, start: '2026-01-08', end: '2026-01-20' },
    });
    expect(r.change.value).toBeCloseTo(102 / 99 - 1, 14); // from the close before the run (row 6)
  });
  it('a new up run of 1 ranks behind the longer ones (ties share)', () => {
    // earlier up runs: A len 2, B len 3 -> 2 longer -> rank 3, tied 0, 3 up runs in all
    expect(closeRuns(s, 11)).toMatchObject({
      direction: 'up',
      length: 1,
      rank: 3,
      tiedWith: 0,
      runCount: 3,
      lastAtLeastAsLong: { end: '2026-01-20' },
    });
    // down at row 10: earlier down run len 3 -> rank 2
    expect(closeRuns(s, 10)).toMatchObject({
      direction: 'down',
      length: 1,
      rank: 2,
      record: { length: 3, start: '2026-01-05' },
    });
  });
  it('sees nothing after row i: at row 7 run B has length 1 and is not yet the record', () => {
    expect(closeRuns(s, 7)).toMatchObject({
      length: 1,
      rank: 2,
      record: { length: 2, end: '2025-12-31' },
    });
  });
  it('row 0 has no previous close', () => {
    expect(closeRuns(s, 0)).toEqual({
      unavailable: 'RUT: a run of closes needs a previous close, history begins 2025-12-29',
    });
  });
});

describe('closeRuns on the real data (values from an independent python one-off)', () => {
  const g = load('GSPC');
  const at = (d: string) => closeRuns(g, indexAtOrBefore(g, d)) as CloseRunStats;
  it('GSPC 2008-10-09: 7 down closes in a row, -21.99%; record 12 down (1966-04-22..05-09)', () => {
    const r = at('2008-10-09');
    expect(r).toMatchObject({
      direction: 'down',
      length: 7,
      start: '2008-10-01',
      rank: 24,
      tiedWith: 29,
      runCount: 4757,
      record: { length: 12, start: '1966-04-22', end: '1966-05-09' },
      lastAtLeastAsLong: { length: 8, start: '1996-06-10', end: '1996-06-19' },
    });
    expect(r.change.value).toBeCloseTo(-0.21986350697897727, 12);
  });
  it('GSPC at the last row 2026-08-21: up 1, rank 3315 (2630 tied) of 5945 up runs; record 14 up from 1971-03-26', () => {
    expect(closeRuns(g, g.dates.length - 1)).toMatchObject({
      direction: 'up',
      length: 1,
      rank: 3315,
      tiedWith: 2630,
      runCount: 5945,
      record: { length: 14, start: '1971-03-26', end: '1971-04-15' },
    });
  });
  it('GSPC 1929-10-29 sees only rows up to that day', () => {
    expect(at('1929-10-29')).toMatchObject({
      direction: 'down',
      length: 2,
      rank: 24,
      tiedWith: 22,
      runCount: 107,
      record: { length: 7, start: '1929-03-18' },
    });
  });
});

/** O(n) reference: scans rows 1..i. */
function naive(s: Series, i: number): Maybe<Omit<CloseRunStats, 'change' | 'historyFrom'>> {
  if (i < 1) return { unavailable: 'x' };
  const dir = (k: number) =>
    (s.close[k] as number) > (s.close[k - 1] as number)
      ? 'up'
      : (s.close[k] as number) < (s.close[k - 1] as number)
        ? 'down'
        : 'flat';
  const runs: { d: string; len: number; a: number; b: number }[] = [];
  for (let k = 1; k <= i; k++) {
    const last = runs[runs.length - 1];
    if (last && last.d === dir(k) && last.b === k - 1) (last.len++, (last.b = k));
    else runs.push({ d: dir(k), len: 1, a: k, b: k });
  }
  const cur = runs[runs.length - 1] as (typeof runs)[number];
  const same = runs.slice(0, -1).filter((r) => r.d === cur.d);
  const rec = [...same, cur].reduce((m, r) => (r.len > m.len ? r : m));
  const atLeast = same.filter((r) => r.len >= cur.len).pop();
  const run = (r: typeof cur) => ({
    length: r.len,
    start: s.dates[r.a] as string,
    end: s.dates[r.b] as string,
  });
  return {
    direction: cur.d as CloseRunStats['direction'],
    length: cur.len,
    start: s.dates[cur.a] as string,
    rank: 1 + same.filter((r) => r.len > cur.len).length,
    tiedWith: same.filter((r) => r.len === cur.len).length,
    runCount: same.length + 1,
    record: run(rec),
    lastAtLeastAsLong: atLeast ? run(atLeast) : null,
  };
}

const closesArb = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 80 });
const seriesOf = (c: number[], scale = 1) =>
  makeSeries(
    'X',
    c.map((v, k) => [new Date(Date.UTC(2020, 0, 1 + k)).toISOString().slice(0, 10), v * scale]),
  );

describe('closeRuns properties', () => {
  it('the memoized version equals an O(n) scan at random i', () => {
    fc.assert(
      fc.property(closesArb, fc.nat(), (c, r) => {
        const s = seriesOf(c);
        const i = r % c.length;
        const got = closeRuns(s, i);
        const want = naive(s, i);
        if ('unavailable' in want) expect(got).toHaveProperty('unavailable');
        else expect(got).toMatchObject(want);
      }),
      { numRuns: 500 },
    );
  });
  it('rescaling closes (by a power of 2, exact) leaves runs unchanged; rank >= 1; record >= length', () => {
    fc.assert(
      fc.property(closesArb, fc.integer({ min: -8, max: 8 }), (c, p) => {
        const i = c.length - 1;
        const a = closeRuns(seriesOf(c), i);
        expect(closeRuns(seriesOf(c, 2 ** p), i)).toEqual(a);
        if ('unavailable' in a) return;
        expect(a.rank).toBeGreaterThanOrEqual(1);
        expect(a.record.length).toBeGreaterThanOrEqual(a.length);
        expect(a.length).toBeLessThanOrEqual(i);
      }),
    );
  });
});
