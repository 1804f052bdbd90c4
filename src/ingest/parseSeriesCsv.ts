/**
 * Price CSV text -> validated {@link Series}: tokenize, check the header,
 * validate every row. Pure; the file name is only used in messages.
 */
import { parseCsvTable } from './parseCsv.js';
import type { Series } from '../model/series.js';
import { validateHeader } from './validateHeader.js';
import { validateRows, type SeriesColumns } from './validateRows.js';

/** Parses and validates one CSV's text ({@link parseSeriesCsv}'s signature). */
export type ParseSeries = (text: string, file: string, symbol: string) => Series;

/** The Series of `cols` loaded from `file` for `symbol` (`name`: see parseSeriesTable). */
export function seriesFromColumns(
  cols: SeriesColumns,
  file: string,
  symbol: string,
  name: string = `closes/${symbol}.csv`,
): Series {
  return { symbol, source: file, file: name, ...cols };
}

/**
 * Parses and validates the text of one price CSV
 * (`date,open,high,low,close,adj_close,volume`, see data/SOURCES.md) into a
 * Series for `symbol`, with `lines[i]`, the 1-based line of row i (for messages that point at a
 * row, as `brief check`'s do). `file` is stored as `source` and used in error messages; `name`
 * is the file's name relative to the data folder (`closes/SYMBOL.csv`), for outputs.
 * Throws a `data` {@link BriefError} `file:line: problem` at the first problem.
 */
export function parseSeriesTable(
  text: string,
  file: string,
  symbol: string,
  name: string = `closes/${symbol}.csv`,
): { series: Series; lines: Int32Array } {
  const table = parseCsvTable(text, file);
  validateHeader(table.header, file, table.headerLine);
  const series = seriesFromColumns(validateRows(table, file), file, symbol, name);
  return { series, lines: table.lines };
}

/** {@link parseSeriesTable}'s series alone. */
export function parseSeriesCsv(
  text: string,
  file: string,
  symbol: string,
  name: string = `closes/${symbol}.csv`,
): Series {
  return parseSeriesTable(text, file, symbol, name).series;
}
