/**
 * Long-horizon returns: each calendar year's return, and the cumulative return of two series
 * since their common start. Simple close-to-close returns: price return on `close` (raw for
 * ETFs, index level for indices), total return on `adj_close` (dividends reinvested) where the
 * file has it. Note IJR's `close` is already dividend-adjusted (data/SOURCES.md), so its "price"
 * return is a total return.
 */
import { indexAtOrBefore, type Series } from '../model/series.js';
import type { Change, Maybe } from '../model/figure.js';
import { changeBetween } from './returns.js';
import { lowerBound } from '../model/bisect.js';
import { perSeries } from './perSeries.js';

/** One calendar year's return, from the last close of the previous year to its last close up to i. */
export interface CalendarYear {
  readonly year: number;
  /** close[to] / close[from] - 1; unavailable only for a year with a single close (the file's first row). */
  readonly price: Maybe<Change>;
  /** adjClose[to] / adjClose[from] - 1; unavailable without adj_close. */
  readonly total: Maybe<Change>;
  /** The file begins inside this year: the base is the file's first close, not last year's close. */
  readonly partial: boolean;
  /** The year containing row i (to date, not complete as of the date). */
  readonly toDate: boolean;
}

export interface CalendarYears {
  readonly symbol: string;
  /** Oldest first; the last entry is the year containing row i. */
  readonly years: readonly CalendarYear[];
  readonly historyFrom: string;
}

/** adjClose[i] / adjClose[base] - 1 with the same dates as the price change, or why not. */
export function totalChange(s: Series, base: number, i: number): Maybe<Change> {
  const adj = s.adjClose;
  if (adj === null)
    return {
      unavailable: `${s.symbol}: total return needs adj_close, which the file does not have (price return only)`,
    };
  const a = adj[base] as number;
  const b = adj[i] as number;
  if (!(a > 0) || !(b > 0))
    return {
      unavailable: `${s.symbol}: total return needs adj_close, missing on ${s.dates[a > 0 ? i : base]}`,
    };
  return {
    value: b / a - 1,
    from: s.dates[base] as string,
    to: s.dates[i] as string,
    sessions: i - base,
  };
}

function yearEntry(
  s: Series,
  base: number,
  end: number,
  partial: boolean,
  toDate: boolean,
): CalendarYear {
  const year = Number((s.dates[end] as string).slice(0, 4));
  const price: Maybe<Change> =
    base === end
      ? {
          unavailable: `${s.symbol}: ${year} return needs two closes, history begins ${s.dates[0]}`,
        }
      : changeBetween(s, base, end);
  const total = base === end ? (price as Maybe<Change>) : totalChange(s, base, end);
  return { year, price, total, partial, toDate };
}

interface YearTable {
  /** Row of the last session of each year in the file, ascending. */
  readonly lastRow: Int32Array;
  /** Entry y: year y complete (base = previous year's last row, or row 0 for the first year). */
  readonly complete: readonly CalendarYear[];
}

/** Year-end rows and completed-year entries, once per series (entry y reads rows up to its year end). */
const yearTable = perSeries((s: Series): YearTable => {
  const rows: number[] = [];
  const n = s.dates.length;
  for (let k = 0; k < n; k++)
    if (
      k === n - 1 ||
      (s.dates[k] as string).slice(0, 4) !== (s.dates[k + 1] as string).slice(0, 4)
    )
      rows.push(k);
  const complete = rows.map((end, y) =>
    yearEntry(s, y === 0 ? 0 : (rows[y - 1] as number), end, y === 0, false),
  );
  const out = { lastRow: Int32Array.from(rows), complete };
  return out;
});

/**
 * Every calendar year in rows 0..i: price return (close) and total return (adj_close), each from
 * the last close of the previous year to the year's last close up to i. The file's first year is
 * measured from its first close (`partial`); the year containing i is flagged `toDate`.
 * O(log n + years) per call: completed years are memoized per series.
 */
export function calendarYears(s: Series, i: number): CalendarYears {
  const t = yearTable(s);
  const y = lowerBound(t.lastRow, i); // completed years end before row i
  const base = y === 0 ? 0 : (t.lastRow[y - 1] as number);
  const years = [...t.complete.slice(0, y), yearEntry(s, base, i, y === 0, true)];
  return { symbol: s.symbol, years, historyFrom: s.dates[0] as string };
}

/** One series' cumulative return over the common span. */
export interface CumulativeLeg {
  readonly price: Change;
  readonly total: Maybe<Change>;
}

/** Cumulative returns of two series from their first common session to their last one <= date. */
export interface CumulativeRelative {
  readonly from: string;
  readonly to: string;
  readonly small: CumulativeLeg;
  readonly large: CumulativeLeg;
  /** small minus large, in fractions (0.01 = 1 percentage point). */
  readonly difference: {
    readonly price: { readonly value: number };
    readonly total: Maybe<{ readonly value: number }>;
  };
  /** Relative performance: (1 + small) / (1 + large) - 1, i.e. the change of the small/large ratio. */
  readonly relative: {
    readonly price: { readonly value: number };
    readonly total: Maybe<{ readonly value: number }>;
  };
}

/** Index of the first row of s dated >= `date`, or -1 (binary search). */
function firstAtOrAfter(s: Series, date: string): number {
  const k = indexAtOrBefore(s, date);
  if (k >= 0 && s.dates[k] === date) return k;
  return k + 1 < s.dates.length ? k + 1 : -1;
}

/** First common session of a and b, or null. O(log n) per mismatch. */
function firstCommon(a: Series, b: Series): [number, number] | null {
  let d =
    (a.dates[0] as string) > (b.dates[0] as string)
      ? (a.dates[0] as string)
      : (b.dates[0] as string);
  for (;;) {
    const ia = firstAtOrAfter(a, d);
    const ib = firstAtOrAfter(b, d);
    if (ia < 0 || ib < 0) return null;
    if (a.dates[ia] === b.dates[ib]) return [ia, ib];
    d =
      (a.dates[ia] as string) > (b.dates[ib] as string)
        ? (a.dates[ia] as string)
        : (b.dates[ib] as string);
  }
}

/** Last common session <= date or null (walks back; files share a calendar, so O(log n)). */
function lastCommon(a: Series, b: Series, date: string): [number, number] | null {
  let ia = indexAtOrBefore(a, date);
  let ib = indexAtOrBefore(b, date);
  while (ia >= 0 && ib >= 0 && a.dates[ia] !== b.dates[ib]) {
    if ((a.dates[ia] as string) > (b.dates[ib] as string))
      ia = indexAtOrBefore(a, b.dates[ib] as string);
    else ib = indexAtOrBefore(b, a.dates[ia] as string);
  }
  return ia >= 0 && ib >= 0 ? [ia, ib] : null;
}

const diffOf = (
  x: Maybe<Change>,
  y: Maybe<Change>,
  f: (p: number, q: number) => number,
): Maybe<{ value: number }> =>
  'unavailable' in x ? x : 'unavailable' in y ? y : { value: f(x.value, y.value) };

/**
 * Cumulative price (close) and total (adj_close) return of `small` and `large` from their first
 * common session to their last common session <= date, and small minus large. Reads no row
 * after the date. Unavailable when the two have fewer than two common sessions up to the date.
 */
export function cumulativeRelative(
  small: Series,
  large: Series,
  date: string,
): Maybe<CumulativeRelative> {
  const start = firstCommon(small, large);
  const end = lastCommon(small, large, date);
  if (!start || !end || end[0] <= start[0])
    return {
      unavailable: `${small.symbol}/${large.symbol}: cumulative return needs two common sessions up to ${date}; histories begin ${small.dates[0]} and ${large.dates[0]}`,
    };
  const leg = (s: Series, a: number, b: number): CumulativeLeg => ({
    price: changeBetween(s, a, b),
    total: totalChange(s, a, b),
  });
  const sm = leg(small, start[0], end[0]);
  const lg = leg(large, start[1], end[1]);
  const minus = (p: number, q: number) => p - q;
  const rel = (p: number, q: number) => (1 + p) / (1 + q) - 1;
  return {
    from: small.dates[start[0]] as string,
    to: small.dates[end[0]] as string,
    small: sm,
    large: lg,
    difference: {
      price: { value: sm.price.value - lg.price.value },
      total: diffOf(sm.total, lg.total, minus),
    },
    relative: {
      price: { value: rel(sm.price.value, lg.price.value) },
      total: diffOf(sm.total, lg.total, rel),
    },
  };
}
