/**
 * Full-day NYSE closures since 1990 that no holiday rule predicts.
 *
 * Sources: NYSE "Closings of the Exchange" history (the list reproduced in pandas_market_calendars,
 * holidays_nyse.py), NYSE press releases for 2018 and 2025, and — decisively — the bundled
 * data/closes/GSPC.csv: each date below is a weekday with no S&P 500 close, and the test
 * test/calendar/groundTruth.test.ts proves that these plus the rule-based holidays account for
 * every missing weekday from 1990-01-01 to the last row of the file.
 *
 * Not listed (not full-day closures): late openings and unscheduled early closes, e.g. the
 * 1994-02-11 snowstorm (14:30), 1996-01-08 snow (14:00), 1997-10-27 circuit breaker (15:30).
 * Before 1990 and so out of range: e.g. 1985-09-27 Hurricane Gloria.
 */

/** One unscheduled full-day closure: ISO date and the reason `closureReason` reports. */
export interface UnscheduledClosure {
  readonly date: string;
  readonly name: string;
}

/** Every unscheduled full-day NYSE closure from 1990-01-01 on, in date order. */
export const UNSCHEDULED_CLOSURES: readonly UnscheduledClosure[] = [
  // Richard Nixon died 1994-04-22; national day of mourning on the day of his funeral.
  { date: '1994-04-27', name: 'National Day of Mourning for President Nixon' },
  // Terrorist attacks on the World Trade Center; trading resumed Monday 2001-09-17.
  { date: '2001-09-11', name: 'September 11 attacks' },
  { date: '2001-09-12', name: 'September 11 attacks' },
  { date: '2001-09-13', name: 'September 11 attacks' },
  { date: '2001-09-14', name: 'September 11 attacks' },
  // Ronald Reagan died 2004-06-05; national day of mourning on the day of his funeral.
  { date: '2004-06-11', name: 'National Day of Mourning for President Reagan' },
  // Gerald Ford died 2006-12-26; national day of mourning 2007-01-02.
  { date: '2007-01-02', name: 'National Day of Mourning for President Ford' },
  // Hurricane Sandy: closed two days for weather, reopened 2012-10-31.
  { date: '2012-10-29', name: 'Hurricane Sandy' },
  { date: '2012-10-30', name: 'Hurricane Sandy' },
  // George H. W. Bush died 2018-11-30; national day of mourning 2018-12-05.
  { date: '2018-12-05', name: 'National Day of Mourning for President George H. W. Bush' },
  // Jimmy Carter died 2024-12-29; national day of mourning 2025-01-09.
  { date: '2025-01-09', name: 'National Day of Mourning for President Carter' },
];

const byYear = new Map<number, UnscheduledClosure[]>();
for (const closure of UNSCHEDULED_CLOSURES) {
  const year = Number(closure.date.slice(0, 4));
  const list = byYear.get(year) ?? [];
  list.push(closure);
  byYear.set(year, list);
}

/** The unscheduled closures of one `year` (empty for most years). */
export function unscheduledClosuresIn(year: number): readonly UnscheduledClosure[] {
  return byYear.get(year) ?? [];
}
