/**
 * The rules of validateRows.ts and valueProblem.ts applied to columns already parsed (the
 * cache's, read back from disk): real calendar dates strictly ascending, every value finite and
 * within its limits, a close in every row, high and low consistent with open and close. Cheaper
 * than parsing (no strings), and the same rules, so columns from the cache are held to what a
 * CSV is.
 */
import { MAX_PRICE, MAX_VOLUME, MIN_PRICE } from './limits.js';
import { checkDate, type SeriesColumns } from './validateRows.js';
import { rangeProblem, valueProblem } from './valueProblem.js';

/** The columns in CSV order (1..6: open, high, low, close, adj_close, volume). */
const ORDER = ['open', 'high', 'low', 'close', 'adjClose', 'volume'] as const;

/** True when every date is a real `YYYY-MM-DD` calendar date (checkDate, without a message). */
function realDates(dates: readonly string[]): boolean {
  try {
    for (let i = 0; i < dates.length; i++) checkDate(dates[i] as string, 'cache', i + 1);
    return true;
  } catch {
    return false;
  }
}

/** The first value problem of row `i`, or null (no allocation unless there is one). */
function rowProblem(cols: SeriesColumns, i: number): string | null {
  for (let c = 0; c < 6; c++) {
    const x = cols[ORDER[c] as (typeof ORDER)[number]]?.[i] ?? NaN;
    if (Number.isNaN(x) && c !== 3) continue; // an empty optional cell
    if (!Number.isFinite(x)) return `${ORDER[c]} is not a finite number`;
    const problem = valueProblem(x, c + 1);
    if (problem !== null) return problem.text;
  }
  const o = cols.open?.[i] ?? NaN;
  const h = cols.high?.[i] ?? NaN;
  const l = cols.low?.[i] ?? NaN;
  return rangeProblem(null, o, h, l, cols.close[i] ?? NaN);
}

/** True when every value of `x` is within [lo, hi], or also NaN (an empty cell) if `optional`. */
function allWithin(x: Float64Array, lo: number, hi: number, optional: boolean): boolean {
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (!(v >= lo && v <= hi) && !(optional && v !== v)) return false;
  }
  return true;
}

/**
 * True when `cols` pass every rule, checked a column at a time (a tight loop per column, ten
 * times faster than {@link rowProblem} on every row); false when any rule fails, and
 * {@link columnsProblem} then finds the first problem row by row. Never true where the rows'
 * rules would find a problem: the same bounds, NaN allowed only in an optional column.
 */
function passesFast(cols: SeriesColumns): boolean {
  const { open, high, low, close, adjClose, volume, dates } = cols;
  for (const x of [open, high, low, adjClose]) {
    if (x !== null && !allWithin(x, MIN_PRICE, MAX_PRICE, true)) return false;
  }
  if (!allWithin(close, MIN_PRICE, MAX_PRICE, false)) return false;
  if (volume !== null && !allWithin(volume, 0, MAX_VOLUME, true)) return false;
  let prev = '';
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i] as string;
    if (date <= prev) return false;
    prev = date;
    const problem = rangeProblem(
      null,
      open?.[i] ?? NaN,
      high?.[i] ?? NaN,
      low?.[i] ?? NaN,
      close[i] as number,
    );
    if (problem !== null) return false;
  }
  return true;
}

/**
 * The first problem of `cols` as `row N: problem` (N from 1), or null when they pass every rule
 * a price CSV's rows must.
 */
export function columnsProblem(cols: SeriesColumns): string | null {
  const n = cols.dates.length;
  if (n === 0) return 'no rows';
  for (const k of ORDER) {
    if ((cols[k]?.length ?? n) !== n) return `${k} has ${cols[k]?.length} values for ${n} dates`;
  }
  if (passesFast(cols) && realDates(cols.dates)) return null;
  for (let i = 0; i < n; i++) {
    const date = cols.dates[i] as string;
    try {
      checkDate(date, 'cache', i + 1);
    } catch {
      return `row ${i + 1}: date ${JSON.stringify(date)} is not a real YYYY-MM-DD date`;
    }
    if (i > 0 && date <= (cols.dates[i - 1] as string)) return `row ${i + 1}: date out of order`;
    const problem = rowProblem(cols, i);
    if (problem !== null) return `row ${i + 1}: ${problem}`;
  }
  return null;
}
