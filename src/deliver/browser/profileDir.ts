/**
 * Chromium profile folders we own: `<tmpDir>/rotation-brief-chromium-<pid>-<random>`,
 * where `<pid>` is the process that launched the browser. A folder whose owner
 * is gone was left by a killed run and may be removed (see orphanBrowsers.ts).
 */
import { mkdtemp } from 'node:fs/promises';
import { readlinkSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

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

/** Chromium's folder for a profile's singleton socket: `<TMPDIR>/org.chromium.Chromium.XXXXXX`. */
const SOCKET_DIR = /^org\.chromium\.Chromium\.[A-Za-z0-9]{6,}$/;

/**
 * The folder Chromium made outside the profile for its singleton socket (the target of the
 * profile's `SingletonSocket` link), or null. Only a folder of Chromium's own naming qualifies,
 * so a link planted in the profile cannot point the removal anywhere else.
 */
export function socketDirOf(dir: string): string | null {
  let target: string;
  try {
    target = readlinkSync(path.join(dir, 'SingletonSocket'));
  } catch {
    return null;
  }
  if (!path.isAbsolute(target) || path.basename(target) !== 'SingletonSocket') return null;
  const socketDir = path.dirname(target);
  return SOCKET_DIR.test(path.basename(socketDir)) ? socketDir : null;
}

/**
 * Remove `dir` and everything in it, and the socket folder Chromium made for it in the
 * temporary folder (a killed Chromium leaves that behind: one stray folder a run otherwise),
 * synchronously (callable from a signal handler just before exit); a missing folder is fine.
 */
export function removeProfileDir(dir: string): void {
  const socketDir = socketDirOf(dir);
  const rm = (d: string) =>
    rmSync(d, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 });
  if (socketDir !== null) rm(socketDir);
  rm(dir);
}

/**
 * {@link removeProfileDir} off the main thread (the file system's thread pool), for the end of a
 * run, when nothing waits on it but the exit; never rejects.
 */
export async function removeProfileDirInBackground(dir: string): Promise<void> {
  const socketDir = socketDirOf(dir);
  const options = { recursive: true, force: true, maxRetries: 3, retryDelay: 20 } as const;
  await Promise.all([
    socketDir === null ? undefined : rm(socketDir, options),
    rm(dir, options),
  ]).catch(() => undefined);
}
