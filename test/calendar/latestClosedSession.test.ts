import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import { latestClosedSession } from '../../src/calendar/index.js';

const NY = 'America/New_York';

/** A New York wall-clock time, e.g. ny('2026-01-22T15:59'). */
function ny(local: string): DateTime {
  const time = DateTime.fromISO(local, { zone: NY });
  if (!time.isValid) throw new Error(`bad test time ${local}`);
  return time;
}

describe('latestClosedSession', () => {
  it('switches to today exactly at the 16:00 close', () => {
    expect(latestClosedSession(ny('2026-01-22T15:59'))).toBe('2026-01-21');
    expect(latestClosedSession(ny('2026-01-22T15:59:59.999'))).toBe('2026-01-21');
    expect(latestClosedSession(ny('2026-01-22T16:00'))).toBe('2026-01-22');
    expect(latestClosedSession(ny('2026-01-22T23:59'))).toBe('2026-01-22');
    expect(latestClosedSession(ny('2026-01-22T00:00'))).toBe('2026-01-21');
  });

  it('returns Friday over the weekend and before Monday close', () => {
    expect(latestClosedSession(ny('2026-01-24T12:00'))).toBe('2026-01-23');
    expect(latestClosedSession(ny('2026-01-25T23:00'))).toBe('2026-01-23');
    expect(latestClosedSession(ny('2026-01-26T09:30'))).toBe('2026-01-23');
  });

  it('skips holidays', () => {
    expect(latestClosedSession(ny('2026-01-19T17:00'))).toBe('2026-01-16'); // MLK Day
    expect(latestClosedSession(ny('2026-11-26T18:00'))).toBe('2026-11-25'); // Thanksgiving
    expect(latestClosedSession(ny('2026-12-25T18:00'))).toBe('2026-12-24');
  });

  it('honours the 13:00 early close', () => {
    expect(latestClosedSession(ny('2026-11-27T12:59'))).toBe('2026-11-25');
    expect(latestClosedSession(ny('2026-11-27T13:00'))).toBe('2026-11-27');
    expect(latestClosedSession(ny('2026-11-27T14:30'))).toBe('2026-11-27');
    expect(latestClosedSession(ny('2026-12-24T13:00'))).toBe('2026-12-24');
  });

  it('converts instants from other zones to New York time', () => {
    // 21:30 UTC on 2026-01-22 is 16:30 EST; 03:00 UTC on 2026-01-23 is still the 22nd in NY.
    expect(latestClosedSession(DateTime.fromISO('2026-01-22T21:30:00Z'))).toBe('2026-01-22');
    expect(latestClosedSession(DateTime.fromISO('2026-01-23T03:00:00Z'))).toBe('2026-01-22');
    expect(latestClosedSession(DateTime.fromISO('2026-01-22T20:59:00Z'))).toBe('2026-01-21');
  });

  it('handles the March DST change (EST -> EDT on Sunday 2026-03-08)', () => {
    expect(latestClosedSession(ny('2026-03-08T03:30'))).toBe('2026-03-06');
    // Monday close is 16:00 EDT = 20:00 UTC (it would be 21:00 UTC in winter).
    expect(latestClosedSession(DateTime.fromISO('2026-03-09T19:59:59Z'))).toBe('2026-03-06');
    expect(latestClosedSession(DateTime.fromISO('2026-03-09T20:00:00Z'))).toBe('2026-03-09');
    // Friday before the change closed at 16:00 EST = 21:00 UTC.
    expect(latestClosedSession(DateTime.fromISO('2026-03-06T20:30:00Z'))).toBe('2026-03-05');
    expect(latestClosedSession(DateTime.fromISO('2026-03-06T21:00:00Z'))).toBe('2026-03-06');
  });

  it('handles the November DST change (EDT -> EST on Sunday 2026-11-01)', () => {
    expect(latestClosedSession(ny('2026-11-01T01:30'))).toBe('2026-10-30');
    // Monday close is 16:00 EST = 21:00 UTC (it would be 20:00 UTC in summer).
    expect(latestClosedSession(DateTime.fromISO('2026-11-02T20:30:00Z'))).toBe('2026-10-30');
    expect(latestClosedSession(DateTime.fromISO('2026-11-02T21:00:00Z'))).toBe('2026-11-02');
    expect(latestClosedSession(DateTime.fromISO('2026-10-30T20:00:00Z'))).toBe('2026-10-30');
  });

  it('rejects an invalid DateTime with a usage error', () => {
    const invalid = DateTime.fromISO('not a time');
    expect(() => latestClosedSession(invalid)).toThrow(BriefError);
  });
});
