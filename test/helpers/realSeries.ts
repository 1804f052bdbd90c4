import { readFileSync } from 'node:fs';
import { parseSeriesCsv } from '../../src/ingest/parseSeriesCsv.js';
import type { Series } from '../../src/model/series.js';

const cache = new Map<string, Series>();

/** A bundled data file (data/closes/<SYM>.csv), parsed once per test file. */
export function realSeries(sym: string): Series {
  let s = cache.get(sym);
  if (!s) {
    const text = readFileSync(new URL(`../../data/closes/${sym}.csv`, import.meta.url), 'utf8');
    s = parseSeriesCsv(text, `data/closes/${sym}.csv`, sym);
    cache.set(sym, s);
  }
  return s;
}
