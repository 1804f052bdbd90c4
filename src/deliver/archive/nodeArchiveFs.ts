/**
 * The real {@link ArchiveFs}: node:fs/promises for reading, write-file-atomic (temporary file,
 * fsync, rename) for writing.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import type { ArchiveFs, DirEntry } from './archiveFs.js';

async function readDir(dir: string): Promise<DirEntry[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.map((e) => ({
    name: e.name,
    kind: e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other',
  }));
}

/** File-system effects over the real disk. */
export function nodeArchiveFs(): ArchiveFs {
  return {
    readDir,
    readText: (file) => readFile(file, 'utf8'),
    readBytes: (file) => readFile(file),
    stat: async (file) => {
      const s = await lstat(file);
      return { size: s.size, mtimeMs: s.mtimeMs };
    },
    writeAtomic: (file, text) => writeFileAtomic(file, text, { encoding: 'utf8', fsync: true }),
  };
}
