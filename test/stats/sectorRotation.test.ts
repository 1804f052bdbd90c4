import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore, type Series } from '../../src/model/series.js';
import { isAvailable } from '../../src/model/figure.js';
import {
  sectorSnapshot,
  type SectorInput,
  type SectorSnapshot,
  type StyleSpread,
} from '../../src/stats/sectorRotation.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { cpuMs, YEAR_END_SESSIONS } from '../helpers/seriesBuilders.js';

const real = realSeries;

/** The groups of data/universe.json (roles), as the brief passes them. */
const UNIVERSE = JSON.parse(
  readFileSync(new URL('../../data/universe.json', import.meta.url), 'utf8'),
);
const GROUPS = UNIVERSE.roles as { cyclicals: string[]; defensives: string[] };
const CYCLICALS = GROUPS.cyclicals;
const DEFENSIVES = GROUPS.defensives;
const UNCLASSIFIED = (UNIVERSE.sectors as { symbol: string }[])
  .map((x) => x.symbol)
  .filter((s) => !CYCLICALS.includes(s) && !DEFENSIVES.includes(s));
const dateOf = (xs: readonly SectorInput[]) =>
  xs[0] ? (xs[0].series.dates[xs[0].i] as string) : '1998-01-02';

/** sectorSnapshot for inputs that have at least one sector (so it is available). */
const snapshot = (xs: readonly SectorInput[]): SectorSnapshot =>
  sectorSnapshot(xs, GROUPS, dateOf(xs)) as SectorSnapshot;

// Rows 0..6 across the year end: weekend 12-27/28 and the New Year holiday (2026-01-01) missing.
const D = YEAR_END_SESSIONS;

/** Closes: row1 = a (5-session base at row 6), row3 = b (YTD base), row5 = 100, row6 = 100 + x. */
function sector(sym: string, x: number, a: number, b: number): SectorInput {
  const c = [100, a, 100, b, 100, 100, 100 + x];
  return {
    series: makeSeries(
      sym,
      D.map((d, k) => [d, c[k] as number]),
    ),
    i: 6,
    name: `${sym} name`,
  };
}

// 1-day = x / 100; 5-session = (100 + x) / a - 1; YTD = (100 + x) / b - 1.
const nine = [
  sector('XLB', 2, 100, 102), // 1d +0.02, 5s +0.02, ytd 102/102 - 1 = 0
  sector('XLE', -1, 99, 90), // 1d -0.01, 5s 0, ytd 99/90 - 1 = +0.1
  sector('XLF', 1, 101, 101), // 1d +0.01, 5s 0, ytd 0
  sector('XLI', 0.5, 100.5, 100), // 1d +0.005, 5s 0, ytd +0.005
  sector('XLY', -0.5, 99.5, 99.5), // 1d -0.005, 5s 0, ytd 0
  sector('XLP', 0, 100, 80), // 1d 0, 5s 0, ytd 100/80 - 1 = +0.25
  sector('XLU', -2, 98, 98), // 1d -0.02, 5s 0, ytd 0
  sector('XLV', 1.5, 101.5, 101.5), // 1d +0.015, 5s 0, ytd 0
  sector('XLK', 3, 103, 100), // 1d +0.03, 5s 0, ytd +0.03
  sector('XLRE', -3, 97, 100), // 1d -0.03, 5s 0, ytd -0.03
];
// XLC starts 2026-01-02 (inside both the 5-session and the YTD window): 100, 100, 104 -> 1d +0.04.
const xlc: SectorInput = {
  series: makeSeries('XLC', [
    ['2026-01-02', 100],
    ['2026-01-05', 100],
    ['2026-01-06', 104],
  ]),
  i: 2,
  name: 'XLC name',
};
const all = [...nine, xlc];

describe('sectorSnapshot', () => {
  const snap = snapshot(all);
  it('returns per sector, 5 sessions across the holiday, YTD from the last close of 2025', () => {
    expect(snap.date).toBe('2026-01-06');
    const xle = snap.sectors.find((s) => s.symbol === 'XLE');
    expect(xle?.day).toEqual({
      value: expect.closeTo(-0.01, 12),
      from: '2026-01-05',
      to: '2026-01-06',
      sessions: 1,
    });
    // 5-session base is row 6 - 5 = 1 (2025-12-29): 99 / 99 - 1 = 0
    expect(xle?.sessions5).toEqual({
      value: expect.closeTo(0, 12),
      from: '2025-12-29',
      to: '2026-01-06',
      sessions: 5,
    });
    // YTD base 2025-12-31 (row 3): 99 / 90 - 1 = 0.1
    expect(xle?.ytd).toEqual({
      value: expect.closeTo(0.1, 12),
      from: '2025-12-31',
      to: '2026-01-06',
      sessions: 3,
    });
  });
  it('a sector starting inside the window has a 1-day return only', () => {
    const s = snap.sectors.find((x) => x.symbol === 'XLC');
    expect(s?.day).toMatchObject({ value: expect.closeTo(0.04, 12) });
    expect(s?.sessions5).toEqual({
      unavailable: 'XLC: 5-session return needs 6 closes, history begins 2026-01-02',
    });
    expect(s?.ytd).toEqual({
      unavailable: 'XLC: year-to-date return needs a close before 2026, history begins 2026-01-02',
    });
  });
  it('leaders and laggards by 1-day return', () => {
    // 1-day: XLC .04, XLK .03, XLB .02, XLV .015, XLF .01, XLI .005, XLP 0, XLY -.005, XLE -.01, XLU -.02, XLRE -.03
    const r = snap.byDay;
    expect(isAvailable(r) && r.leaders.map((x) => x.symbol)).toEqual(['XLC', 'XLK', 'XLB']);
    expect(isAvailable(r) && r.laggards.map((x) => x.symbol)).toEqual(['XLRE', 'XLU', 'XLE']);
    expect(r).toMatchObject({ ranked: 11, missing: [] });
    expect(isAvailable(r) && r.leaders[0]).toEqual({
      symbol: 'XLC',
      name: 'XLC name',
      value: expect.closeTo(0.04, 12),
    });
  });
  it('by YTD: the sector without YTD is listed as missing, ties go by symbol', () => {
    // YTD: XLP .25, XLE .1, XLK .03, XLI .005, XLB = XLF = XLU = XLV = XLY = 0, XLRE -.03
    const r = snap.byYtd;
    expect(isAvailable(r) && r.leaders.map((x) => x.symbol)).toEqual(['XLP', 'XLE', 'XLK']);
    expect(isAvailable(r) && r.laggards.map((x) => x.symbol)).toEqual(['XLRE', 'XLB', 'XLF']);
    expect(r).toMatchObject({ ranked: 10, missing: ['XLC'] });
  });
  it('dispersion is best minus worst 1-day return', () => {
    // 0.04 - (-0.03) = 0.07; only 7 rows, so no 252-session percentile
    expect(snap.dispersion).toMatchObject({
      value: expect.closeTo(0.07, 12),
      best: { symbol: 'XLC' },
      worst: { symbol: 'XLRE' },
      sectors: 11,
      percentile: {
        unavailable: expect.stringMatching(/needs 252 past sessions.*begins 2025-12-26/),
      },
    });
  });
  it('cyclicals minus defensives, equal weight, over 1 day, 5 sessions and YTD', () => {
    const c = snap.cyclicalMinusDefensive;
    // 1d: cyclicals (.02 - .01 + .01 + .005 - .005) / 5 = .004; defensives (0 - .02 + .015) / 3 = -.0016667
    // spread .004 + .0016667 = .0056667
    expect(c.day).toEqual({
      value: expect.closeTo(0.004 + 0.005 / 3, 12),
      cyclicals: expect.closeTo(0.004, 12),
      defensives: expect.closeTo(-0.005 / 3, 12),
      from: '2026-01-05',
      to: '2026-01-06',
      sessions: 1,
    });
    // 5s: cyclicals (.02 + 0 + 0 + 0 + 0) / 5 = .004; defensives 0
    expect(c.sessions5).toMatchObject({
      value: expect.closeTo(0.004, 12),
      from: '2025-12-29',
      sessions: 5,
    });
    // YTD: cyclicals (0 + .1 + 0 + .005 + 0) / 5 = .021; defensives (.25 + 0 + 0) / 3 = .0833333
    expect(c.ytd).toMatchObject({
      value: expect.closeTo(0.021 - 0.25 / 3, 12),
      from: '2025-12-31',
      sessions: 3,
    });
  });
  it('XLK, XLC and XLRE are in neither set', () => {
    expect(UNCLASSIFIED.sort()).toEqual(['XLC', 'XLK', 'XLRE']);
    expect([...CYCLICALS, ...DEFENSIVES].filter((s) => UNCLASSIFIED.includes(s))).toEqual([]);
    // dropping the unclassified sectors leaves the spread unchanged
    const without = snapshot(nine.filter((s) => !UNCLASSIFIED.includes(s.series.symbol)));
    expect(without.cyclicalMinusDefensive).toEqual(snap.cyclicalMinusDefensive);
  });
  it('on the first session of the year YTD equals the 1-day spread', () => {
    const first = snapshot(nine.map((s) => ({ ...s, i: 4 })));
    expect(first.date).toBe('2026-01-02');
    const c = first.cyclicalMinusDefensive;
    expect(isAvailable(c.ytd) && c.ytd.value).toBe(isAvailable(c.day) && c.day.value);
    expect(c.ytd).toMatchObject({ from: '2025-12-31', sessions: 1 });
    // row 4 / row 3 - 1: XLE 100/90 - 1, XLP 100/80 - 1, XLB 100/102 - 1, ...
    expect(isAvailable(c.day) && c.day.value).toBeCloseTo(
      (100 / 102 + 100 / 90 + 100 / 101 + 100 / 100 + 100 / 99.5 - 5) / 5 -
        (100 / 80 + 100 / 98 + 100 / 101.5 - 3) / 3,
      12,
    );
  });
  it('a missing member or a window longer than the history makes the spread unavailable', () => {
    const noXlu = snapshot(nine.filter((s) => s.series.symbol !== 'XLU'));
    expect(noXlu.cyclicalMinusDefensive.day).toEqual({
      unavailable:
        'XLU: not in the brief on 2026-01-06; the cyclical-minus-defensive spread needs XLB XLE XLF XLI XLY XLP XLU XLV',
    });
    const early = snapshot(nine.map((s) => ({ ...s, i: 3 })));
    expect(early.cyclicalMinusDefensive.sessions5).toEqual({
      unavailable: 'XLB: 5-session return needs 6 closes, history begins 2025-12-26',
    });
    expect(early.cyclicalMinusDefensive.ytd).toMatchObject({
      unavailable: expect.stringMatching(/^XLB: year-to-date/),
    });
  });
  it('rows on different dates are a caller bug; no sector is unavailable', () => {
    expect(() =>
      sectorSnapshot(
        [nine[0] as SectorInput, { ...(nine[1] as SectorInput), i: 5 }],
        GROUPS,
        '2026-01-06',
      ),
    ).toThrow(/XLE row 5 is 2026-01-05, not 2026-01-06/);
    // before 1998-12-22 there is no sector at all: unavailable, not a crash
    expect(sectorSnapshot([], GROUPS, '1997-06-02')).toEqual({
      unavailable: 'no sector fund had started trading by 1997-06-02',
    });
  });
});

describe('sectorSnapshot on the real files', () => {
  const syms = ['XLB', 'XLC', 'XLE', 'XLF', 'XLI', 'XLK', 'XLP', 'XLRE', 'XLU', 'XLV', 'XLY'];
  const series = syms.map(real);
  const rowsAt = (date: string): SectorInput[] =>
    series
      .map((s) => ({ series: s, i: indexAtOrBefore(s, date), name: s.symbol }))
      .filter((x) => x.series.dates[x.i] === date);
  it('2026-08-21 matches an independent python computation', () => {
    // python3 (csv + numpy) on data/closes: XLB 1d +2.0984%, XLU -2.2847%; cyclicals minus defensives
    // 1d 0.00854395125331 - (-0.00068604133844552) = 0.00922999259175552
    // 5s -3.6473285294547075e-05 - 0.0024668306776729856; YTD 0.16067845094934113 - 0.07896249794194676
    const s = snapshot(rowsAt('2026-08-21'));
    expect(s.byDay).toMatchObject({
      leaders: [{ symbol: 'XLB' }, { symbol: 'XLV' }, { symbol: 'XLY' }],
    });
    expect(s.byYtd).toMatchObject({
      leaders: [{ symbol: 'XLE' }, { symbol: 'XLK' }, { symbol: 'XLB' }],
    });
    const c = s.cyclicalMinusDefensive;
    expect((c.day as StyleSpread).value).toBeCloseTo(0.00922999259175552, 14);
    expect((c.sessions5 as StyleSpread).value).toBeCloseTo(-0.0025033039629675327, 14);
    expect((c.ytd as StyleSpread).value).toBeCloseTo(0.08171595300739437, 14);
    expect(c.ytd).toMatchObject({ from: '2025-12-31', to: '2026-08-21' });
  });
  it('2008-10-10: XLC and XLRE did not exist, so 9 sectors', () => {
    const s = snapshot(rowsAt('2008-10-10'));
    expect(s.sectors).toHaveLength(9);
    // python: XLF +0.10299486378971756, XLY +0.02122750346100588, XLP +0.008547008547008739
    expect(s.byDay).toMatchObject({
      leaders: [
        { symbol: 'XLF', value: expect.closeTo(0.10299486378971756, 14) },
        { symbol: 'XLY' },
        { symbol: 'XLP' },
      ],
    });
    expect((s.cyclicalMinusDefensive.ytd as StyleSpread).value).toBeCloseTo(
      -0.11136455403139106,
      14,
    );
  });
  it('250 consecutive dates take well under the 2 s backfill budget', () => {
    const xlb = series[0] as Series;
    const dates = xlb.dates.slice(-250);
    const t0 = cpuMs();
    for (const d of dates) sectorSnapshot(rowsAt(d), GROUPS, d);
    expect(cpuMs() - t0).toBeLessThan(400);
  });
});

describe('sectorSnapshot properties', () => {
  const rets = fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), {
    minLength: 8,
    maxLength: 8,
  });
  const syms = [...CYCLICALS, ...DEFENSIVES];
  const build = (r: readonly number[], k: number) =>
    syms.map((sym, j) => ({
      series: makeSeries(sym, [
        ['2025-12-31', 50 * k],
        ['2026-01-02', 50 * k * (1 + (r[j] as number))],
      ]),
      i: 1,
      name: sym,
    }));
  it('the spread is the difference of the two set means, unchanged by rescaling every close', () => {
    fc.assert(
      fc.property(rets, fc.double({ min: 0.01, max: 100, noNaN: true }), (r, k) => {
        const a = snapshot(build(r, 1)).cyclicalMinusDefensive.day;
        const b = snapshot(build(r, k)).cyclicalMinusDefensive.day;
        if (!isAvailable(a) || !isAvailable(b)) return false;
        const mean = (x: readonly number[]) => x.reduce((t, v) => t + v, 0) / x.length;
        const naive = mean(r.slice(0, 5)) - mean(r.slice(5));
        return Math.abs(a.value - naive) < 1e-12 && Math.abs(a.value - b.value) < 1e-12;
      }),
    );
  });
  it('leaders are sorted best first and laggards worst first', () => {
    fc.assert(
      fc.property(rets, (r) => {
        const s = snapshot(build(r, 1)).byDay;
        if (!isAvailable(s)) return false;
        const v = s.leaders.map((x) => x.value);
        const w = s.laggards.map((x) => x.value);
        return (
          v.every((x, j) => j === 0 || x <= (v[j - 1] as number)) &&
          w.every((x, j) => j === 0 || x >= (w[j - 1] as number)) &&
          (w[0] as number) <= (v[0] as number)
        );
      }),
    );
  });
});
