/**
 * Everything emailing a brief does to the outside world, passed in (tests use a real SMTP server
 * on 127.0.0.1 and a temporary folder, with a sleep that does not wait).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { DateTime } from 'luxon';
import nodemailer from 'nodemailer';
import writeFileAtomic from 'write-file-atomic';
import { rasterizeSvgs, type RasterizeSvgs } from './rasterizeSvgs.js';
import type { BriefReader } from './readBriefForEmail.js';
import type { SendEffects } from './sendEmail.js';
import type { WriteAtomic } from './writeEml.js';

/** The effects of {@link emailBrief}. */
export interface EmailEffects extends BriefReader, SendEffects {
  readonly now: () => DateTime;
  readonly writeAtomic: WriteAtomic;
  /** SVG charts to PNG (resvg with the bundled Inter). */
  readonly rasterize: RasterizeSvgs;
}

/** Atomic write through write-file-atomic (temporary file, fsync, rename), creating the folder. */
export const writeAtomicFile: WriteAtomic = async (file, data) => {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, Buffer.from(data), { fsync: true });
};

/**
 * The real effects: the CLI's reading, clock and log (`base`, e.g. its `Effects`), plus
 * nodemailer's SMTP transport, a real timer, atomic writes and resvg.
 */
export function nodeEmailEffects(
  base: BriefReader & { readonly now: () => DateTime; readonly log: (line: string) => void },
): EmailEffects {
  return {
    readText: base.readText,
    readBinary: base.readBinary,
    now: base.now,
    log: base.log,
    createTransport: (options) => nodemailer.createTransport(options),
    sleep: (ms) => delay(ms),
    writeAtomic: writeAtomicFile,
    rasterize: rasterizeSvgs,
  };
}
