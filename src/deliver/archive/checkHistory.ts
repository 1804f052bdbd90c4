/**
 * `brief check` of the history files each brief's stats.json names (src/render/statsFiles.ts):
 * every `history.<name>.file` is a file of OUT/history/ (no other path is accepted: stats.json
 * is read as untrusted), it exists, and its SHA-256 is the one stats.json records. A stats.json
 * of the earlier schema (stats@1, every figure in the one file) names no history: nothing to check.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { errnoCode } from '../../errors.js';
import type { ProblemList } from '../../model/check.js';
import { HISTORY_DIR } from '../../render/statsFiles.js';
import type { ArchiveFs } from './archiveFs.js';
import { historyRefs } from './historyRefs.js';
import type { ArchivedBrief } from './scanArchive.js';

const REBUILD = (date: string) => `rebuild the brief (brief --date ${date}, or backfill --force)`;

/** SHA-256 of each history file read so far (a file shared by many briefs is read once). */
type HashCache = Map<string, Promise<string | null>>;

function hashOf(file: string, fx: Pick<ArchiveFs, 'readBinary'>, cache: HashCache) {
  let h = cache.get(file);
  if (!h) {
    h = fx.readBinary(file).then(
      (b) => createHash('sha256').update(b).digest('hex'),
      () => null,
    );
    cache.set(file, h);
  }
  return h;
}

async function checkOne(
  outDir: string,
  b: ArchivedBrief,
  fx: Pick<ArchiveFs, 'readText' | 'readBinary'>,
  c: ProblemList,
  cache: HashCache,
) {
  const statsFile = path.join(outDir, b.dir, 'stats.json');
  let stats: unknown;
  try {
    stats = JSON.parse(await fx.readText(statsFile));
  } catch (e) {
    const why = e instanceof SyntaxError ? `not valid JSON (${e.message})` : errnoCode(e);
    return c.error(statsFile, null, `cannot read (${why}): ${REBUILD(b.date)}`);
  }
  const { refs, bad } = historyRefs(stats);
  for (const key of bad)
    c.error(statsFile, null, `history.${key} is not a file of ${HISTORY_DIR}/ with a sha256`);
  for (const ref of refs) {
    const file = path.join(outDir, HISTORY_DIR, ref.name);
    const hash = await hashOf(file, fx, cache);
    if (hash === null) c.error(file, null, `missing (named by ${statsFile}): ${REBUILD(b.date)}`);
    else if (hash !== ref.sha256)
      c.error(file, null, `differs from the file ${statsFile} names (sha256): ${REBUILD(b.date)}`);
  }
}

/** Check the history files named by the stats.json of every brief in `briefs`. */
export async function checkHistoryFiles(
  outDir: string,
  briefs: readonly ArchivedBrief[],
  fx: Pick<ArchiveFs, 'readText' | 'readBinary'>,
  c: ProblemList,
): Promise<void> {
  const cache: HashCache = new Map();
  for (const b of briefs) await checkOne(outDir, b, fx, c, cache);
}
