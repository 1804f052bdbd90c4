/**
 * Price CSV text -> validated {@link Series}: tokenize, check the header,
 * validate every row. Pure; the file name is only used in messages.
 */
import { parseCsvTable } from './parseCsv.js';
import type { Series } from '../model/series.js';
import { validateHeader, validateRows } from './validateRows.js';

/**
 * Parses and validates the text of one price CSV
 * (`date,open,high,low,close,adj_close,volume`, see data/SOURCES.md) into a
 * Series for `symbol`. `file` is stored as `source` and used in error messages; `name` is the
 * file's name relative to the data folder (`closes/SYMBOL.csv`), for outputs.
 * Throws a `data` {@link BriefError} `file:line: problem` at the first problem.
 */
export function parseSeriesCsv(
  text: string,
  file: string,
  symbol: string,
  name: string = `closes/${symbol}.csv`,
): Series {
  const table = parseCsvTable(text, file);
  validateHeader(table.header, file, table.headerLine);
  return { symbol, source: file, file: name, ...validateRows(table, file) };
}
