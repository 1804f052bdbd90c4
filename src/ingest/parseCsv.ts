/**
 * CSV tokenizing: text -> rows of string cells, each with the line number it
 * came from. Knows nothing about prices; see `validateRows.ts` for that.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { dataError } from '../errors.js';

/** A parsed CSV file: the header row and the data rows, all cells as strings. */
export interface CsvTable {
  readonly header: readonly string[];
  /** 1-based line number of the header (1 unless the file starts with blank lines). */
  readonly headerLine: number;
  /** Data rows in file order; rows may have any number of cells (not checked here). */
  readonly rows: readonly (readonly string[])[];
  /** `lines[i]` is the 1-based line number of `rows[i]` in the file. */
  readonly lines: readonly number[];
}

/**
 * Tokenizes CSV `text` with `csv-parse` (RFC 4180 quoting). A UTF-8 BOM is
 * dropped, LF, CRLF and CR line endings are accepted, and blank lines are
 * skipped (line numbers still count them). Cells are not trimmed.
 *
 * A record spanning several lines (a quoted newline) is numbered by its last
 * line. Throws a `data` {@link BriefError} for an empty file or malformed
 * quoting, naming `file` and the line.
 */
export function parseCsvTable(text: string, file: string): CsvTable {
  const lines: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        lines.push(context.lines);
        return record;
      },
    });
  } catch (err) {
    throw csvSyntaxError(err, file);
  }
  const header = records[0];
  const headerLine = lines[0];
  if (header === undefined || headerLine === undefined) {
    throw dataError(file, 1, 'empty file: no header line');
  }
  return { header, headerLine, rows: records.slice(1), lines: lines.slice(1) };
}

/** Turns a csv-parse syntax error into a one-line `data` error at its line. */
function csvSyntaxError(err: unknown, file: string): Error {
  if (!(err instanceof CsvError)) return err instanceof Error ? err : new Error(String(err));
  const line = typeof err.lines === 'number' && err.lines > 0 ? err.lines : null;
  // csv-parse messages end with "at line N ..." details; keep only the first clause.
  const problem = err.message.split(':')[0] ?? err.code;
  return dataError(file, line, `malformed CSV: ${problem.toLowerCase()} (${err.code})`);
}
