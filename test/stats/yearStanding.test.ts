import { describe, expect, it } from 'vitest';
import { isAvailable, type Maybe } from '../../src/model/figure.js';
import { yearStanding, type YearStanding } from '../../src/stats/yearStanding.js';
import { seriesOn } from '../helpers/seriesBuilders.js';

// One close per year end (plus a few 2024 sessions). Calendar-year price returns:
// 2019 partial (file begins 2019-06-03): 100 / 50 - 1 = +100% (left out of every comparison)
// 2020: 110 / 100 - 1 = +10%      2021: 99 / 110 - 1 = -10%
// 2022: 118.8 / 99 - 1 = +20%     2023: 118.8 / 118.8 - 1 = 0%
const DATES = [
  '2019-06-03', // 0
  '2019-12-31', // 1 last of 2019
  '2020-12-31', // 2
  '2021-12-31', // 3
  '2022-12-30', // 4
  '2023-12-29', // 5 last of 2023
  '2024-01-02', // 6 first of 2024
  '2024-03-01', // 7
  '2024-06-03', // 8
  '2024-12-31', // 9 last of 2024
  '2025-01-02', // 10
];
// 2024 to date from 118.8: row 6 118.8 * 0.97 = 115.236 (-3%), row 7 118.8 * 1.05 = 124.74 (+5%),
// row 8 118.8 (0%), row 9 118.8 * 1.25 = 148.5 (+25%); row 10 (2025) 148.5 * 0.5 = 74.25 (-50%).
const CLOSES = [50, 100, 110, 99, 118.8, 118.8, 115.236, 124.74, 118.8, 148.5, 74.25];
const rut = (rows = DATES.length) => seriesOn('RUT', DATES.slice(0, rows), CLOSES.slice(0, rows));

function value(x: Maybe<YearStanding>): YearStanding {
  if (!isAvailable(x)) throw new Error(`unexpected: ${x.unavailable}`);
  return x;
}

describe('yearStanding', () => {
  it('ranks a +5% year to date among the complete years 2020-2023 (2019 is partial)', () => {
    const r = value(yearStanding(rut(), 7));
    // better: 2020 (+10%), 2022 (+20%) -> 2, the last 2022; worse: 2021 (-10%), 2023 (0%) -> 2,
    // the last 2023. 2019 (+100%) would be a third better year if it were not partial.
    expect(r).toMatchObject({
      year: 2024,
      years: 4,
      firstYear: 2020,
      better: 2,
      worse: 2,
      lastBetter: 2022,
      lastWorse: 2023,
    });
    expect(r.value).toBeCloseTo(0.05, 12); // 124.74 / 118.8 - 1
  });

  it('on the first session of a year: one day from the previous year-end close', () => {
    const r = value(yearStanding(rut(), 6));
    expect(r.value).toBeCloseTo(-0.03, 12); // 115.236 / 118.8 - 1
    // -3% is above 2021 (-10%) only: worse 1 (2021); better 2020, 2022, 2023 -> last 2023
    expect(r).toMatchObject({ year: 2024, better: 3, worse: 1, lastBetter: 2023, lastWorse: 2021 });
  });

  it('a year exactly equal to the year to date is neither better nor worse', () => {
    const r = value(yearStanding(rut(), 8));
    expect(r.value).toBe(0); // 118.8 / 118.8 - 1, equal to 2023's 118.8 / 118.8 - 1
    // better 2020, 2022; worse 2021; 2023 tied -> 2 + 1 of the 4 years compared
    expect(r).toMatchObject({ years: 4, better: 2, worse: 1, lastBetter: 2022, lastWorse: 2021 });
  });

  it("on a year's last session it is the final rank (best year: no better one)", () => {
    const r = value(yearStanding(rut(), 9));
    expect(r.value).toBeCloseTo(0.25, 12); // 148.5 / 118.8 - 1
    expect(r).toMatchObject({
      year: 2024,
      years: 4,
      better: 0,
      worse: 4,
      lastBetter: null,
      lastWorse: 2023,
    });
  });

  it('the year being ranked is not compared with itself (2023 on 2023-12-29)', () => {
    const r = value(yearStanding(rut(), 5));
    // 2023 = 0%: compared with 2020 (+10%), 2021 (-10%), 2022 (+20%) only
    expect(r).toMatchObject({
      year: 2023,
      value: 0,
      years: 3,
      firstYear: 2020,
      better: 2,
      worse: 1,
      lastBetter: 2022,
      lastWorse: 2021,
    });
  });

  it('the next year after the file starts: no complete year to compare with', () => {
    const r = value(yearStanding(rut(), 2));
    // 2020 = +10%; the only earlier year, 2019, is partial and left out
    expect(r).toMatchObject({
      year: 2020,
      years: 0,
      firstYear: null,
      better: 0,
      worse: 0,
      lastBetter: null,
      lastWorse: null,
    });
    expect(r.value).toBeCloseTo(0.1, 12); // 110 / 100 - 1
  });

  it('the partial first year has a return from the first close but nothing to rank against', () => {
    const r = value(yearStanding(rut(), 1));
    expect(r).toMatchObject({ year: 2019, value: 1, years: 0, firstYear: null }); // 100 / 50 - 1
  });

  it('is unavailable on the first row, naming the symbol', () => {
    const r = yearStanding(rut(), 0);
    expect(isAvailable(r)).toBe(false);
    expect((r as { unavailable: string }).unavailable).toContain('RUT');
  });

  it('a file that begins on a year-end close makes the next year complete', () => {
    const s = seriesOn(
      'IWM',
      ['2019-12-31', '2020-06-30', '2020-12-31', '2021-03-01'],
      [100, 105, 120, 108],
    );
    // 2020: 120 / 100 - 1 = +20% from the 2019-12-31 close (a complete year); 2021 to date:
    // 108 / 120 - 1 = -10% -> 2020 better
    const r = value(yearStanding(s, 3));
    expect(r).toMatchObject({ year: 2021, years: 1, firstYear: 2020, better: 1, worse: 0 });
    expect(r.lastBetter).toBe(2020);
    expect(r.value).toBeCloseTo(-0.1, 12);
  });

  it('does not look ahead: rows after i do not change the standing at i', () => {
    const full = rut();
    for (let cut = 1; cut <= DATES.length; cut++) {
      const part = rut(cut); // a new Series object: its own memoized year table
      for (let i = 0; i < cut; i++) expect(yearStanding(part, i)).toEqual(yearStanding(full, i));
    }
    // and a hand check mid-year, before the +25% year end and the 2025 row exist
    expect(value(yearStanding(rut(8), 7))).toMatchObject({ better: 2, worse: 2 });
  });
});
