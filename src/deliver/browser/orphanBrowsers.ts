/**
 * Cleaning up after runs that were killed (SIGKILL, OOM, power loss) before
 * they could stop their browser: profile folders whose owner process is
 * gone are removed, and Chromium processes still using such a folder are
 * killed. Chromium normally exits by itself when its owner dies (its
 * DevTools pipe closes), so this is the safety net. Effects are passed in;
 * {@link realOrphanEffects} is the machine's.
 */
import path from 'node:path';
import { profileDirInArgs, profileOwner } from './profileDir.js';

/** A running process and its command line. */
export interface ProcessInfo {
  pid: number;
  args: string[];
}

/** What {@link cleanOrphanBrowsers} may look at and do. */
export interface OrphanEffects {
  /** The folder profile folders are created in. */
  tmpDir: string;
  /** Base names of the entries of a folder; [] when it cannot be read. */
  listDir: (dir: string) => string[];
  isAlive: (pid: number) => boolean;
  listProcesses: () => ProcessInfo[];
  /** SIGKILL `pid` (and its process group); no error when it is gone. */
  kill: (pid: number) => void;
  /** Remove a folder recursively; no error when it is gone. */
  rm: (dir: string) => void;
}

/** What a cleanup did. */
export interface OrphanCleanup {
  killedPids: number[];
  removedDirs: string[];
}

function orphanedDir(dir: string, isAlive: (pid: number) => boolean): boolean {
  const owner = profileOwner(path.basename(dir));
  return owner !== null && !isAlive(owner);
}

/**
 * Kill every process whose `--user-data-dir` is one of our profile folders
 * (`rotation-brief-chromium-<pid>-*`) owned by a dead pid, then remove every
 * such folder in `tmpDir`. Folders of live owners (including this process)
 * are left alone. Synchronous, so it can run first thing in a command.
 */
export function cleanOrphanBrowsers(fx: OrphanEffects): OrphanCleanup {
  const killedPids: number[] = [];
  for (const { pid, args } of fx.listProcesses()) {
    const dir = profileDirInArgs(args);
    if (dir === null || !orphanedDir(dir, fx.isAlive)) continue;
    fx.kill(pid);
    killedPids.push(pid);
  }
  const removedDirs: string[] = [];
  for (const name of fx.listDir(fx.tmpDir)) {
    const dir = path.join(fx.tmpDir, name);
    if (!orphanedDir(dir, fx.isAlive)) continue;
    fx.rm(dir);
    removedDirs.push(dir);
  }
  return { killedPids, removedDirs };
}
