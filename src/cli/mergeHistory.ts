/**
 * `brief merge`: the history files (OUT/history/, src/render/statsFiles.ts) that the merged
 * briefs' stats.json name come along with them, from each merged folder's history/, checked
 * against the SHA-256 stats.json records. All are read and checked before anything is written,
 * and written before the briefs (a brief never points to a file that is not there). A brief of
 * schema 1 names none.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ArchiveFs } from '../deliver/archive/archiveFs.js';
import { historyRefs } from '../deliver/archive/historyRefs.js';
import { BriefError } from '../errors.js';
import { HISTORY_DIR, type HistoryFile } from '../render/statsFiles.js';

const HINT =
  "merge the folder's history/ along with its briefs (it is beside YYYY/), or rebuild the brief";

/** A brief folder to merge: the folder it comes from and its path below it (YYYY/YYYY-MM-DD). */
export interface MergedBrief {
  readonly origin: string;
  readonly dir: string;
}

async function readStats(file: string, fs: ArchiveFs): Promise<unknown> {
  try {
    return JSON.parse(await fs.readText(file));
  } catch (e) {
    throw new BriefError('data', `${file}: cannot read (${(e as Error).message})`, HINT);
  }
}

/** The history file `name` of `origin`, checked against `sha256`. */
async function readHistory(
  origin: string,
  name: string,
  sha256: string,
  by: string,
  fs: ArchiveFs,
) {
  const file = path.join(origin, HISTORY_DIR, name);
  const bytes = await fs.readBinary(file).catch(() => null);
  if (bytes === null) throw new BriefError('data', `${file}: missing (named by ${by})`, HINT);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256)
    throw new BriefError('data', `${file}: differs from the file ${by} names`, HINT);
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Every history file the briefs' stats.json name, read from their folders and checked; each
 * file once. Throws BriefError('data') for a missing or different file.
 */
export async function historyOfMerged(
  briefs: readonly MergedBrief[],
  fs: ArchiveFs,
): Promise<HistoryFile[]> {
  const found = new Map<string, HistoryFile>();
  const seen = new Set<string>();
  for (const b of briefs) {
    const statsFile = path.join(b.origin, b.dir, 'stats.json');
    if (
      !(await fs.stat(statsFile).then(
        () => true,
        () => false,
      ))
    )
      continue; // not merged
    const { refs, bad } = historyRefs(await readStats(statsFile, fs));
    if (bad.length > 0)
      throw new BriefError(
        'data',
        `${statsFile}: history.${bad[0]} is not a file of history/`,
        HINT,
      );
    for (const r of refs) {
      const key = `${b.origin}\0${r.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = await readHistory(b.origin, r.name, r.sha256, statsFile, fs);
      found.set(r.name, { name: r.name, text });
    }
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}
