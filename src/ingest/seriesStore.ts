/**
 * Where parsed price files are kept between runs (the on-disk layer of seriesCache.ts), keyed
 * by the SHA-256 of the CSV's text: a rerun on unchanged data (an editor rebuilding a brief
 * after changing a note, a regenerated archive brief, the bench) skips parsing and validating
 * about 180,000 rows. Beside them, each symbol's tip (seriesTip.ts): a file that only grew by
 * rows at its end (the day's fetch) has just those rows parsed; any other change, a full parse.
 *
 * A cache is an optimisation, never a source of figures: a store that cannot be read or
 * written is skipped, and what it returns is checked by decodeSeriesColumns (seriesCodec.ts).
 */
import type { Env } from '../model/effects.js';

/** Bytes by key; both methods resolve (a failure reads as a miss, a failed write is dropped). */
export interface SeriesStore {
  read(key: string): Promise<Uint8Array | null>;
  write(key: string, bytes: Uint8Array): Promise<void>;
}

/** The environment variable naming the cache folder; `off` turns the cache off. */
export const CACHE_ENV = 'ROTATION_BRIEF_CACHE';

/**
 * The folder of the parsed-series cache: `$ROTATION_BRIEF_CACHE` when set (null when it is
 * `off`, `0` or `false`), else `$XDG_CACHE_HOME/rotation-brief`, else
 * `<home>/.cache/rotation-brief`; null when none can be named (no home).
 */
export function seriesCacheDir(env: Env, home: string | null): string | null {
  const named = env[CACHE_ENV]?.trim();
  if (named !== undefined && named !== '') {
    return ['off', '0', 'false', 'no'].includes(named.toLowerCase()) ? null : named;
  }
  const xdg = env['XDG_CACHE_HOME']?.trim();
  if (xdg) return `${xdg.replace(/\/+$/, '')}/rotation-brief`;
  return home ? `${home.replace(/\/+$/, '')}/.cache/rotation-brief` : null;
}
