/**
 * The temporary folders of an atomic brief write (`FileSystem.writeBriefDir`): the files go to a
 * sibling `.DATE.tmp-PID-HEX`, the previous brief is moved aside to `.DATE.old-PID-HEX`, and the
 * new folder is renamed into place. A run killed between those steps leaves such folders behind;
 * this module names them and cleans them up.
 */
import path from 'node:path';
import { BriefError } from '../errors.js';
import type { FileSystem, Processes } from '../model/effects.js';

/**
 * Name of a temporary or previous folder of a brief write: `.DATE.tmp-PID-HEX` or
 * `.DATE.old-PID-HEX` (`.DATE.tmp-HEX` from versions before the pid was added).
 */
export const STALE_BRIEF_TEMP = /^\.(\d{4}-\d{2}-\d{2})\.(tmp|old)-(?:(\d+)-)?[0-9a-f]+$/;

/** The sibling folders a write of `dir` by process `pid` uses; `tag` is random hex. */
export function briefTempDirs(dir: string, pid: number, tag: string): { tmp: string; old: string } {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  return {
    tmp: path.join(parent, `.${base}.tmp-${pid}-${tag}`),
    old: path.join(parent, `.${base}.old-${pid}-${tag}`),
  };
}

/** The pid that wrote a temporary folder (null for the older names without one). */
export function tempOwner(name: string): number | null {
  const pid = STALE_BRIEF_TEMP.exec(name)?.[3];
  return pid === undefined ? null : Number(pid);
}

/** The effects {@link cleanStaleBriefTemps} uses. */
export type TempCleanupFx = Pick<
  FileSystem,
  'readDir' | 'listDir' | 'fileExists' | 'rename' | 'remove'
> &
  Processes;

/**
 * Remove the folders an interrupted brief write left in `outDir/YYYY/`: `.DATE.tmp-*` (an
 * unfinished new brief) and `.DATE.old-*` (the previous brief, moved aside just before the swap).
 * When the brief's folder itself is missing, a `.old-*` folder is renamed back into place
 * instead (the kill fell between the two renames, and that folder is a whole brief). Folders of a
 * process that `isAlive` (another run writing now) are left alone. Returns what was done, one
 * line per folder.
 */
export async function cleanStaleBriefTemps(outDir: string, fx: TempCleanupFx): Promise<string[]> {
  const done: string[] = [];
  const years = await fx.readDir(outDir).catch(() => []);
  for (const y of years) {
    if (y.kind !== 'dir' || !/^\d{4}$/.test(y.name)) continue;
    const yearDir = path.join(outDir, y.name);
    const names = (await fx.listDir(yearDir).catch(() => [] as string[])).filter((n) => {
      const owner = tempOwner(n);
      return STALE_BRIEF_TEMP.test(n) && (owner === null || !fx.isAlive(owner));
    });
    // Previous briefs first, so one is restored before anything else for its date is removed.
    for (const name of [
      ...names.filter((n) => n.includes('.old-')),
      ...names.filter((n) => !n.includes('.old-')),
    ]) {
      done.push(await cleanOne(yearDir, name, fx));
    }
  }
  return done;
}

/** Restore or remove one leftover folder; returns what was done. */
async function cleanOne(yearDir: string, name: string, fx: TempCleanupFx): Promise<string> {
  const date = STALE_BRIEF_TEMP.exec(name)?.[1] as string;
  const stale = path.join(yearDir, name);
  const dir = path.join(yearDir, date);
  try {
    if (name.includes('.old-') && !(await fx.fileExists(dir))) {
      await fx.rename(stale, dir);
      return `restored ${dir} from ${name}`;
    }
    await fx.remove(stale);
    return `removed ${stale}`;
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
