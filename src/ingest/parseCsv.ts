/**
 * CSV tokenizing: text -> rows of string cells, each with the line number it
 * starts on. Knows nothing about prices; see `validateRows.ts` for that.
 */
import Papa from 'papaparse';
import { dataError } from '../errors.js';

/** A parsed CSV file: the header row and the data rows, all cells as strings. */
export interface CsvTable {
  readonly header: readonly string[];
  /** 1-based line number of the header (1 unless the file starts with blank lines). */
  readonly headerLine: number;
  /** Data rows in file order; rows may have any number of cells (not checked here). */
  readonly rows: readonly (readonly string[])[];
  /** `lines[i]` is the 1-based line number on which `rows[i]` starts. */
  readonly lines: Int32Array;
}

/**
 * `text` with every line ending as \n. A file with line feeds ends its lines with LF or CRLF,
 * mixed (a row appended by another editor), and its lines are those `wc -l`, `grep -n` and
 * editors count: a carriage return not before a line feed is inside a line (a stray one, e.g.
 * `,2992.43,,\r,extra`, is a cell of its row, not a line break that would split the row and
 * shift the numbers of every line after it). A file without any line feed ends its lines with CR.
 */
function unixLines(text: string): string {
  if (!text.includes('\r')) return text;
  return text.includes('\n') ? text.replace(/\r+\n/g, '\n') : text.replace(/\r/g, '\n');
}

/**
 * Tokenizes CSV `text` with PapaParse (RFC 4180 quoting; about twice as fast as csv-parse on
 * the bundled files, which matters since every run parses ~176,000 rows). A UTF-8 BOM is
 * dropped, LF, CRLF and CR line endings are accepted (see {@link unixLines}), and blank lines
 * are skipped (line numbers still count them). Cells are not trimmed.
 *
 * Throws a `data` {@link BriefError} for an empty file or malformed quoting,
 * naming `file` and the line.
 */
export function parseCsvTable(text: string, file: string): CsvTable {
  const bom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // PapaParse would guess one newline for the whole file: it is given \n, the only one left.
  const body = unixLines(bom);
  const result = Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    delimiter: ',',
    newline: '\n',
  });
  const records = result.data;
  // PapaParse yields a final [''] for a trailing newline; it is a blank line like any other.
  const starts = startLines(records, text.includes('"'));
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let k = 0; k < records.length; k++) {
    const record = records[k] as string[];
    if (record.length === 1 && record[0] === '') continue; // blank line
    rows.push(record);
    lines.push(starts[k] as number);
  }
  const syntax = result.errors.find((e) => e.type === 'Quotes');
  if (syntax) throw csvSyntaxError(syntax, file, starts);
  const header = rows[0];
  if (header === undefined) throw dataError(file, 1, 'empty file: no header line');
  return {
    header,
    headerLine: lines[0] as number,
    rows: rows.slice(1),
    lines: Int32Array.from(lines.slice(1)),
  };
}

/**
 * The 1-based start line of each record. Without quotes every physical line
 * is one record (blank lines included, as `['']`), so record k starts on line
 * k + 1; with quotes, newlines inside quoted cells are counted as well.
 */
function startLines(records: readonly (readonly string[])[], quoted: boolean): Int32Array {
  const starts = new Int32Array(records.length);
  let line = 1;
  for (let k = 0; k < records.length; k++) {
    starts[k] = line;
    line += 1;
    if (!quoted) continue;
    for (const cell of records[k] as readonly string[]) {
      for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) line++;
    }
  }
  return starts;
}

/** Turns a PapaParse quoting error into a one-line `data` error at its line. */
function csvSyntaxError(err: Papa.ParseError, file: string, starts: Int32Array): unknown {
  const line = err.row !== undefined ? (starts[err.row] ?? null) : null;
  const what =
    err.code === 'MissingQuotes'
      ? 'quote not closed'
      : err.code === 'InvalidQuotes'
        ? 'stray quote inside a field'
        : err.message.toLowerCase();
  return dataError(file, line, `malformed CSV: ${what} (${err.code})`);
}
