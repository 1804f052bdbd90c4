/**
 * The real effects for the CLI: node:fs, the system clock, stderr progress, system Chromium.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { openChromiumPrinter } from '../deliver/pdfPrinter.js';
import { writeBriefDir } from '../deliver/writeBriefDir.js';
import { fontFiles } from '../render/fontCss.js';
import type { Effects } from './effects.js';
import type { Io } from './main.js';

/** Effects over the real machine; `env` and `isRoot` come from the process. */
export function realEffects(io: Io, env: Record<string, string | undefined>, isRoot: boolean): Effects {
  return {
    readText: (f) => readFile(f, 'utf8'),
    readBinary: (f) => readFile(f),
    listDir: (d) => readdir(d),
    writeBriefDir,
    now: () => DateTime.now(),
    log: (line) => io.stderr(`${line}\n`),
    out: (line) => io.stdout(`${line}\n`),
    openPrinter: openChromiumPrinter(env, existsSync, isRoot),
    fontFiles,
  };
}
