/**
 * Parsed, validated price series kept for the life of the process, keyed by the SHA-256 of the
 * CSV's text (with the file and symbol it was loaded as, which the Series carries): a run that
 * loads the same files twice (catch-up plans, then builds; a session per backfill) parses them
 * once. Parsing and validating the bundled files takes 0.4 to 1 s; hashing them 10 ms. A file
 * whose text changed has another hash, so it is parsed again; a file that fails to parse is not
 * kept (its error is thrown every time). The Series are shared: nothing may write to them.
 *
 * With a {@link SeriesStore} ({@link SeriesCache.load}), a text parsed by an earlier process is
 * read back from disk in its binary form (seriesCodec.ts) instead of being parsed again, and a
 * text parsed now is written there for the next run. The store also remembers the last text it
 * was given for each symbol (its tip: hash and length, seriesTip.ts): when a file only grew by
 * rows at its end (the day's `fetch`), those rows alone are parsed and added to the columns kept
 * (appendedRows.ts).
 */
import { createHash } from 'node:crypto';
import type { Series } from '../model/series.js';
import { appendedSeries, appendedText } from './appendedRows.js';
import { parseSeriesCsv, seriesFromColumns, type ParseSeries } from './parseSeriesCsv.js';
import { decodeSeriesColumns, encodeSeriesColumns } from './seriesCodec.js';
import type { SeriesStore } from './seriesStore.js';
import { decodeTip, encodeTip, tipKey } from './seriesTip.js';

export type { ParseSeries } from './parseSeriesCsv.js';

/** Series kept at most (least recently used dropped first): a universe is about 30 files. */
const DEFAULT_LIMIT = 96;

/** A cache of parsed series by content hash; `parse` is injected for tests. */
export class SeriesCache {
  readonly #entries = new Map<string, Series>();

  constructor(
    private readonly parse: ParseSeries = parseSeriesCsv,
    private readonly limit: number = DEFAULT_LIMIT,
  ) {}

  /** The Series for `text` loaded as `file` for `symbol`: parsed once per distinct content. */
  get(text: string, file: string, symbol: string): Series {
    const hash = hashOf(text);
    return (
      this.#recall(hash, file, symbol) ?? this.#keep(hash, file, this.parse(text, file, symbol))
    );
  }

  /**
   * As {@link get}, and between memory and parsing, the `store`: a text parsed by an earlier
   * run is read back from it; a text parsed now is handed to it and the run goes on (the write
   * never fails and is not waited for: it overlaps the brief's other work).
   */
  async load(text: string, file: string, symbol: string, store: SeriesStore): Promise<Series> {
    const hash = hashOf(text);
    const held = this.#recall(hash, file, symbol);
    if (held) return held;
    const stored = await store.read(hash);
    const cols = stored === null ? null : decodeSeriesColumns(stored);
    if (cols !== null) return this.#keep(hash, file, seriesFromColumns(cols, file, symbol));
    const tip = tipKey(symbol);
    const grown = await this.#appended(text, file, symbol, store, tip);
    const series = this.#keep(hash, file, grown ?? this.parse(text, file, symbol));
    void store.write(hash, encodeSeriesColumns(series));
    void store.write(tip, encodeTip({ hash, bytes: Buffer.byteLength(text, 'utf8') }));
    return series;
  }

  /** `text` read as the stored columns of its earlier text plus the rows it added, or null. */
  async #appended(
    text: string,
    file: string,
    symbol: string,
    store: SeriesStore,
    tip: string,
  ): Promise<Series | null> {
    const earlier = decodeTip(await store.read(tip));
    const added = earlier === null ? null : appendedText(text, earlier);
    if (earlier === null || added === null) return null;
    const stored = await store.read(earlier.hash);
    const cols = stored === null ? null : decodeSeriesColumns(stored);
    return cols === null ? null : appendedSeries(cols, added, file, symbol, this.parse);
  }

  #recall(hash: string, file: string, symbol: string): Series | undefined {
    const key = `${hash}\0${file}\0${symbol}`;
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key); // most recently used last
      this.#entries.set(key, hit);
    }
    return hit;
  }

  #keep(hash: string, file: string, series: Series): Series {
    this.#entries.set(`${hash}\0${file}\0${series.symbol}`, series);
    if (this.#entries.size > this.limit)
      this.#entries.delete(this.#entries.keys().next().value as string);
    return series;
  }

  /** Series held now. */
  get size(): number {
    return this.#entries.size;
  }
}

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The process's cache, used by loadSeries unless another is passed. */
export const processSeriesCache = new SeriesCache();
