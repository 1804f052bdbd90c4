/**
 * Write a brief's history files (src/render/statsFiles.ts) to OUT/history/ before its folder, so
 * a brief never points to a file that is not there. Files are named by their content: one that
 * exists with the same bytes is left alone, one with other bytes (damaged) is rewritten.
 */
import path from 'node:path';
import { historyRefs } from '../deliver/archive/historyRefs.js';
import { outputWriteError } from './outputError.js';
import type { FileSystem } from '../model/effects.js';
import { HISTORY_DIR, type HistoryFile } from '../render/statsFiles.js';

/** Write each of `files` to `outDir`/history/ unless it is already there with the same bytes. */
export async function writeHistoryFiles(
  fs: Pick<FileSystem, 'readText' | 'writeAtomic'>,
  outDir: string,
  files: readonly HistoryFile[],
): Promise<void> {
  for (const f of files) {
    const file = path.join(outDir, HISTORY_DIR, f.name);
    const old = await fs.readText(file).catch(() => null);
    if (old === f.text) continue;
    await fs.writeAtomic(file, f.text).catch((e: unknown) => {
      throw outputWriteError(file, e);
    });
  }
}

/**
 * Whether every history file the brief in `dir` (OUT/YYYY/YYYY-MM-DD) names is in
 * `outDir`/history/ (a brief of schema 1 names none; an unreadable stats.json counts as not).
 * A backfill rebuilds an unchanged brief whose history files are gone.
 */
export async function historyPresent(
  fs: Pick<FileSystem, 'readText' | 'fileExists'>,
  outDir: string,
  dir: string,
): Promise<boolean> {
  let stats: unknown;
  try {
    stats = JSON.parse(await fs.readText(path.join(dir, 'stats.json')));
  } catch {
    return false;
  }
  const { refs, bad } = historyRefs(stats);
  if (bad.length > 0) return false;
  for (const r of refs)
    if (!(await fs.fileExists(path.join(outDir, HISTORY_DIR, r.name)))) return false;
  return true;
}
