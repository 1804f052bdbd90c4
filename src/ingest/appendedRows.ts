/**
 * A price file that grew by rows appended at its end (a `fetch` adding the day's session) is
 * read as the columns already validated for its earlier text plus its new rows, instead of
 * parsing and validating all ~180,000 rows of the universe again.
 *
 * The earlier text must be a byte-for-byte prefix of the new one ending with a line break (the
 * SHA-256 of the prefix is compared with the earlier text's), and the new rows must parse as a
 * file of their own and start after the last earlier date. Anything else (a vendor revising an
 * old adjusted close, a reordered file, a bad new row) is left to a full parse, which names the
 * problem and its line exactly as it would without a cache. The result is the Series a full
 * parse gives, column for column (a test checks both on the bundled files).
 */
import { createHash } from 'node:crypto';
import type { Series } from '../model/series.js';
import { seriesFromColumns, type ParseSeries } from './parseSeriesCsv.js';
import { PRICE_CSV_COLUMNS } from './validateHeader.js';
import type { SeriesColumns } from './validateRows.js';

/** The text of a file the cache has columns for: its SHA-256 (hex) and length in UTF-8 bytes. */
export interface EarlierText {
  readonly hash: string;
  readonly bytes: number;
}

/**
 * The rows `text` adds to `earlier` (a header line and those rows, to parse as a file), or null
 * when `earlier` is not a prefix of `text` ending at a line break, or adds nothing.
 */
export function appendedText(text: string, earlier: EarlierText): string | null {
  const bytes = Buffer.from(text, 'utf8');
  const n = earlier.bytes;
  if (!Number.isSafeInteger(n) || n <= 0 || n >= bytes.length || bytes[n - 1] !== 0x0a) return null;
  const prefix = createHash('sha256').update(bytes.subarray(0, n)).digest('hex');
  if (prefix !== earlier.hash) return null;
  return `${PRICE_CSV_COLUMNS.join(',')}\n${bytes.subarray(n).toString('utf8')}`;
}

/** `a`'s rows then `b`'s; an optional column absent from one side is NaN there (null if both). */
export function concatColumns(a: SeriesColumns, b: SeriesColumns): SeriesColumns {
  const n = a.dates.length;
  const join = (x: Float64Array | null, y: Float64Array | null): Float64Array | null => {
    if (x === null && y === null) return null;
    const out = new Float64Array(n + b.dates.length).fill(NaN);
    if (x) out.set(x, 0);
    if (y) out.set(y, n);
    return out;
  };
  return {
    dates: [...a.dates, ...b.dates],
    open: join(a.open, b.open),
    high: join(a.high, b.high),
    low: join(a.low, b.low),
    close: join(a.close, b.close) as Float64Array,
    adjClose: join(a.adjClose, b.adjClose),
    volume: join(a.volume, b.volume),
  };
}

/**
 * The Series of a file whose earlier rows are `cols` and whose new rows are `added` (from
 * {@link appendedText}), parsed with `parse`; null when the new rows do not parse or do not
 * come after the earlier ones (the caller parses the whole file, which reports why).
 */
export function appendedSeries(
  cols: SeriesColumns,
  added: string,
  file: string,
  symbol: string,
  parse: ParseSeries,
): Series | null {
  let tail: Series;
  try {
    tail = parse(added, file, symbol);
  } catch {
    return null;
  }
  const last = cols.dates[cols.dates.length - 1];
  const first = tail.dates[0];
  if (last === undefined || first === undefined || first <= last) return null;
  return seriesFromColumns(concatColumns(cols, tail), file, symbol, tail.file);
}
