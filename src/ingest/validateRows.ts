/**
 * Validation of a price CSV (`date,open,high,low,close,adj_close,volume`) into
 * Series columns. The first problem throws a `data` error `file:line: problem`.
 * The header is checked by validateHeader.ts, the range of each value by valueProblem.ts.
 */
import { dataError } from '../errors.js';
import type { CsvTable } from './parseCsv.js';
import { PRICE_CSV_COLUMNS } from './validateHeader.js';
import { rangeProblem, shown, valueProblem } from './valueProblem.js';
import type { Series } from '../model/series.js';

/** The columns of a {@link Series}, without its symbol and source. */
export type SeriesColumns = Omit<Series, 'symbol' | 'source' | 'file'>;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Validates the data rows of `table` (header already checked) and returns the
 * columns. Optional cells that are empty become NaN; an optional column empty
 * in every row becomes `null`.
 */
export function validateRows(table: CsvTable, file: string): SeriesColumns {
  const n = table.rows.length;
  if (n === 0) throw dataError(file, table.headerLine, 'no data rows after the header');
  const dates = new Array<string>(n);
  // cols[c] holds CSV column c + 1: open, high, low, close, adj_close, volume.
  const cols = Array.from({ length: 6 }, () => new Float64Array(n));
  const present = new Int32Array(6);
  for (let i = 0; i < n; i++) {
    const row = table.rows[i] as readonly string[];
    const line = table.lines[i] as number;
    if (row.length !== 7) throw fieldCountError(row, file, line);
    const date = row[0] as string;
    checkDate(date, file, line);
    if (i > 0) checkOrder(date, dates[i - 1] as string, file, line, table.lines[i - 1] as number);
    dates[i] = date;
    parseNumbers(row, i, cols, present, file, line);
  }
  const orNull = (c: number) => (present[c] === 0 ? null : (cols[c] as Float64Array));
  const close = cols[3] as Float64Array;
  return {
    dates,
    open: orNull(0),
    high: orNull(1),
    low: orNull(2),
    close,
    adjClose: orNull(4),
    volume: orNull(5),
  };
}

/** A row without 7 fields; the hint points at a carriage return inside the line, if any. */
function fieldCountError(row: readonly string[], file: string, line: number) {
  const cr = row.some((cell) => cell.includes('\r'));
  const hint = cr
    ? `line ${line} holds a stray carriage return (\\r) before its end: remove it`
    : undefined;
  return dataError(file, line, `expected 7 fields, found ${row.length}`, hint);
}

/** Parses cells 1..6 of `row` into `cols[0..5][i]`, counts present cells, checks the range. */
function parseNumbers(
  row: readonly string[],
  i: number,
  cols: readonly Float64Array[],
  present: Int32Array,
  file: string,
  line: number,
): void {
  for (let c = 0; c < 6; c++) {
    const v = parseCell(row[c + 1] as string, c + 1, file, line);
    (cols[c] as Float64Array)[i] = v;
    if (v === v) present[c] = (present[c] as number) + 1; // v === v: not NaN
  }
  const [o, h, l, c] = cols as [Float64Array, Float64Array, Float64Array, Float64Array];
  const problem = rangeProblem(row, o[i] as number, h[i] as number, l[i] as number, c[i] as number);
  if (problem !== null) throw dataError(file, line, problem);
}

/** Throws unless `date` is a real calendar date written `YYYY-MM-DD` (no regex: hot path). */
export function checkDate(date: string, file: string, line: number): void {
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-' || (year | month | day) < 0) {
    throw dataError(
      file,
      line,
      `date ${JSON.stringify(shown(date))} is not an ISO YYYY-MM-DD date`,
    );
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const maxDay = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day < 1 || day > maxDay) {
    throw dataError(file, line, `date ${date} is not a real calendar date`);
  }
}

/** The value of the ASCII digits `s[from..to)`, or -1 if any is not a digit (or missing). */
function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let k = from; k < to; k++) {
    const d = s.charCodeAt(k) - 48; // NaN past the end, which fails the test below
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Throws unless `date` comes strictly after `prev` (ISO dates compare as strings). */
function checkOrder(date: string, prev: string, file: string, line: number, prevLine: number) {
  if (date > prev) return;
  const problem =
    date === prev
      ? `duplicate date ${date} (first seen on line ${prevLine})`
      : `date ${date} is out of order: it follows ${prev} on line ${prevLine}`;
  throw dataError(file, line, problem, 'dates must be strictly ascending');
}

/**
 * Parses the cell of column `c` (1..6). Prices must be finite and within [MIN_PRICE, MAX_PRICE],
 * volume finite, >= 0 and <= MAX_VOLUME; empty is NaN except for `close`, which is required.
 */
function parseCell(cell: string, c: number, file: string, line: number): number {
  const name = PRICE_CSV_COLUMNS[c] as string;
  if (cell === '') {
    if (c === 4) throw dataError(file, line, 'close is empty (it is required in every row)');
    return NaN;
  }
  const v = Number(cell);
  if (!Number.isFinite(v) || !isDecimalText(cell)) {
    throw dataError(file, line, `${name} is not a finite number: ${JSON.stringify(shown(cell))}`);
  }
  const problem = valueProblem(v, c, cell);
  if (problem !== null) throw dataError(file, line, problem.text, problem.hint);
  return v;
}

/**
 * True when `s` only holds characters of a decimal number: 0-9 . e E + -.
 * `Number()` also accepts whitespace, `0x`/`0b`/`0o` literals and `Infinity`;
 * together with a finite `Number(s)` this leaves plain decimals such as
 * `12`, `-0.5`, `.5`, `1e6`. (A loop, not a regex: ~1M cells per run.)
 */
function isDecimalText(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    const ok =
      (ch >= 48 && ch <= 57) || ch === 46 || ch === 101 || ch === 69 || ch === 43 || ch === 45;
    if (!ok) return false;
  }
  return true;
}
