import { describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import {
  closureReason,
  isSession,
  nextSession,
  previousSession,
} from '../../src/calendar/index.js';
import { sessionsBetween } from '../../src/calendar/sessions.js';
import { briefErrorOf } from '../helpers/briefErrorOf.js';

describe('previousSession / nextSession', () => {
  it.each([
    ['2026-01-22', '2026-01-21', '2026-01-23'], // mid-week
    ['2026-01-26', '2026-01-23', '2026-01-27'], // Monday: back over the weekend
    ['2026-01-23', '2026-01-22', '2026-01-26'], // Friday: forward over the weekend
    ['2026-01-24', '2026-01-23', '2026-01-26'], // Saturday (not a session)
    ['2026-01-20', '2026-01-16', '2026-01-21'], // after MLK Day weekend
    ['2026-01-19', '2026-01-16', '2026-01-20'], // MLK Day itself
    ['2026-04-03', '2026-04-02', '2026-04-06'], // Good Friday
    ['2026-04-06', '2026-04-02', '2026-04-07'], // Monday after Good Friday
    ['2026-07-06', '2026-07-02', '2026-07-07'], // after observed Independence Day
    ['2026-11-27', '2026-11-25', '2026-11-30'], // early close after Thanksgiving
    ['2026-12-25', '2026-12-24', '2026-12-28'], // Christmas
    ['2026-12-31', '2026-12-30', '2027-01-04'], // year end: New Year's Day is a Friday
    ['2001-09-11', '2001-09-10', '2001-09-17'], // September 11 closures
    ['2012-10-31', '2012-10-26', '2012-11-01'], // after Hurricane Sandy
  ])('around %s: previous %s, next %s', (date, previous, next) => {
    expect(previousSession(date)).toBe(previous);
    expect(nextSession(date)).toBe(next);
  });

  it('refuses to leave the supported range', () => {
    const before = briefErrorOf(() => previousSession('1990-01-02'));
    expect(before.kind).toBe('usage');
    expect(before.message).toMatch(/1990-01-01 to 2099-12-31/);
    const after = briefErrorOf(() => nextSession('2099-12-31'));
    expect(after.kind).toBe('usage');
    expect(nextSession('2099-12-30')).toBe('2099-12-31');
  });
});

describe('closureReason', () => {
  it.each([
    ['1994-04-27', 'National Day of Mourning for President Nixon'],
    ['2001-09-13', 'September 11 attacks'],
    ['2004-06-11', 'National Day of Mourning for President Reagan'],
    ['2007-01-02', 'National Day of Mourning for President Ford'],
    ['2012-10-29', 'Hurricane Sandy'],
    ['2012-10-30', 'Hurricane Sandy'],
    ['2018-12-05', 'National Day of Mourning for President George H. W. Bush'],
    ['2025-01-09', 'National Day of Mourning for President Carter'],
  ])('names the unscheduled closure on %s', (date, name) => {
    expect(closureReason(date)).toBe(name);
  });

  it.each(['1989-12-29', '2100-01-04', '0001-01-01'])('rejects %s as out of range', (date) => {
    const error = briefErrorOf(() => isSession(date));
    expect(error.kind).toBe('usage');
    expect(error.message).toContain(date);
    expect(error.message).toMatch(/outside the supported .*1990-01-01 to 2099-12-31/);
  });

  it('accepts the range boundaries', () => {
    expect(closureReason('1990-01-01')).toBe("New Year's Day");
    expect(closureReason('2099-12-31')).toBeNull(); // a Thursday
  });

  it('rejects malformed dates', () => {
    expect(briefErrorOf(() => isSession('2026-02-30')).kind).toBe('usage');
    expect(briefErrorOf(() => closureReason('2026-1-5')).kind).toBe('usage');
  });

  it('is fast enough for many thousands of calls', () => {
    const dates: string[] = [];
    for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2030, 0, 1); t += 86_400_000) {
      dates.push(new Date(t).toISOString().slice(0, 10));
    }
    const started = performance.now();
    let count = 0;
    for (let round = 0; round < 10; round++) {
      for (const d of dates) if (isSession(d)) count++;
    }
    const elapsed = performance.now() - started;
    expect(count).toBeGreaterThan(90_000);
    expect(elapsed, `${dates.length * 10} calls took ${elapsed.toFixed(0)} ms`).toBeLessThan(2000);
  });
});

describe('sessionsBetween', () => {
  it('lists what stepping with nextSession lists, 1990 to 2031', () => {
    const stepped: string[] = [];
    for (let d = '1990-01-02'; d <= '2031-12-31'; d = nextSession(d)) stepped.push(d);
    expect(sessionsBetween('1990-01-01', '2031-12-31')).toEqual(stepped);
  });

  it('takes non-sessions at either end, and both ends when they are sessions', () => {
    // 2026-04-03 is Good Friday; 2026-04-04/05 a weekend.
    expect(sessionsBetween('2026-04-03', '2026-04-05')).toEqual([]);
    expect(sessionsBetween('2026-04-02', '2026-04-06')).toEqual(['2026-04-02', '2026-04-06']);
    expect(sessionsBetween('2026-04-06', '2026-04-02')).toEqual([]);
    expect(() => sessionsBetween('2026-02-30', '2026-03-31')).toThrow(BriefError);
  });
});
