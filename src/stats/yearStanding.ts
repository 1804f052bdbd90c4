/**
 * Where the calendar year to date stands among the series' complete calendar years (price
 * return, close to close from the previous year's last close): how many were better and worse,
 * and the last year that was better and the last that was worse. On the last session of a year
 * this is the year's final rank. Reads rows 0..i only.
 */
import { isAvailable, type Maybe } from '../model/figure.js';
import type { Series } from '../model/series.js';
import { calendarYears } from './calendarYears.js';

export interface YearStanding {
  readonly year: number;
  /** The year's price return to date (fraction). */
  readonly value: number;
  /** Complete earlier calendar years compared (a partial first year is left out). */
  readonly years: number;
  /** The first of them. */
  readonly firstYear: number | null;
  readonly better: number;
  readonly worse: number;
  /** The last earlier year with a higher / lower return; null when none. */
  readonly lastBetter: number | null;
  readonly lastWorse: number | null;
}

export function yearStanding(s: Series, i: number): Maybe<YearStanding> {
  const all = calendarYears(s, i).years;
  const now = all[all.length - 1];
  if (!now || !isAvailable(now.price))
    return { unavailable: `${s.symbol}: no year-to-date return` };
  const value = now.price.value;
  let better = 0;
  let worse = 0;
  let lastBetter: number | null = null;
  let lastWorse: number | null = null;
  let years = 0;
  let firstYear: number | null = null;
  for (const y of all.slice(0, -1)) {
    if (y.partial || !isAvailable(y.price)) continue;
    years++;
    firstYear ??= y.year;
    if (y.price.value > value) (better++, (lastBetter = y.year));
    else if (y.price.value < value) (worse++, (lastWorse = y.year));
  }
  return { year: now.year, value, years, firstYear, better, worse, lastBetter, lastWorse };
}
