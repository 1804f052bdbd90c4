/**
 * Ground truth: data/closes/GSPC.csv holds a row for every NYSE session since 1927, so on every
 * weekday from 1990-01-01 to its last row, `isSession` must agree with the file exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  UNSCHEDULED_CLOSURES,
  closureReason,
  isEarlyClose,
  isSession,
  nyseHolidays,
} from '../../src/calendar/index.js';

const CSV_URL = new URL('../../data/closes/GSPC.csv', import.meta.url);
const FIRST = '1990-01-01';

function readSessionDates(): string[] {
  const lines = readFileSync(CSV_URL, 'utf8').split(/\r?\n/);
  expect(lines[0]).toBe('date,open,high,low,close,adj_close,volume');
  return lines
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.slice(0, line.indexOf(',')));
}

/** Every weekday from `first` to `last` inclusive, enumerated with UTC-only Date arithmetic. */
function weekdaysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const rows = readSessionDates();
const sessions = new Set(rows);
const lastRow = rows[rows.length - 1] ?? '';
const weekdays = weekdaysBetween(FIRST, lastRow);

describe('calendar vs GSPC.csv (ground truth)', () => {
  it('reads a plausible file', () => {
    expect(lastRow >= '2026-08-21').toBe(true);
    expect(weekdays.length).toBeGreaterThan(9000);
  });

  it('isSession(d) is true exactly when d is a GSPC row, for every weekday since 1990', () => {
    const mismatches = weekdays
      .filter((d) => isSession(d) !== sessions.has(d))
      .map(
        (d) => `${d}: calendar=${isSession(d)} (${closureReason(d)}), GSPC row=${sessions.has(d)}`,
      );
    expect(mismatches, `calendar disagrees with GSPC.csv on:\n${mismatches.join('\n')}`).toEqual(
      [],
    );
  });

  it('every GSPC row since 1990 is a weekday session', () => {
    const bad = rows.filter((d) => d >= FIRST && !isSession(d));
    expect(bad, `GSPC rows the calendar calls closed:\n${bad.join('\n')}`).toEqual([]);
  });

  it('names a reason for every weekday closure since 1990', () => {
    const missing = weekdays.filter((d) => !sessions.has(d) && !closureReason(d));
    expect(missing).toEqual([]);
  });

  it('every unscheduled closure is a weekday missing from GSPC.csv (none is redundant)', () => {
    for (const { date } of UNSCHEDULED_CLOSURES) {
      const year = Number(date.slice(0, 4));
      expect(weekdays, date).toContain(date);
      expect(sessions.has(date), date).toBe(false);
      expect(nyseHolidays(year).has(date), `${date} is already a regular holiday`).toBe(false);
    }
  });

  it('every early close since 1990 is a GSPC session', () => {
    const early = weekdays.filter((d) => isEarlyClose(d));
    expect(early.length).toBeGreaterThanOrEqual(76); // 76 from 1990 to 2026-08-21
    expect(early.filter((d) => !sessions.has(d))).toEqual([]);
  });
});
