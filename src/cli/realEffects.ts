/**
 * The real effects for the CLI: node:fs, the system clock, stderr progress, system Chromium.
 */
import { existsSync } from 'node:fs';
import { access, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import { atomicWriteText } from '../ingest/writeCsv.js';
import { openChromiumPrinter } from '../deliver/pdfPrinter.js';
import { writeBriefDir } from '../deliver/writeBriefDir.js';
import { cleanOrphanBrowsers } from '../deliver/browser/orphanBrowsers.js';
import { realOrphanEffects } from '../deliver/browser/realOrphanEffects.js';
import type { Effects } from './effects.js';
import type { Io } from './main.js';
import { barProgress, plainProgress } from './progress.js';

/** Whether `pid` is a running process (signal 0 probes without sending anything). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Effects over the real machine; `env` and `isRoot` come from the process. */
export function realEffects(
  io: Io,
  env: Record<string, string | undefined>,
  isRoot: boolean,
  tty: NodeJS.WritableStream | null = null,
  signal: AbortSignal = new AbortController().signal,
): Effects {
  return {
    signal,
    env,
    fetch: globalThis.fetch,
    sleep: (ms) => sleep(ms),
    writeText: atomicWriteText,
    fileExists: (f) =>
      access(f).then(
        () => true,
        () => false,
      ),
    progress: tty
      ? barProgress(tty)
      : plainProgress(
          (l) => io.stderr(`${l}\n`),
          () => performance.now(),
        ),
    cores: availableParallelism(),
    readText: (f) => readFile(f, 'utf8'),
    readBinary: (f) => readFile(f),
    fileInfo: async (f) => {
      const [st, real] = await Promise.all([stat(f), realpath(f)]);
      return { size: st.size, real };
    },
    listDir: (d) => readdir(d),
    writeBriefDir: (dir, files) => writeBriefDir(dir, files, process.pid),
    isAlive,
    reapBrowsers: () => {
      const r = cleanOrphanBrowsers(realOrphanEffects(tmpdir()));
      return [
        ...r.killedPids.map((pid) => `stopped orphan Chromium process ${pid}`),
        ...r.removedDirs.map((dir) => `removed orphan browser profile ${dir}`),
      ];
    },
    now: () => DateTime.now(),
    log: (line) => io.stderr(`${line}\n`),
    out: (line) => io.stdout(`${line}\n`),
    openPrinter: openChromiumPrinter({
      env,
      exists: existsSync,
      isRoot,
      tmpDir: tmpdir(),
      ownerPid: process.pid,
    }),
  };
}
