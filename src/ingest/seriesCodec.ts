/**
 * A compact binary form of a validated series' columns, for the on-disk cache of parsed price
 * files (seriesStore.ts): reading it back costs a copy of the numbers and a check of every row,
 * where parsing and validating the CSV again costs about 20 ms a file.
 *
 * Layout (little-endian): magic `RBS2`, row count n (u32), a bit per optional column present
 * (bit 0 open, 1 high, 2 low, 3 adj_close, 4 volume; u32), 4 reserved bytes; then close and each
 * present optional column as n float64; then the n dates as 10 ASCII bytes each (`YYYY-MM-DD`);
 * then the SHA-256 of all that. Missing cells are NaN, as in the Series.
 */
import { createHash } from 'node:crypto';
import { columnsProblem } from './columnsProblem.js';
import type { SeriesColumns } from './validateRows.js';

const MAGIC = 0x32534252; // 'RBS2' read as a little-endian u32
const DIGEST_BYTES = 32;
const HEADER_BYTES = 16;
const DATE_BYTES = 10;
const OPTIONAL = ['open', 'high', 'low', 'adjClose', 'volume'] as const;
type Optional = (typeof OPTIONAL)[number];

/** True on a little-endian machine: float64s are copied to and from the bytes as they are. */
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** `cols` as bytes (see the layout above). */
export function encodeSeriesColumns(cols: SeriesColumns): Uint8Array {
  const n = cols.dates.length;
  const present = OPTIONAL.filter((k) => cols[k] !== null);
  const floats = [cols.close, ...present.map((k) => cols[k] as Float64Array)];
  if (
    floats.some((column) => column.length !== n) ||
    cols.dates.some((d) => d.length !== DATE_BYTES)
  )
    throw new Error(
      'encodeSeriesColumns: columns of another length than the dates, or a date not YYYY-MM-DD',
    );
  const body = HEADER_BYTES + floats.length * n * 8 + n * DATE_BYTES;
  const bytes = new Uint8Array(body + DIGEST_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, n, true);
  view.setUint32(
    8,
    OPTIONAL.reduce((m, k, bit) => (cols[k] ? m | (1 << bit) : m), 0),
    true,
  );
  let at = HEADER_BYTES;
  for (const column of floats) {
    if (LITTLE_ENDIAN) bytes.set(new Uint8Array(column.buffer, column.byteOffset, n * 8), at);
    else for (let i = 0; i < n; i++) view.setFloat64(at + i * 8, column[i] as number, true);
    at += n * 8;
  }
  Buffer.from(bytes.buffer).write(cols.dates.join(''), at, 'latin1');
  bytes.set(digest(bytes.subarray(0, body)), body);
  return bytes;
}

/** n float64 starting at byte `at` (copied: the result owns its memory). */
function floatsAt(view: DataView, at: number, n: number): Float64Array {
  if (LITTLE_ENDIAN) {
    const start = view.byteOffset + at;
    return new Float64Array(view.buffer.slice(start, start + n * 8));
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getFloat64(at + i * 8, true);
  return out;
}

/** The n dates of `text`, each 10 characters, one after another. */
function datesOf(text: string, n: number): string[] {
  const dates = new Array<string>(n);
  for (let i = 0; i < n; i++) dates[i] = text.slice(i * DATE_BYTES, (i + 1) * DATE_BYTES);
  return dates;
}

const digest = (bytes: Uint8Array): Uint8Array => createHash('sha256').update(bytes).digest();

/** True when the last 32 bytes of `bytes` are the SHA-256 of the rest. */
function intact(bytes: Uint8Array): boolean {
  const body = bytes.length - DIGEST_BYTES;
  return Buffer.from(digest(bytes.subarray(0, body))).equals(bytes.subarray(body));
}

/**
 * The columns held in `bytes`, or null when they are not a well-formed encoding (another
 * version, truncated, a checksum that does not match) or break a rule every CSV row is held to
 * (columnsProblem.ts): the caller then parses the CSV instead, so a damaged or tampered cache
 * file costs time, never a figure a CSV could not have given.
 */
export function decodeSeriesColumns(bytes: Uint8Array): SeriesColumns | null {
  if (bytes.length < HEADER_BYTES + DIGEST_BYTES || !intact(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(4, true);
  const mask = view.getUint32(8, true);
  const present = OPTIONAL.filter((_, bit) => (mask & (1 << bit)) !== 0);
  const floatBytes = (1 + present.length) * n * 8;
  if (view.getUint32(0, true) !== MAGIC || mask >> OPTIONAL.length !== 0) return null;
  if (bytes.length !== HEADER_BYTES + floatBytes + n * DATE_BYTES + DIGEST_BYTES) return null;
  const dateBytes = bytes.subarray(HEADER_BYTES + floatBytes, bytes.length - DIGEST_BYTES);
  const text = new TextDecoder('latin1').decode(dateBytes);
  const dates = datesOf(text, n);
  const close = floatsAt(view, HEADER_BYTES, n);
  const columns: Record<Optional, Float64Array | null> = {
    open: null,
    high: null,
    low: null,
    adjClose: null,
    volume: null,
  };
  present.forEach((k, j) => (columns[k] = floatsAt(view, HEADER_BYTES + (j + 1) * n * 8, n)));
  const cols = { dates, close, ...columns };
  return columnsProblem(cols) === null ? cols : null;
}
