/**
 * The folder Chrome or Chromium makes in the temporary folder for a profile's singleton socket
 * (`<TMPDIR>/org.chromium.Chromium.XXXXXX`, `com.google.Chrome.XXXXXX`; older builds put a dot
 * first), linked from the profile as `SingletonSocket`. A browser that exits normally removes
 * it; one we kill leaves it behind, so it is removed with the profile folder (profileDir.ts).
 *
 * The link is read from a profile folder that may have been planted (the orphan reaper removes
 * folders of dead owners in a shared /tmp), so it is followed only to a real folder of the
 * browser's naming, beside the profile and owned by the profile's owner, and only the browser's
 * singleton files are removed from it before the (then empty) folder itself.
 */
import { lstatSync, readlinkSync, rmdirSync, rmSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';

const SOCKET_DIR = /^\.?(?:org\.chromium\.Chromium|com\.google\.Chrome)\.[A-Za-z0-9]{6,}$/;

/** What the browser puts in the folder. */
const SINGLETON_FILES = ['SingletonSocket', 'SingletonCookie', 'SingletonLock'] as const;

/** The socket folder `profileDir` links to, when it is one the browser made for it; else null. */
export function socketDirOf(profileDir: string): string | null {
  try {
    const target = readlinkSync(path.join(profileDir, 'SingletonSocket'));
    if (!path.isAbsolute(target) || path.basename(target) !== 'SingletonSocket') return null;
    const dir = path.dirname(target);
    if (!SOCKET_DIR.test(path.basename(dir))) return null;
    if (path.dirname(dir) !== path.dirname(path.resolve(profileDir))) return null;
    const socket = lstatSync(dir);
    const owner = lstatSync(profileDir).uid;
    return socket.isDirectory() && socket.uid === owner ? dir : null;
  } catch {
    return null; // no link, or the folder is gone
  }
}

/** Remove the browser's files from socket folder `dir`, then the folder if that emptied it. */
export function removeSocketDir(dir: string): void {
  for (const name of SINGLETON_FILES) rmSync(path.join(dir, name), { force: true });
  try {
    rmdirSync(dir);
  } catch {
    // not empty (something else is in it) or already gone: left as it is
  }
}

/** {@link removeSocketDir} off the main thread; never rejects. */
export async function removeSocketDirInBackground(dir: string): Promise<void> {
  await Promise.all(SINGLETON_FILES.map((name) => rm(path.join(dir, name), { force: true })))
    .then(() => rmdir(dir))
    .catch(() => undefined);
}
