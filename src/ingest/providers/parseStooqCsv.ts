/**
 * Stooq's daily CSV (`/q/d/l/?s=<ticker>&i=d`) -> {@link FetchedBar}s.
 *
 * Format: a `Date,Open,High,Low,Close,Volume` header (indices without volume may omit the last
 * column), then one `YYYY-MM-DD,...` row per session, ascending. Stooq answers `No data` for an
 * unknown ticker or an empty range, and plain-text notices (hit limit, API key) with status 200.
 * Stooq has no adjusted close, so `adjClose` is always null.
 */
import { malformed, priceCell, volumeCell } from './malformed.js';
import type { FetchedBar } from './provider.js';
import { ProviderRequestError } from './providerRequestError.js';

const HEADERS = ['Date,Open,High,Low,Close,Volume', 'Date,Open,High,Low,Close'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses Stooq CSV `text`. `label` names the symbol in errors (`IWM (stooq iwm.us)`), `host` the
 * server in request errors. `No data` -> `[]`.
 *
 * @throws ProviderRequestError('refused') for Stooq's hit-limit and API-key notices.
 * @throws BriefError('data') for an unknown header, wrong cell counts, bad dates, dates not
 *   ascending, missing or non-positive prices.
 */
export function parseStooqCsv(text: string, label: string, host: string): FetchedBar[] {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (/^no data/i.test(body)) return [];
  const lines = body.split(/\r?\n/);
  const header = (lines[0] ?? '').trim();
  if (!HEADERS.includes(header)) throw notCsv(header, label, host);
  const width = header.split(',').length;
  const bars: FetchedBar[] = [];
  let previous = '';
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const cells = line.split(',');
    if (cells.length !== width) {
      throw malformed(label, `line ${i + 1} has ${cells.length} fields, expected ${width}`);
    }
    const date = cells[0] as string;
    if (!ISO_DATE.test(date))
      throw malformed(label, `line ${i + 1}: ${JSON.stringify(date)} is not a date`);
    if (date <= previous) throw malformed(label, `dates not ascending: ${date} after ${previous}`);
    previous = date;
    bars.push(bar(cells, date, label));
  }
  return bars;
}

/** One row's cells -> a bar; the close is required. */
function bar(cells: readonly string[], date: string, label: string): FetchedBar {
  const num = (k: number) => (cells[k] === undefined || cells[k] === '' ? null : Number(cells[k]));
  const close = priceCell(num(4), label, `close on ${date}`);
  if (close === null) throw malformed(label, `close on ${date} is empty`);
  return {
    date,
    open: priceCell(num(1), label, `open on ${date}`),
    high: priceCell(num(2), label, `high on ${date}`),
    low: priceCell(num(3), label, `low on ${date}`),
    close,
    adjClose: null,
    volume: volumeCell(num(5), label, `volume on ${date}`),
  };
}

/** The error for a body that is not Stooq's CSV: a known notice, or malformed data. */
function notCsv(firstLine: string, label: string, host: string): Error {
  if (/exceeded the daily hits limit/i.test(firstLine)) {
    return new ProviderRequestError('refused', host, `${host}: daily hits limit exceeded`);
  }
  if (/api ?key/i.test(firstLine)) {
    return new ProviderRequestError(
      'refused',
      host,
      `${host} asks for an API key (set STOOQ_API_KEY)`,
    );
  }
  const shown = firstLine.length > 60 ? `${firstLine.slice(0, 57)}...` : firstLine;
  return malformed(label, `not Stooq's daily CSV (first line ${JSON.stringify(shown)})`);
}
