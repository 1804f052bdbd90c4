/**
 * Yahoo's chart result (`chart.result[0]` of `/v8/finance/chart/<ticker>?interval=1d`, which is
 * what yahoo-finance2's `chart(..., { return: 'object' })` resolves to) -> {@link FetchedBar}s.
 *
 * Yahoo stamps a daily bar with the session's opening time (09:30 New York), so the bar's date is
 * the New York calendar date of `timestamp[i]`. A `null` close is a bar Yahoo has no data for
 * (holiday rows, some partial rows): it is left out. Every other problem is malformed data.
 */
import { DateTime } from 'luxon';
import { NEW_YORK_ZONE } from '../../calendar/index.js';
import { malformed, priceCell, volumeCell } from './malformed.js';
import type { FetchedBar } from './provider.js';

type Json = Record<string, unknown>;

/** The price columns of Yahoo's `indicators.quote[0]`. */
const QUOTE_COLUMNS = ['open', 'high', 'low', 'close', 'volume'] as const;

/**
 * Parses a chart result object into ascending bars. `label` names the symbol in errors, e.g.
 * `RUT (yahoo ^RUT)`. No `timestamp` means no bars in the range (`[]`).
 *
 * @throws BriefError('data') for missing fields, arrays of the wrong length, timestamps that are
 *   not integers or not strictly ascending by New York date, non-finite or non-positive prices.
 */
export function parseYahooChart(result: unknown, label: string): FetchedBar[] {
  const r = record(result, label, 'chart result');
  if (r.timestamp === undefined || r.timestamp === null) return [];
  const timestamps = r.timestamp;
  if (!Array.isArray(timestamps)) throw malformed(label, 'timestamp is not an array');
  const indicators = record(r.indicators, label, 'indicators');
  const quote = record(
    first(indicators.quote, label, 'indicators.quote'),
    label,
    'indicators.quote[0]',
  );
  const n = timestamps.length;
  const cols = Object.fromEntries(
    QUOTE_COLUMNS.map((c) => [c, column(quote[c], n, label, `indicators.quote[0].${c}`)]),
  ) as Record<(typeof QUOTE_COLUMNS)[number], unknown[]>;
  const adj = adjColumn(indicators.adjclose, n, label);
  const bars: FetchedBar[] = [];
  let previous = '';
  for (let i = 0; i < n; i++) {
    const date = nyDate(timestamps[i], label, i);
    if (date <= previous) throw malformed(label, `dates not ascending: ${date} after ${previous}`);
    previous = date;
    const close = priceCell(cols.close[i], label, `close on ${date}`);
    if (close === null) continue;
    bars.push({
      date,
      open: priceCell(cols.open[i], label, `open on ${date}`),
      high: priceCell(cols.high[i], label, `high on ${date}`),
      low: priceCell(cols.low[i], label, `low on ${date}`),
      close,
      adjClose: adj === null ? null : priceCell(adj[i], label, `adjclose on ${date}`),
      volume: volumeCell(cols.volume[i], label, `volume on ${date}`),
    });
  }
  return bars;
}

/** `value` as a JSON object, or a malformed error naming `what`. */
function record(value: unknown, label: string, what: string): Json {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
  throw malformed(label, `${what} is missing or not an object`);
}

/** The first element of a non-empty array. */
function first(value: unknown, label: string, what: string): unknown {
  if (Array.isArray(value) && value.length > 0) return value[0];
  throw malformed(label, `${what} is missing or empty`);
}

/** An array of exactly `n` cells. */
function column(value: unknown, n: number, label: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw malformed(label, `${what} is missing`);
  if (value.length !== n)
    throw malformed(label, `${what} has ${value.length} values for ${n} timestamps`);
  return value;
}

/** `indicators.adjclose[0].adjclose`, or null when Yahoo sent no adjusted close at all. */
function adjColumn(value: unknown, n: number, label: string): unknown[] | null {
  if (value === undefined || value === null) return null;
  const inner = record(first(value, label, 'indicators.adjclose'), label, 'indicators.adjclose[0]');
  return column(inner.adjclose, n, label, 'indicators.adjclose[0].adjclose');
}

/** New York date of a Unix timestamp in seconds. */
function nyDate(value: unknown, label: string, i: number): string {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw malformed(label, `timestamp[${i}] is not a Unix time in seconds`);
  }
  const date = DateTime.fromSeconds(value, { zone: NEW_YORK_ZONE }).toISODate();
  if (date === null) throw malformed(label, `timestamp[${i}] is out of range`);
  return date;
}
