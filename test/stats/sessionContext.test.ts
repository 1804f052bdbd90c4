import { describe, expect, it } from 'vitest';
import { sessionContext } from '../../src/calendar/sessionContext.js';
import { BriefError } from '../../src/errors.js';

// Real New York sessions; the closures are history, not computed here.
describe('sessionContext', () => {
  it('2001-09-17 reopened after four weekdays closed for the September 11 attacks', () => {
    // Tuesday 09-11 to Friday 09-14 closed, then the weekend; the previous session is Monday 09-10
    expect(sessionContext('2001-09-17')).toEqual({
      previous: '2001-09-10',
      closedWeekdays: [
        { date: '2001-09-11', reason: 'September 11 attacks' },
        { date: '2001-09-12', reason: 'September 11 attacks' },
        { date: '2001-09-13', reason: 'September 11 attacks' },
        { date: '2001-09-14', reason: 'September 11 attacks' },
      ],
      unscheduled: true,
      earlyClose: false,
      earlyCloseHour: null,
      earlyCloseOccasion: null,
      lastOfYear: false,
      firstOfYear: false,
    });
  });

  it('2012-10-31 reopened after Hurricane Sandy (Monday 10-29 and Tuesday 10-30 closed)', () => {
    expect(sessionContext('2012-10-31')).toEqual({
      previous: '2012-10-26', // Friday, before the weekend and the two storm days
      closedWeekdays: [
        { date: '2012-10-29', reason: 'Hurricane Sandy' },
        { date: '2012-10-30', reason: 'Hurricane Sandy' },
      ],
      unscheduled: true,
      earlyClose: false,
      earlyCloseHour: null,
      earlyCloseOccasion: null,
      lastOfYear: false,
      firstOfYear: false,
    });
  });

  it('2024-07-03 closed early (Wednesday before a Thursday Independence Day)', () => {
    expect(sessionContext('2024-07-03')).toEqual({
      previous: '2024-07-02',
      closedWeekdays: [],
      unscheduled: false,
      earlyClose: true,
      earlyCloseHour: 13,
      earlyCloseOccasion: 'the eve of Independence Day',
      lastOfYear: false,
      firstOfYear: false,
    });
  });

  it('1999-12-31 was the last session of 1999 (a full session: not an early close)', () => {
    // next session Monday 2000-01-03 (Saturday 01-01 New Year's Day is not observed)
    expect(sessionContext('1999-12-31')).toEqual({
      previous: '1999-12-30',
      closedWeekdays: [],
      unscheduled: false,
      earlyClose: false,
      earlyCloseHour: null,
      earlyCloseOccasion: null,
      lastOfYear: true,
      firstOfYear: false,
    });
  });

  it('2000-01-03 was the first session of 2000; only a weekend lies between', () => {
    expect(sessionContext('2000-01-03')).toMatchObject({
      previous: '1999-12-31',
      closedWeekdays: [], // 01-01 and 01-02 are Saturday and Sunday, not listed
      firstOfYear: true,
      lastOfYear: false,
    });
  });

  it('an ordinary Monday after a weekend: no closure, no flag', () => {
    expect(sessionContext('2026-01-12')).toEqual({
      previous: '2026-01-09', // the Friday
      closedWeekdays: [],
      unscheduled: false,
      earlyClose: false,
      earlyCloseHour: null,
      earlyCloseOccasion: null,
      lastOfYear: false,
      firstOfYear: false,
    });
  });

  it('a regular holiday is a closed weekday but not unscheduled (MLK Day 2026-01-19)', () => {
    expect(sessionContext('2026-01-20')).toMatchObject({
      previous: '2026-01-16',
      closedWeekdays: [{ date: '2026-01-19', reason: 'Martin Luther King Jr. Day' }],
      unscheduled: false,
    });
  });

  it('2007-01-03: a holiday and an unscheduled closure together, across the year end', () => {
    // Friday 2006-12-29, weekend, Monday 01-01 New Year's Day, Tuesday 01-02 mourning for Ford
    expect(sessionContext('2007-01-03')).toEqual({
      previous: '2006-12-29',
      closedWeekdays: [
        { date: '2007-01-01', reason: "New Year's Day" },
        { date: '2007-01-02', reason: 'National Day of Mourning for President Ford' },
      ],
      unscheduled: true,
      earlyClose: false,
      earlyCloseHour: null,
      earlyCloseOccasion: null,
      lastOfYear: false,
      firstOfYear: true,
    });
  });

  it('rejects a date that is not a real ISO date, naming it', () => {
    expect(() => sessionContext('2026-02-30')).toThrow(BriefError);
    expect(() => sessionContext('2026-02-30')).toThrow(/2026-02-30/);
  });

  it("on the calendar's first session, says no session before it is known", () => {
    // 1990-01-02: the session before it would be in 1989 (1990-01-01 is New Year's Day), outside
    // the supported calendar; the brief of that day must still build (a whole-history backfill).
    expect(sessionContext('1990-01-02')).toEqual({
      previous: null,
      closedWeekdays: [],
      unscheduled: false,
      earlyClose: false,
      earlyCloseHour: null,
      earlyCloseOccasion: null,
      lastOfYear: false,
      firstOfYear: true,
    });
  });
});
