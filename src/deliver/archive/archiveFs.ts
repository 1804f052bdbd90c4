/**
 * The file-system effects the archive needs: a subset of the one {@link FileSystem}
 * (src/model/effects.ts), passed in so tests can use a temporary folder.
 */
import type { FileSystem } from '../../model/effects.js';

export type { DirEntry } from '../../model/effects.js';

/** What scanning and rebuilding the archive does to the disk. */
export type ArchiveFs = Pick<
  FileSystem,
  'readDir' | 'readText' | 'readBinary' | 'stat' | 'writeAtomic'
>;
