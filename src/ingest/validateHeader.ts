/**
 * The header of a price CSV: the exact column list every file must start with, and the check
 * that throws a `data` error naming the first missing, renamed or misplaced column.
 */
import { dataError } from '../errors.js';

/** The exact header every price CSV must have, in this order. */
export const PRICE_CSV_COLUMNS = [
  'date',
  'open',
  'high',
  'low',
  'close',
  'adj_close',
  'volume',
] as const;

const HEADER_HINT = `the first line must be exactly: ${PRICE_CSV_COLUMNS.join(',')}`;

/** Throws a `data` error naming the first missing, renamed or misplaced header column. */
export function validateHeader(header: readonly string[], file: string, line: number): void {
  const expected: readonly string[] = PRICE_CSV_COLUMNS;
  if (header.length === expected.length && header.every((h, i) => h === expected[i])) return;
  const missing = expected.filter((c) => !header.includes(c));
  const unexpected = header.filter((h) => !expected.includes(h));
  let problem: string;
  if (missing.length > 0) {
    const found = unexpected.length > 0 ? ` (found ${JSON.stringify(unexpected[0])} instead)` : '';
    problem = `header is missing column "${missing[0]}"${found}`;
  } else if (unexpected.length > 0) {
    problem = `header has unexpected column ${JSON.stringify(unexpected[0])}`;
  } else {
    problem = `header columns are out of order or repeated: ${header.join(',')}`;
  }
  throw dataError(file, line, problem, HEADER_HINT);
}
