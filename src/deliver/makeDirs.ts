/**
 * Creating a folder and its missing parents (`mkdir -p`) in a way that always ends. Node's own
 * `mkdir(dir, { recursive: true })` (20.x) spins forever when the kernel answers ENOENT for a
 * folder whose parent exists, as under /proc or /sys: `ROTATION_BRIEF_CACHE=/proc/nope` kept a
 * run at 95% CPU, and `--out /proc/nope` hung the same way.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

const code = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** A Node-style error for a path that exists but is not a folder. */
function notAFolder(p: string, target: boolean): NodeJS.ErrnoException {
  const c = target ? 'EEXIST' : 'ENOTDIR';
  return Object.assign(new Error(`${c}: not a folder, mkdir '${p}'`), { code: c, path: p });
}

/**
 * Create `dir` and its missing parents (each with `mode`, when given); an existing folder is
 * fine. Each missing folder is created once, from the topmost down, so the first refusal is
 * thrown with its code (ENOENT, ENOTDIR, EACCES, EROFS, EEXIST for a file at `dir`, ...).
 */
export async function makeDirs(dir: string, mode?: number): Promise<void> {
  const target = path.resolve(dir);
  const missing: string[] = [];
  for (let d = target; ; d = path.dirname(d)) {
    const found = await stat(d).then(
      (s) => s,
      (e: unknown) => {
        if (code(e) === 'ENOENT') return null;
        throw e;
      },
    );
    if (found !== null) {
      if (!found.isDirectory()) throw notAFolder(d, d === target);
      break;
    }
    missing.push(d);
    if (path.dirname(d) === d) break; // the root itself is missing: mkdir says why
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d, mode === undefined ? {} : { mode });
    } catch (e) {
      // Made by someone else meanwhile (two writers): fine if it is a folder.
      if (code(e) !== 'EEXIST' || !(await stat(d)).isDirectory()) throw e;
    }
  }
}
