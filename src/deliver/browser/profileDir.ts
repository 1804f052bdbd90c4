/**
 * Chromium profile folders we own: `<tmpDir>/rotation-brief-chromium-<pid>-<random>`,
 * where `<pid>` is the process that launched the browser. A folder whose owner
 * is gone was left by a killed run and may be removed (see orphanBrowsers.ts).
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { removeSocketDir, removeSocketDirInBackground, socketDirOf } from './socketDir.js';

/** Start of every profile folder's name. */
export const PROFILE_PREFIX = 'rotation-brief-chromium-';

const OWNED = /^rotation-brief-chromium-(\d+)-[^/]+$/;

/** Create a fresh, empty profile folder in `tmpDir` naming `ownerPid`. */
export function createProfileDir(tmpDir: string, ownerPid: number): Promise<string> {
  return mkdtemp(path.join(tmpDir, `${PROFILE_PREFIX}${ownerPid}-`));
}

/** The owner pid named by a profile folder's base name; null for any other name. */
export function profileOwner(name: string): number | null {
  const match = OWNED.exec(name);
  if (match === null) return null;
  const pid = Number(match[1]);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

/**
 * The profile folder named by a `--user-data-dir=` argument in `args` (a
 * process's command line), or null when it is not one of ours.
 */
export function profileDirInArgs(args: readonly string[]): string | null {
  for (const arg of args) {
    if (!arg.startsWith('--user-data-dir=')) continue;
    const dir = arg.slice('--user-data-dir='.length);
    if (profileOwner(path.basename(dir)) !== null) return dir;
  }
  return null;
}

/**
 * Remove `dir` and everything in it, and the socket folder the browser made for it in the
 * temporary folder (socketDir.ts; a killed browser leaves that behind), synchronously
 * (callable from a signal handler just before exit); a missing folder is fine.
 */
export function removeProfileDir(dir: string): void {
  const socketDir = socketDirOf(dir);
  if (socketDir !== null) removeSocketDir(socketDir);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 });
}

/**
 * {@link removeProfileDir} off the main thread (the file system's thread pool), for the end of a
 * run, when nothing waits on it but the exit: the socket folder first (only the profile's link
 * leads to it), then the profile; never rejects.
 */
export async function removeProfileDirInBackground(dir: string): Promise<void> {
  const socketDir = socketDirOf(dir);
  if (socketDir !== null) await removeSocketDirInBackground(socketDir);
  await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 }).catch(
    () => undefined,
  );
}
