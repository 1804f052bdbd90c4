/**
 * Atomic replacement of a brief's folder: the files are written to a temporary sibling folder,
 * flushed, and swapped in with renames, so a reader (or a crash) sees the old brief or the new
 * one, never a mix or a half-written file. A re-run for the same date replaces the folder whole.
 */
import { mkdir, rename, rm, writeFile, open } from 'node:fs/promises';
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

/** Write `files` (name -> content) as the folder `dir`, replacing any previous folder whole. */
export async function writeBriefDir(
  dir: string,
  files: Readonly<Record<string, string | Uint8Array>>,
): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const tag = randomBytes(4).toString('hex');
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
