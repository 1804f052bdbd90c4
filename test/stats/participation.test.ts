import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAtOrBefore, type Series } from '../../src/model/series.js';
import { isAvailable } from '../../src/model/figure.js';
import { participation, type Participation } from '../../src/stats/participation.js';
import { makeSeries } from '../helpers/makeSeries.js';
import { realSeries } from '../helpers/realSeries.js';
import { cpuMs, seriesOn, weekdaysFrom, withColumns } from '../helpers/seriesBuilders.js';

const real = realSeries;

/** Weekdays from 2025-11-03, skipping 2025-11-27 and 2025-12-25 and 2026-01-01 (holidays). */
const HOLIDAYS = new Set(['2025-11-27', '2025-12-25', '2026-01-01']);
const sessions = (n: number): string[] => weekdaysFrom('2025-11-03', n, HOLIDAYS);
/** Close 100 on every date, with the given volumes. */
const withVolume = (sym: string, dates: readonly string[], vol: readonly number[]): Series =>
  withColumns(
    seriesOn(
      sym,
      dates,
      dates.map(() => 100),
    ),
    { volume: Float64Array.from(vol) },
  );

// 51 sessions: rows 0..29 volume 1000, rows 30..49 volume 2000, today (row 50) 3000.
const D = sessions(51);
const vol = D.map((_, k) => (k < 30 ? 1000 : k < 50 ? 2000 : 3000));
const s = withVolume('IWM', D, vol);

describe('participation', () => {
  it('ratios to the 20- and 50-session averages of the sessions before today', () => {
    // avg20 = rows 30..49 = 2000 -> 3000 / 2000 = 1.5
    // avg50 = (30 x 1000 + 20 x 2000) / 50 = 70000 / 50 = 1400 -> 3000 / 1400 = 2.142857
    const p = participation(s, 50) as Participation;
    expect(D[50]).toBe('2026-01-15'); // the window spans Thanksgiving, Christmas and New Year
    expect(p).toMatchObject({ symbol: 'IWM', date: D[50], volume: 3000 });
    expect(p.avg20).toEqual({ sessions: 20, from: D[30], to: D[49], average: 2000, ratio: 1.5 });
    expect(p.avg50).toEqual({
      sessions: 50,
      from: D[0],
      to: D[49],
      average: 1400,
      ratio: expect.closeTo(2.142857, 6),
    });
  });
  it('averages exclude today: a spike does not raise its own baseline', () => {
    // row 49: avg20 = rows 29..48 = (1000 + 19 x 2000) / 20 = 1950 -> 2000 / 1950 = 1.025641
    const p = participation(s, 49) as Participation;
    expect(p.avg20).toMatchObject({ average: 1950, ratio: expect.closeTo(1.025641, 6) });
    expect(p.avg50).toEqual({
      unavailable: `IWM: 50-session average volume (today excluded) needs 50 sessions of volume, 49 exist (history begins ${D[0]})`,
    });
  });
  it('a window longer than the history is unavailable, naming where it begins', () => {
    expect(participation(s, 50)).toMatchObject({
      highestInYear: {
        unavailable: `IWM: highest volume of 252 sessions needs 252 sessions of volume, 51 exist (history begins ${D[0]})`,
      },
    });
    expect((participation(s, 0) as Participation).avg20).toMatchObject({
      unavailable: expect.stringMatching(/needs 20 sessions of volume, 0 exist/),
    });
  });
  it('highestInYear: the highest of the last 252 sessions including today; a tie counts', () => {
    const E = sessions(253);
    // volume k + 1 on row k: today (row 252) = 253 beats rows 1..251 (max 252 on row 251)
    const up = withVolume(
      'SPY',
      E,
      E.map((_, k) => k + 1),
    );
    expect((participation(up, 252) as Participation).highestInYear).toEqual({
      value: true,
      sessions: 252,
      from: E[1],
      priorHigh: { date: E[251], volume: 252 },
    });
    // today 252 = the earlier high on row 251: a tie is still the highest
    const tie = withVolume(
      'SPY',
      E,
      E.map((_, k) => (k === 252 ? 252 : k + 1)),
    );
    expect((participation(tie, 252) as Participation).highestInYear).toMatchObject({ value: true });
    // today 100: not the highest; row 0 (volume 1) is outside the window
    const low = withVolume(
      'SPY',
      E,
      E.map((_, k) => (k === 252 ? 100 : k + 1)),
    );
    expect((participation(low, 252) as Participation).highestInYear).toMatchObject({
      value: false,
      priorHigh: { date: E[251], volume: 252 },
    });
  });
  it('a series without volume has no figure (RUT)', () => {
    expect(participation(makeSeries('RUT', [['2026-01-02', 2500]]), 0)).toEqual({
      unavailable: 'RUT: no volume in closes/RUT.csv (the column is empty throughout)',
    });
  });
  it('a missing cell or a zero-volume placeholder is never averaged as 0', () => {
    const gap = withVolume(
      'XLI',
      D,
      vol.map((v, k) => (k === 10 ? NaN : v)),
    );
    const p = participation(gap, 50) as Participation;
    expect(p.avg20).toMatchObject({ ratio: 1.5 }); // row 10 is outside rows 30..49
    expect(p.avg50).toEqual({
      unavailable: `XLI: 50-session average volume (today excluded) needs volume on every session ${D[0]}..${D[49]}, missing on ${D[10]} (empty cell)`,
    });
    const zeroToday = withVolume(
      'XLI',
      D,
      vol.map((v, k) => (k === 50 ? 0 : v)),
    );
    expect(participation(zeroToday, 50)).toEqual({
      unavailable: `XLI: volume missing on ${D[50]} (0)`,
    });
    const nanToday = withVolume(
      'XLI',
      D,
      vol.map((v, k) => (k === 50 ? NaN : v)),
    );
    expect(participation(nanToday, 50)).toEqual({
      unavailable: `XLI: volume missing on ${D[50]} (empty cell)`,
    });
  });
});

describe('participation on the real files', () => {
  const spy = real('SPY');
  const at = (x: Series, d: string) => participation(x, indexAtOrBefore(x, d)) as Participation;
  it('SPY 2026-08-21 matches an independent python computation', () => {
    // python3 (csv + numpy): volume 38583716; mean of the 20 sessions before = 46478490 -> 0.8301413406502663;
    // 50 sessions before = 51367636 -> 0.7511289014740721; highest of the 251 before = 165293500 on 2025-11-20
    expect(at(spy, '2026-08-21')).toEqual({
      symbol: 'SPY',
      date: '2026-08-21',
      volume: 38583716,
      avg20: {
        sessions: 20,
        from: '2026-07-24',
        to: '2026-08-20',
        average: 46478490,
        ratio: expect.closeTo(0.8301413406502663, 14),
      },
      avg50: {
        sessions: 50,
        from: '2026-06-10',
        to: '2026-08-20',
        average: 51367636,
        ratio: expect.closeTo(0.7511289014740721, 14),
      },
      highestInYear: {
        value: false,
        sessions: 252,
        from: '2025-08-21',
        priorHigh: { date: '2025-11-20', volume: 165293500 },
      },
    });
  });
  it('SPY on 2008-10-10 and 2020-03-12 traded its highest volume of the year', () => {
    expect(at(spy, '2008-10-10').highestInYear).toMatchObject({
      value: true,
      priorHigh: { date: '2008-09-18', volume: 776114700 },
    });
    expect(at(spy, '2020-03-12').highestInYear).toMatchObject({
      value: true,
      priorHigh: { date: '2020-02-28', volume: 384975800 },
    });
    expect(at(spy, '2020-03-20').highestInYear).toMatchObject({
      value: false,
      priorHigh: { date: '2020-03-12' },
    });
  });
  it('IWM 2008-10-10 ratios (python: 1.3645674639829717 and 1.6545002045119577)', () => {
    const p = at(real('IWM'), '2008-10-10');
    expect(p.avg20).toMatchObject({ ratio: expect.closeTo(1.3645674639829717, 14) });
    expect(p.avg50).toMatchObject({ ratio: expect.closeTo(1.6545002045119577, 14) });
  });
  it('RUT has no volume; XLI 1999-01-26 is a zero-volume placeholder row', () => {
    expect(participation(real('RUT'), 0)).toEqual({
      unavailable: 'RUT: no volume in closes/RUT.csv (the column is empty throughout)',
    });
    const xli = at(real('XLI'), '1999-03-22');
    // python: 9900 / mean(rows 40..59) = 9900 / 7045 = 1.4052519517388218
    expect(xli.avg20).toMatchObject({ ratio: expect.closeTo(1.4052519517388218, 14) });
    expect(xli.avg50).toMatchObject({
      unavailable: expect.stringMatching(/missing on 1999-01-26 \(0\)/),
    });
  });
  it('250 consecutive dates on SPY take well under the budget', () => {
    const t0 = cpuMs();
    for (let i = spy.dates.length - 250; i < spy.dates.length; i++) participation(spy, i);
    expect(cpuMs() - t0).toBeLessThan(100);
  });
});

describe('participation properties', () => {
  const vols = fc.array(fc.double({ min: 1, max: 1e9, noNaN: true }), {
    minLength: 253,
    maxLength: 300,
  });
  it('scaling every volume leaves the ratios and highestInYear unchanged; ratios > 0', () => {
    fc.assert(
      fc.property(vols, fc.integer({ min: -10, max: 10 }), (v, m) => {
        const E = sessions(v.length);
        const i = v.length - 1;
        const a = participation(withVolume('A', E, v), i);
        const b = participation(
          withVolume(
            'A',
            E,
            v.map((x) => x * 2 ** m),
          ),
          i,
        );
        if (!isAvailable(a) || !isAvailable(b)) return false;
        const r = (p: Participation) =>
          [p.avg20, p.avg50].map((x) => (isAvailable(x) ? x.ratio : NaN));
        return (
          JSON.stringify(r(a)) === JSON.stringify(r(b)) &&
          r(a).every((x) => x > 0) &&
          JSON.stringify(a.highestInYear).includes('"value":') &&
          (a.highestInYear as { value: boolean }).value ===
            (b.highestInYear as { value: boolean }).value
        );
      }),
      { numRuns: 100 },
    );
  });
  it('equals the naive definitions at a random row', () => {
    fc.assert(
      fc.property(vols, fc.nat(), (v, pick) => {
        const E = sessions(v.length);
        const i = 252 + (pick % (v.length - 252));
        const p = participation(withVolume('A', E, v), i) as Participation;
        const mean = (xs: number[]) => xs.reduce((t, x) => t + x, 0) / xs.length;
        const v20 = mean(v.slice(i - 20, i));
        const v50 = mean(v.slice(i - 50, i));
        const highest = (v[i] as number) >= Math.max(...v.slice(i - 251, i));
        return (
          isAvailable(p.avg20) &&
          isAvailable(p.avg50) &&
          isAvailable(p.highestInYear) &&
          Math.abs(p.avg20.ratio - (v[i] as number) / v20) <= 1e-12 * p.avg20.ratio &&
          Math.abs(p.avg50.ratio - (v[i] as number) / v50) <= 1e-12 * p.avg50.ratio &&
          p.highestInYear.value === highest
        );
      }),
      { numRuns: 100 },
    );
  });
});
