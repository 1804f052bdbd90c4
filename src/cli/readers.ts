/**
 * The readers of a run's untrusted files, each confined to its folder and bounded in size
 * (src/ingest/confinedReader.ts, limits in src/ingest/limits.ts).
 */
import { confinedReader, type ConfinedFs } from '../ingest/confinedReader.js';
import {
  MAX_NOTE_BYTES,
  MAX_PRICE_FILE_BYTES,
  MAX_TEMPLATE_BYTES,
  MAX_UNIVERSE_BYTES,
} from '../ingest/limits.js';

export type ReadText = (file: string) => Promise<string>;

/** Readers for the data folder: universe.json, closes/*.csv and notes/*.md. */
export function dataReaders(
  fs: ConfinedFs,
  dataDir: string,
): { universe: ReadText; prices: ReadText; note: ReadText } {
  return {
    universe: confinedReader(fs, {
      root: dataDir,
      maxBytes: MAX_UNIVERSE_BYTES,
      kind: 'data',
      what: 'universe file',
    }),
    prices: confinedReader(fs, {
      root: dataDir,
      maxBytes: MAX_PRICE_FILE_BYTES,
      kind: 'data',
      what: 'price file',
    }),
    note: confinedReader(fs, {
      root: dataDir,
      maxBytes: MAX_NOTE_BYTES,
      kind: 'template',
      what: "editor's note",
    }),
  };
}

/** The reader of a templates folder. */
export function templateReader(fs: ConfinedFs, templatesDir: string): ReadText {
  return confinedReader(fs, {
    root: templatesDir,
    maxBytes: MAX_TEMPLATE_BYTES,
    kind: 'template',
    what: 'template',
  });
}
