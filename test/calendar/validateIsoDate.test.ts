import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import { validateIsoDate } from '../../src/calendar/index.js';
import { formatIso, fromDayNumber, toDayNumber, weekdayOf } from '../../src/calendar/isoDays.js';

describe('validateIsoDate', () => {
  it.each(['2026-01-05', '2024-02-29', '2000-02-29', '1899-12-31', '2026-12-31'])(
    'accepts %s',
    (text) => {
      expect(validateIsoDate(text)).toBe(text);
    },
  );

  it.each([
    '2026-02-30',
    '2026-1-5',
    '20260105',
    '',
    '2025-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    ' 2026-01-05',
    '2026-01-05T00:00',
    '２０２６-01-05',
  ])('rejects %j with a usage error naming the text and the form', (text) => {
    try {
      validateIsoDate(text);
      expect.unreachable(`accepted ${JSON.stringify(text)}`);
    } catch (error) {
      expect(error).toBeInstanceOf(BriefError);
      const brief = error as BriefError;
      expect(brief.kind).toBe('usage');
      expect(brief.exitCode).toBe(2);
      expect(brief.message).toContain(JSON.stringify(text));
      expect(brief.message).toContain('YYYY-MM-DD');
    }
  });
});

describe('isoDays arithmetic agrees with UTC Date arithmetic', () => {
  it('round-trips day numbers and weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (dayNumber) => {
        const utc = new Date(dayNumber * 86_400_000);
        const iso = utc.toISOString().slice(0, 10);
        const civil = fromDayNumber(dayNumber);
        expect(formatIso(civil)).toBe(iso);
        expect(toDayNumber(civil)).toBe(dayNumber);
        expect(weekdayOf(dayNumber)).toBe(utc.getUTCDay() === 0 ? 7 : utc.getUTCDay());
      }),
    );
  });
});
