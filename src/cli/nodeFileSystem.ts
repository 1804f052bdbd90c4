/**
 * The real {@link FileSystem}: node:fs/promises, with one atomic writer (write-file-atomic:
 * temporary sibling, fsync, rename) and the atomic brief-folder swap. Built by realEffects.ts.
 */
import { randomBytes } from 'node:crypto';
import {
  access,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { moveBriefDir } from '../deliver/archive/moveBriefDir.js';
import { briefTempDirs } from '../deliver/briefTemps.js';
import { makeDirs } from '../deliver/makeDirs.js';
import { outputWriteError } from './outputError.js';
import type { DirEntry, FileSystem } from '../model/effects.js';

/** The one atomic writer: creates the folder, then temporary file, fsync, rename. */
async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await makeDirs(path.dirname(file));
  await writeFileAtomic(file, typeof data === 'string' ? data : Buffer.from(data), {
    encoding: 'utf8',
    fsync: true,
  });
}

async function readDir(dir: string): Promise<DirEntry[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.map((e) => ({
    name: e.name,
    kind: e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other',
  }));
}

/** Write and flush one file of a brief's temporary folder. */
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
 * Write `files` as the folder `dir`, replacing any previous folder whole: the files go to a
 * temporary sibling, are flushed, and are swapped in with renames, so a reader (or a crash) sees
 * the old brief or the new one, never a mix. The temporary folders carry `pid`, so a later run
 * tells a leftover of a dead run (removed) from the work of a live one (left alone).
 */
async function writeBriefDir(
  dir: string,
  files: Readonly<Record<string, string | Uint8Array>>,
  pid: number,
): Promise<void> {
  const { tmp, old } = briefTempDirs(dir, pid, randomBytes(4).toString('hex'));
  let moved = false;
  try {
    await makeDirs(path.dirname(dir));
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
    throw outputWriteError(dir, e);
  }
}

/** The disk; `pid` names the temporary folders of brief writes (this process). */
export function nodeFileSystem(pid: number): FileSystem {
  return {
    readText: (f) => readFile(f, 'utf8'),
    readBinary: (f) => readFile(f),
    listDir: (d) => readdir(d),
    readDir,
    fileInfo: async (f) => {
      const [st, real] = await Promise.all([stat(f), realpath(f)]);
      return { size: st.size, real };
    },
    fileExists: (f) =>
      access(f).then(
        () => true,
        () => false,
      ),
    writeAtomic,
    writeBriefDir: (dir, files) => writeBriefDir(dir, files, pid),
    stat: async (f) => {
      const st = await lstat(f);
      return { size: st.size, mtimeMs: st.mtimeMs };
    },
    moveBriefDir: (from, dir) => moveBriefDir(from, dir, pid),
    rename: (from, to) => rename(from, to),
    remove: (target) => rm(target, { recursive: true, force: true }),
  };
}
