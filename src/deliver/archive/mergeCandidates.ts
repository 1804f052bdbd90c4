/**
 * The briefs of one reports folder as merge candidates (see mergePlan.ts): every valid brief
 * folder with its inputs hash, PDF, mtime and, on demand, a hash of its text files.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { BriefError } from '../../errors.js';
import type { ArchiveFs } from './archiveFs.js';
import type { MergeCandidate } from './mergePlan.js';
import { scanArchive } from './scanArchive.js';

const TEXT_FILES = ['brief.html', 'stats.json', 'summary.json'];

async function fingerprint(dir: string, fs: ArchiveFs): Promise<string> {
  const h = createHash('sha256');
  for (const f of TEXT_FILES) h.update(`${f}\0`).update(await fs.readBinary(path.join(dir, f)));
  return h.digest('hex');
}

/**
 * Every brief of the reports folder `origin` (`index` 0: the archive itself, whose damaged folders
 * are left alone; otherwise a folder to merge, which must have none).
 *
 * @throws BriefError('data') for a damaged folder in a folder to merge.
 */
export async function candidatesOf(
  origin: string,
  index: number,
  fs: ArchiveFs,
): Promise<MergeCandidate[]> {
  const scan = await scanArchive(origin, fs);
  if (index > 0 && scan.problems.length > 0)
    throw new BriefError(
      'data',
      `${scan.problems.length} damaged brief folder(s) in ${origin}, e.g. ${scan.problems[0]?.message}`,
      'rebuild that shard (backfill resumes) before merging it',
    );
  return Promise.all(
    scan.briefs.map(async (b) => {
      const dir = path.join(origin, b.dir);
      const hash = await fs.readText(path.join(dir, 'inputs.sha256')).then(
        (t) => (/^[0-9a-f]{64}$/.test(t.trim()) ? t.trim() : null),
        () => null,
      );
      let memo: Promise<string> | null = null;
      return {
        origin,
        index,
        existing: index === 0,
        date: b.date,
        dir: b.dir,
        hash,
        hasPdf: b.hasPdf,
        mtimeMs: (await fs.stat(path.join(dir, 'summary.json'))).mtimeMs,
        fingerprint: () => (memo ??= fingerprint(dir, fs)),
      };
    }),
  );
}
