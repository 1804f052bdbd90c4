/**
 * The real effects: the disk (nodeFileSystem.ts), the system clock, stderr progress, system
 * Chromium, nodemailer, the network. The one place real effects are built; what they need from
 * the process (environment, pid, temporary folder, ...) is read by bin.ts and passed in.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import type nodemailer from 'nodemailer';
import { cleanOrphanBrowsers } from '../deliver/browser/orphanBrowsers.js';
import { isAlive, realOrphanEffects } from '../deliver/browser/realOrphanEffects.js';
import { openChromiumPrinter } from '../deliver/pdfPrinter.js';
import { printWarmUpHtml } from '../deliver/printWarmUp.js';
import { FONT_FAMILY, fontFaceCss } from '../render/fontCss.js';
import { seriesCacheDir } from '../ingest/seriesStore.js';
import type { Env } from '../model/effects.js';
import { diskSeriesStore } from './diskSeriesStore.js';
import { VERSION } from './options.js';
import type { Effects } from './effects.js';
import type { Io } from './main.js';
import { nodeFileSystem } from './nodeFileSystem.js';
import { barProgress, plainProgress } from './progress.js';

/** What the effects need to know about the process and the machine (read by bin.ts). */
export interface Machine {
  readonly env: Env;
  /** This process: named in temporary brief folders and browser profiles. */
  readonly pid: number;
  /** The system's temporary folder (os.tmpdir()): where browser profiles go. */
  readonly tmpDir: string;
  /** Running as uid 0 (Chromium then needs --no-sandbox). */
  readonly isRoot: boolean;
  /** The user's home folder (os.homedir()), where the parsed-series cache goes; null if none. */
  readonly home: string | null;
  /** CPU cores (os.availableParallelism()). */
  readonly cores: number;
  /** The terminal progress bars go to, or null (not a terminal, or CI). */
  readonly tty: NodeJS.WritableStream | null;
}

// The email stack (nodemailer; resvg and the font converter behind rasterizeSvgs) loads on first
// use: a brief that mails nothing does not pay ~0.2 s to import it.
const requireCjs = createRequire(import.meta.url);
const createTransport: Effects['createTransport'] = (options) =>
  (requireCjs('nodemailer') as typeof nodemailer).createTransport(options);
const rasterize: Effects['rasterize'] = async (svgs, width) =>
  (await import('../deliver/email/rasterizeSvgs.js')).rasterizeSvgs(svgs, width);

/** The parsed-series cache; an unusable folder is one warning on stderr, then no cache. */
function cacheStore(machine: Machine, warn: (line: string) => void) {
  const dir = seriesCacheDir(machine.env, machine.home);
  return dir === null ? null : diskSeriesStore(dir, VERSION, undefined, warn);
}

/** Effects over the real machine. */
export function realEffects(
  io: Io,
  machine: Machine,
  signal: AbortSignal = new AbortController().signal,
): Effects {
  const monotonic = () => performance.now();
  return {
    ...nodeFileSystem(machine.pid),
    signal,
    env: machine.env,
    fetch: globalThis.fetch,
    createTransport,
    rasterize,
    sleep: (ms) => sleep(ms),
    progress: machine.tty
      ? barProgress(machine.tty)
      : plainProgress((l) => io.stderr(`${l}\n`), monotonic),
    cores: machine.cores,
    seriesStore: cacheStore(machine, (line) => io.stderr(`Warning: ${line}\n`)),
    isAlive,
    reapBrowsers: () => {
      const r = cleanOrphanBrowsers(realOrphanEffects(machine.tmpDir));
      return [
        ...r.killedPids.map((pid) => `stopped orphan Chromium process ${pid}`),
        ...r.removedDirs.map((dir) => `removed orphan browser profile ${dir}`),
      ];
    },
    now: () => DateTime.now(),
    monotonic,
    log: (line) => io.stderr(`${line}\n`),
    out: (line) => io.stdout(`${line}\n`),
    openPrinter: openChromiumPrinter({
      env: machine.env,
      exists: existsSync,
      isRoot: machine.isRoot,
      tmpDir: machine.tmpDir,
      ownerPid: machine.pid,
      warmUp: printWarmUpHtml(fontFaceCss(), FONT_FAMILY),
    }),
  };
}
