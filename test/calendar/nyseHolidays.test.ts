import { describe, expect, it } from 'vitest';
import {
  closureReason,
  easterSunday,
  isEarlyClose,
  isSession,
  nyseHolidays,
} from '../../src/calendar/index.js';

describe('2026 specifics', () => {
  it.each([
    ['2026-01-01', "New Year's Day"],
    ['2026-01-19', 'Martin Luther King Jr. Day'],
    ['2026-02-16', "Washington's Birthday"],
    ['2026-04-03', 'Good Friday'],
    ['2026-05-25', 'Memorial Day'],
    ['2026-06-19', 'Juneteenth'],
    ['2026-07-03', 'Independence Day'],
    ['2026-09-07', 'Labor Day'],
    ['2026-11-26', 'Thanksgiving Day'],
    ['2026-12-25', 'Christmas Day'],
  ])('%s is closed for %s', (date, name) => {
    expect(isSession(date)).toBe(false);
    expect(closureReason(date)).toBe(name);
  });

  it('lists exactly the ten NYSE holidays published for 2026', () => {
    expect([...nyseHolidays(2026).keys()]).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-04-03',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it('early closes on 2026-11-27 and 2026-12-24 but not on 2026-07-02 or a plain day', () => {
    expect(isEarlyClose('2026-11-27')).toBe(true);
    expect(isEarlyClose('2026-12-24')).toBe(true);
    expect(isEarlyClose('2026-07-02')).toBe(false);
    expect(isEarlyClose('2026-01-22')).toBe(false);
    expect(isEarlyClose('2026-11-26')).toBe(false);
  });

  it('ordinary days around the holidays are sessions', () => {
    for (const d of ['2026-01-02', '2026-01-20', '2026-04-02', '2026-04-06', '2026-07-06']) {
      expect(isSession(d), d).toBe(true);
      expect(closureReason(d), d).toBeNull();
    }
  });

  it('names weekends', () => {
    expect(closureReason('2026-01-24')).toBe('Saturday');
    expect(closureReason('2026-01-25')).toBe('Sunday');
  });
});

describe('holiday rules beyond the data', () => {
  it('matches the NYSE-published 2027 schedule (Juneteenth and Christmas on Saturday)', () => {
    expect([...nyseHolidays(2027).entries()]).toEqual([
      ['2027-01-01', "New Year's Day"],
      ['2027-01-18', 'Martin Luther King Jr. Day'],
      ['2027-02-15', "Washington's Birthday"],
      ['2027-03-26', 'Good Friday'],
      ['2027-05-31', 'Memorial Day'],
      ['2027-06-18', 'Juneteenth'],
      ['2027-07-05', 'Independence Day'],
      ['2027-09-06', 'Labor Day'],
      ['2027-11-25', 'Thanksgiving Day'],
      ['2027-12-24', 'Christmas Day'],
    ]);
  });

  it("does not move New Year's Day from a Saturday to Friday December 31", () => {
    // 2028-01-01 and 2033-01-01 are Saturdays.
    expect(isSession('2027-12-31')).toBe(true);
    expect(isSession('2032-12-31')).toBe(true);
    expect(nyseHolidays(2028).size).toBe(9);
  });

  it("moves New Year's Day from a Sunday to Monday", () => {
    expect(closureReason('2034-01-02')).toBe("New Year's Day");
  });

  it('observes MLK Day only since 1998 and Juneteenth only since 2022', () => {
    expect(isSession('1997-01-20')).toBe(true);
    expect(closureReason('1998-01-19')).toBe('Martin Luther King Jr. Day');
    expect(isSession('2021-06-18')).toBe(true);
    expect(closureReason('2022-06-20')).toBe('Juneteenth');
  });

  it('computes Easter correctly, including extreme dates', () => {
    expect(easterSunday(2024)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(easterSunday(2026)).toEqual({ year: 2026, month: 4, day: 5 });
    expect(easterSunday(2008)).toEqual({ year: 2008, month: 3, day: 23 });
    expect(easterSunday(2038)).toEqual({ year: 2038, month: 4, day: 25 });
    expect(easterSunday(2285)).toEqual({ year: 2285, month: 3, day: 22 });
  });

  it('places every holiday of every supported year on a weekday', () => {
    for (let year = 1990; year <= 2099; year++) {
      for (const date of nyseHolidays(year).keys()) {
        const day = new Date(`${date}T00:00:00Z`).getUTCDay();
        expect(day === 0 || day === 6, date).toBe(false);
        expect(date.startsWith(`${year}-`), date).toBe(true);
      }
    }
  });
});
