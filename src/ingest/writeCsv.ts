/**
 * Writing price CSVs the way the bundled files are written (see data/SOURCES.md): header
 * `date,open,high,low,close,adj_close,volume`, CRLF line endings (or whatever the file already
 * uses), prices rounded to 7 significant digits without exponents or trailing zeros, volumes as
 * integers, empty cells for missing values. New text is validated with `parseSeriesCsv` before it
 * replaces a file, and replaced atomically (temp file + rename), so the old file stays whole
 * until the new one is complete.
 */
import { BriefError } from '../errors.js';
import type { FileSystem } from '../model/effects.js';
import type { Series } from '../model/series.js';
import { parseSeriesCsv } from './parseSeriesCsv.js';
import type { FetchedBar } from './providers/provider.js';

/** One CSV row: a bar's columns; `null` (or NaN) writes an empty cell. */
export type CsvRow = FetchedBar;

/** Writes `text` to `file` atomically. */
export type WriteText = FileSystem['writeAtomic'];

const SIGNIFICANT = 7;
const PLAIN = new Intl.NumberFormat('en-US', {
  useGrouping: false,
  maximumSignificantDigits: SIGNIFICANT,
});

/** `v` rounded to 7 significant digits, e.g. 299.9599914550781 -> 299.96. */
export function roundPrice(v: number): number {
  return Number(v.toPrecision(SIGNIFICANT));
}

/** A price cell: 7 significant digits, plain decimal notation; '' for null/NaN. */
export function formatPrice(v: number | null): string {
  if (v === null || Number.isNaN(v)) return '';
  const text = String(roundPrice(v));
  return text.includes('e') ? PLAIN.format(v) : text;
}

/** A volume cell: a whole number; '' for null, NaN or 0 (as the bundled index files do). */
export function formatVolume(v: number | null): string {
  if (v === null || Number.isNaN(v) || v === 0) return '';
  return String(Math.round(v));
}

/** One CSV line (no line ending). */
export function formatCsvRow(row: CsvRow): string {
  const p = formatPrice;
  return `${row.date},${p(row.open)},${p(row.high)},${p(row.low)},${p(row.close)},${p(row.adjClose)},${formatVolume(row.volume)}`;
}

/**
 * The new text of a CSV: `oldText` with the lines of `replace` rows rewritten in place (matched
 * by date) and `append` rows added at the end. Every other byte of `oldText` is kept, except
 * trailing blank lines; new lines use the file's line ending (CRLF when it has none yet).
 *
 * @throws BriefError('internal') when a `replace` date is not in the file (a caller bug).
 */
export function spliceCsv(
  oldText: string,
  replace: readonly CsvRow[],
  append: readonly CsvRow[],
): string {
  const eol = oldText.includes('\r\n') ? '\r\n' : oldText.includes('\n') ? '\n' : '\r\n';
  let end = oldText.length;
  while (end > 0 && (oldText[end - 1] === '\n' || oldText[end - 1] === '\r')) end--;
  let body = oldText.slice(0, end);
  if (replace.length > 0) body = replaceLines(body, eol, replace);
  return [body, ...append.map(formatCsvRow)].join(eol) + eol;
}

/** `body` with the line of each row's date replaced by the formatted row. */
function replaceLines(body: string, eol: string, rows: readonly CsvRow[]): string {
  const byDate = new Map(rows.map((r) => [r.date, r]));
  const lines = body.split(eol);
  let found = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const row = line[10] === ',' ? byDate.get(line.slice(0, 10)) : undefined;
    if (row === undefined) continue;
    lines[i] = formatCsvRow(row);
    found++;
  }
  if (found !== byDate.size) {
    throw new BriefError(
      'internal',
      `spliceCsv: ${byDate.size - found} revised date(s) not found in the file`,
    );
  }
  return lines.join(eol);
}

/**
 * Validates `text` as `symbol`'s price CSV with `parseSeriesCsv` (a `data` error `file:line:
 * problem` on failure, and then nothing is written), then writes it with `write`.
 *
 * @throws BriefError('output') naming `file` when the write fails.
 */
export async function writeCsv(
  file: string,
  symbol: string,
  text: string,
  write: WriteText,
): Promise<Series> {
  const series = parseSeriesCsv(text, file, symbol);
  try {
    await write(file, text);
  } catch (err) {
    if (err instanceof BriefError) throw err;
    const code = (err as { code?: unknown } | null)?.code;
    const why = typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
    throw new BriefError(
      'output',
      `${file}: cannot write (${why})`,
      'check permissions and free space',
      {
        cause: err,
      },
    );
  }
  return series;
}
