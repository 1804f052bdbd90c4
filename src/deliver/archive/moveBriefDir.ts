/**
 * Moving a whole brief folder into an archive by renames only (no copy): the folder is renamed to
 * a temporary sibling of its destination, then swapped in the way writeBriefDir swaps a new
 * brief (the previous folder moved aside, the new one renamed into place, the previous one
 * removed), with the same temporary names, so a run killed half-way leaves folders that the next
 * brief, backfill or merge cleans up. Used by `brief merge --move` on the shards of a backfill,
 * whose disk space would otherwise be needed twice.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { BriefError } from '../../errors.js';
import { makeDirs } from '../makeDirs.js';

/** Thrown (as is) when `from` and the archive are on different file systems: copy instead. */
export class CrossDevice extends Error {}

/**
 * Move the folder `from` to `dir`, replacing any previous folder whole.
 *
 * @throws CrossDevice when a rename cannot cross file systems (nothing moved);
 *   BriefError('output') otherwise (the folder is put back where it was, when possible).
 */
export async function moveBriefDir(from: string, dir: string, pid: number): Promise<void> {
  const parent = path.dirname(dir);
  const tag = `${pid}-${randomBytes(4).toString('hex')}`;
  const tmp = path.join(parent, `.${path.basename(dir)}.tmp-${tag}`);
  const old = path.join(parent, `.${path.basename(dir)}.old-${tag}`);
  await makeDirs(parent);
  try {
    await rename(from, tmp);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EXDEV') throw new CrossDevice(from);
    throw outputError(dir, e);
  }
  let hadOld = false;
  try {
    hadOld = await rename(dir, old).then(
      () => true,
      (e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return false;
        throw e;
      },
    );
    await rename(tmp, dir);
  } catch (e) {
    if (hadOld) await rename(old, dir).catch(() => undefined);
    await rename(tmp, from).catch(() => undefined);
    throw outputError(dir, e);
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

function outputError(dir: string, e: unknown): BriefError {
  const err = e as NodeJS.ErrnoException;
  return new BriefError(
    'output',
    `cannot move a brief into ${dir}: ${err.code ?? err.message}`,
    'check that the --out folder is writable and the disk has space',
    { cause: e },
  );
}
