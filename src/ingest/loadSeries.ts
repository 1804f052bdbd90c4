/**
 * Loading price CSVs from disk (through an injected reader, for tests) into
 * validated {@link Series}.
 */
import { join } from 'node:path';
import { BriefError } from '../errors.js';
import { processSeriesCache, type SeriesCache } from './seriesCache.js';
import type { SeriesStore } from './seriesStore.js';
import type { Series } from '../model/series.js';

/** Reads a whole UTF-8 text file, e.g. `(p) => fs.readFile(p, 'utf8')`. */
export type ReadTextFile = (path: string) => Promise<string>;

/**
 * Reads `file` with `readFile` and parses it with parseSeriesCsv, through `cache` (a text parsed
 * before in this process, or kept in `store` by an earlier run, is not parsed again; see
 * seriesCache.ts).
 * A file that cannot be read (missing, unreadable) is a `data` error naming
 * the path; a `BriefError` thrown by `readFile` is passed through unchanged.
 */
export async function loadSeries(
  file: string,
  symbol: string,
  readFile: ReadTextFile,
  cache: SeriesCache = processSeriesCache,
  store: SeriesStore | null = null,
): Promise<Series> {
  let text: string;
  try {
    text = await readFile(file);
  } catch (err) {
    throw readError(file, symbol, err);
  }
  return store ? cache.load(text, file, symbol, store) : cache.get(text, file, symbol);
}

/**
 * Loads `${dir}/${symbol}.csv` for every symbol, reading the files in
 * parallel. The map follows the order of `symbols` (duplicates loaded once).
 * Rejects with the first error, as {@link loadSeries}.
 */
export async function loadUniverseSeries(
  dir: string,
  symbols: readonly string[],
  readFile: ReadTextFile,
  cache: SeriesCache = processSeriesCache,
  store: SeriesStore | null = null,
): Promise<Map<string, Series>> {
  const unique = [...new Set(symbols)];
  const loaded = await Promise.all(
    unique.map((s) => loadSeries(join(dir, `${s}.csv`), s, readFile, cache, store)),
  );
  return new Map(loaded.map((series) => [series.symbol, series]));
}

/** The `data` error for a file that could not be read. */
function readError(file: string, symbol: string, err: unknown): BriefError {
  if (err instanceof BriefError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') {
    const hint = `add the CSV for ${symbol}, or check the data directory and the universe config`;
    return new BriefError('data', `${file}: file not found`, hint, { cause: err });
  }
  const why = typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
  return new BriefError('data', `${file}: cannot read file (${why})`, undefined, { cause: err });
}
