/**
 * The rules of validateRows.ts and valueProblem.ts applied to columns already parsed (the
 * cache's, read back from disk): real calendar dates strictly ascending, every value finite and
 * within its limits, a close in every row, high and low consistent with open and close. Cheaper
 * than parsing (no strings), and the same rules, so columns from the cache are held to what a
 * CSV is.
 */
import { checkDate, type SeriesColumns } from './validateRows.js';
import { rangeProblem, valueProblem } from './valueProblem.js';

/** The columns in CSV order (1..6: open, high, low, close, adj_close, volume). */
const ORDER = ['open', 'high', 'low', 'close', 'adjClose', 'volume'] as const;

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
