/**
 * The machine's side of orphan cleanup (orphanBrowsers.ts): processes from
 * /proc (Linux; elsewhere none are listed, and only folders are cleaned),
 * liveness from signal 0, SIGKILL to a process and its group.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { OrphanEffects, ProcessInfo } from './orphanBrowsers.js';
import { removeProfileDir } from './profileDir.js';

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The state letter of /proc/<pid>/stat (R, S, Z, ...), or null without /proc. */
function procState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return null;
  }
}

/** True when `pid` exists and is not a zombie (a process that already died). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procState(pid) !== 'Z';
}

/** Every process with a readable command line, from /proc; [] where there is no /proc. */
export function listProcesses(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const name of listDir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args.at(-1) === '') args.pop();
      if (args.length > 0) found.push({ pid: Number(name), args });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

function killQuietly(target: number): void {
  try {
    process.kill(target, 'SIGKILL');
  } catch {
    // Gone already, or not a process group.
  }
}

/** How long {@link killAndWait} waits for a killed process to be gone. */
const KILL_WAIT_MS = 2000;

/**
 * SIGKILL `pid` and its process group (Chromium's main process leads its own
 * group, so its helpers go too), then wait, synchronously, until it is gone
 * or a zombie, so its profile folder is not written to while it is removed.
 */
export function killAndWait(pid: number): void {
  killQuietly(-pid);
  killQuietly(pid);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < KILL_WAIT_MS && isAlive(pid); waited += 10) {
    Atomics.wait(pause, 0, 0, 10);
  }
}

/** The real effects for cleaning orphans in `tmpDir` (os.tmpdir() in the CLI). */
export function realOrphanEffects(tmpDir: string): OrphanEffects {
  return { tmpDir, listDir, isAlive, listProcesses, kill: killAndWait, rm: removeProfileDir };
}
