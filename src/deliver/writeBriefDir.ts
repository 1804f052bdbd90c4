/**
 * Atomic replacement of a brief's folder: the files are written to a temporary sibling folder,
 * flushed, and swapped in with renames, so a reader (or a crash) sees the old brief or the new
 * one, never a mix or a half-written file. A re-run for the same date replaces the folder whole.
 */
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { BriefError } from '../errors.js';

async function writeDurable(file: string, data: string | Uint8Array): Promise<void> {
  await writeFile(file, data);
  const fh = await open(file, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * Write `files` (name -> content) as the folder `dir`, replacing any previous folder whole. The
 * temporary folders carry the writing process's `pid`, so a later run can tell a leftover of a
 * dead run (removed) from the work of a live one (left alone).
 */
export async function writeBriefDir(
  dir: string,
  files: Readonly<Record<string, string | Uint8Array>>,
  pid: number,
): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const tag = `${pid}-${randomBytes(4).toString('hex')}`;
  const tmp = path.join(parent, `.${base}.tmp-${tag}`);
  const old = path.join(parent, `.${base}.old-${tag}`);
  let moved = false;
  try {
    await mkdir(parent, { recursive: true });
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp);
    for (const name of Object.keys(files).sort()) {
      await writeDurable(path.join(tmp, name), files[name] as string | Uint8Array);
    }
    const hadOld = await rename(dir, old).then(
      () => true,
      (e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return false;
        throw e;
      },
    );
    moved = hadOld;
    await rename(tmp, dir);
    moved = false;
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    if (moved) await rename(old, dir).catch(() => undefined); // put the previous brief back
    const err = e as NodeJS.ErrnoException;
    throw new BriefError(
      'output',
      `cannot write ${dir}: ${err.code ?? err.message}`,
      'check that the --out folder exists and is writable, and that the disk has space',
      { cause: e },
    );
  }
}

/**
 * Name of a temporary or previous folder of {@link writeBriefDir}: `.DATE.tmp-PID-HEX` or
 * `.DATE.old-PID-HEX` (`.DATE.tmp-HEX` from versions before the pid was added).
 */
export const STALE_BRIEF_TEMP = /^\.(\d{4}-\d{2}-\d{2})\.(tmp|old)-(?:(\d+)-)?[0-9a-f]+$/;

/** The pid that wrote a temporary folder (null for the older names without one). */
export function tempOwner(name: string): number | null {
  const pid = STALE_BRIEF_TEMP.exec(name)?.[3];
  return pid === undefined ? null : Number(pid);
}

/**
 * Remove the folders an interrupted {@link writeBriefDir} left in `outDir/YYYY/`: `.DATE.tmp-*`
 * (an unfinished new brief) and `.DATE.old-*` (the previous brief, moved aside just before the
 * swap). When the brief's folder itself is missing, a `.old-*` folder is renamed back into place
 * instead (the kill fell between the two renames, and that folder is a whole brief). Folders of a
 * process that `isAlive` (another run writing now) are left alone. Returns what was done, one
 * line per folder.
 */
export async function cleanStaleBriefTemps(
  outDir: string,
  isAlive: (pid: number) => boolean,
): Promise<string[]> {
  const done: string[] = [];
  const years = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  for (const y of years) {
    if (!y.isDirectory() || !/^\d{4}$/.test(y.name)) continue;
    const yearDir = path.join(outDir, y.name);
    const names = (await readdir(yearDir).catch(() => [] as string[])).filter((n) => {
      const owner = tempOwner(n);
      return STALE_BRIEF_TEMP.test(n) && (owner === null || !isAlive(owner));
    });
    // Previous briefs first, so one is restored before anything else for its date is removed.
    for (const name of [
      ...names.filter((n) => n.includes('.old-')),
      ...names.filter((n) => !n.includes('.old-')),
    ]) {
      const date = STALE_BRIEF_TEMP.exec(name)?.[1] as string;
      const stale = path.join(yearDir, name);
      const dir = path.join(yearDir, date);
      try {
        if (
          name.includes('.old-') &&
          !(await stat(dir).then(
            () => true,
            () => false,
          ))
        ) {
          await rename(stale, dir);
          done.push(`restored ${dir} from ${name}`);
        } else {
          await rm(stale, { recursive: true, force: true });
          done.push(`removed ${stale}`);
        }
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        throw new BriefError(
          'output',
          `cannot clean up ${stale}: ${err.code ?? err.message}`,
          'remove the leftover folder by hand',
          { cause: e },
        );
      }
    }
  }
  return done;
}
