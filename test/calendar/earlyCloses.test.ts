import { describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import {
  earlyCloseHour,
  earlyCloseOf,
  isEarlyClose,
  sessionCloseTime,
} from '../../src/calendar/index.js';

describe('isEarlyClose', () => {
  it('July 3 since 2013: early whenever it is a session (July 4 on Tue-Fri)', () => {
    expect(isEarlyClose('2023-07-03')).toBe(true); // Monday, July 4 Tuesday
    expect(isEarlyClose('2018-07-03')).toBe(true); // Tuesday
    expect(isEarlyClose('2013-07-03')).toBe(true); // Wednesday, July 4 Thursday
    expect(isEarlyClose('2024-07-03')).toBe(true); // Wednesday
    expect(isEarlyClose('2025-07-03')).toBe(true); // Thursday, July 4 Friday
    expect(isEarlyClose('2020-07-03')).toBe(false); // Friday: observed holiday
    expect(isEarlyClose('2022-07-01')).toBe(false); // July 4 Monday: no half day
  });

  it('before 2013 a Thursday July 4 made Friday July 5 the half day, not July 3', () => {
    expect(isEarlyClose('2002-07-03')).toBe(false);
    expect(isEarlyClose('2002-07-05')).toBe(true);
    expect(isEarlyClose('1996-07-05')).toBe(true);
    expect(isEarlyClose('2019-07-05')).toBe(false);
    expect(isEarlyClose('2012-07-03')).toBe(true); // Tuesday
  });

  it('had no July half day before 1995', () => {
    expect(isEarlyClose('1990-07-03')).toBe(false);
    expect(isEarlyClose('1995-07-03')).toBe(true);
  });

  it('Friday after Thanksgiving and Christmas Eve', () => {
    expect(isEarlyClose('2025-11-28')).toBe(true);
    expect(isEarlyClose('2024-12-24')).toBe(true);
    expect(isEarlyClose('2021-12-24')).toBe(false); // Friday: Christmas observed, closed
    expect(isEarlyClose('2025-12-26')).toBe(false); // full session
    expect(isEarlyClose('2003-12-26')).toBe(true); // ad hoc
    expect(isEarlyClose('1991-11-29')).toBe(false); // not yet a half day
  });

  it('closed days are not early closes', () => {
    expect(isEarlyClose('2026-11-26')).toBe(false);
    expect(isEarlyClose('2026-11-28')).toBe(false);
  });
});

describe('sessionCloseTime', () => {
  it('is 16:00 New York on a regular day, in EST and in EDT', () => {
    const winter = sessionCloseTime('2026-01-22');
    expect(winter.zoneName).toBe('America/New_York');
    expect(winter.toISO()).toBe('2026-01-22T16:00:00.000-05:00');
    expect(sessionCloseTime('2026-07-02').toISO()).toBe('2026-07-02T16:00:00.000-04:00');
  });

  it('is 13:00 on early-close days', () => {
    expect(sessionCloseTime('2026-11-27').toISO()).toBe('2026-11-27T13:00:00.000-05:00');
    expect(sessionCloseTime('2026-12-24').toUTC().toISO()).toBe('2026-12-24T18:00:00.000Z');
    expect(sessionCloseTime('2025-07-03').toISO()).toBe('2025-07-03T13:00:00.000-04:00');
  });

  it('is 14:00 for the 1990-1992 early closes', () => {
    expect(earlyCloseHour('1992-11-27')).toBe(14);
    expect(sessionCloseTime('1990-12-24').hour).toBe(14);
    expect(earlyCloseHour('1993-11-26')).toBe(13);
  });

  it('throws noSession for a closed day, naming the reason', () => {
    try {
      sessionCloseTime('2026-11-26');
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(BriefError);
      const brief = error as BriefError;
      expect(brief.kind).toBe('noSession');
      expect(brief.message).toContain('2026-11-26');
      expect(brief.message).toContain('Thanksgiving Day');
    }
  });
});

describe('earlyCloseOf', () => {
  it.each([
    ['2025-11-28', 13, 'the day after Thanksgiving'],
    ['1992-11-27', 14, 'the day after Thanksgiving'], // the first, at 14:00
    ['1992-12-24', 14, 'Christmas Eve'], // 13:00 only from 1993
    ['2024-12-24', 13, 'Christmas Eve'],
    ['2024-07-03', 13, 'the eve of Independence Day'],
    ['2002-07-05', 13, 'the day after Independence Day'], // July 4 a Thursday before 2013
    ['2003-12-26', 13, 'the day after Christmas'], // ad hoc
  ])('%s closed at %i:00 for %s', (date, hour, occasion) => {
    expect(earlyCloseOf(date)).toEqual({ hour, occasion });
  });

  it('is null for a full session and a closed day', () => {
    expect(earlyCloseOf('2025-12-26')).toBeNull();
    expect(earlyCloseOf('2026-11-26')).toBeNull(); // Thanksgiving: closed
  });
});
