/**
 * The real {@link SeriesStore}: one file per key, `<dir>/series-<version>-<key>.bin` (the key a
 * parsed CSV's SHA-256, or a symbol's `tip-...`, see seriesTip.ts; the tool's version in the
 * name: a new version, whose rules may differ, parses again), written
 * atomically (write-file-atomic, without fsync: a file torn by a crash fails its checksum and is
 * parsed again). At the first write of a run, all but the newest {@link KEEP_FILES} files are
 * removed, so a folder used every day for years stays at a few data versions (about 15 MB each
 * for the bundled data). A folder that cannot be created or written (`/proc/nope`, read-only,
 * under a file) is given up for the run after one warning: the brief goes on parsing the CSVs.
 */
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { makeDirs } from '../deliver/makeDirs.js';
import { errnoCode } from '../errors.js';
import type { SeriesStore } from '../ingest/seriesStore.js';

/** Files kept: four versions of a 30-file universe, and its 30 tips. */
export const KEEP_FILES = 150;

const fileOf = (dir: string, version: string, key: string) =>
  path.join(dir, `series-${version}-${key}.bin`);

/** Remove all but the newest `keep` cache files of `dir`. */
async function prune(dir: string, keep: number): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.startsWith('series-') && n.endsWith('.bin'));
  if (names.length <= keep) return;
  const dated = await Promise.all(
    names.map(async (n) => ({ n, t: (await stat(path.join(dir, n))).mtimeMs })),
  );
  dated.sort((a, b) => b.t - a.t || a.n.localeCompare(b.n));
  await Promise.all(dated.slice(keep).map((x) => rm(path.join(dir, x.n), { force: true })));
}

/**
 * A store in `dir` (created on first write) for this `version` of the tool; reads and writes
 * never throw. The first write that fails calls `warn` once with a line naming the folder and
 * the error, and no later write of the run is tried.
 */
export function diskSeriesStore(
  dir: string,
  version: string,
  keep: number = KEEP_FILES,
  warn: (line: string) => void = () => undefined,
): SeriesStore {
  let pruned = false;
  let folder: Promise<void> | null = null; // created once per run, shared by concurrent writes
  let broken = false;
  return {
    read: async (key) => {
      try {
        return new Uint8Array(await readFile(fileOf(dir, version, key)));
      } catch {
        return null; // absent or unreadable: parse the CSV instead
      }
    },
    write: async (key, bytes) => {
      if (broken) return;
      try {
        await (folder ??= makeDirs(dir, 0o700));
        await writeFileAtomic(fileOf(dir, version, key), Buffer.from(bytes), {
          mode: 0o600,
          fsync: false,
        });
        if (!pruned) await prune(dir, keep);
        pruned = true;
      } catch (e) {
        // A cache that cannot be written (read-only home, full disk) only costs the next run time.
        if (broken) return;
        broken = true;
        warn(`parsed-series cache ${dir} is not usable (${errnoCode(e)}); going on without it`);
      }
    },
  };
}
