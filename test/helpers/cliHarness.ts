import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  mkdirSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Effects } from '../../src/cli/effects.js';
import { main } from '../../src/cli/main.js';
import { realEffects } from '../../src/cli/realEffects.js';
import type { OpenPrinter } from '../../src/deliver/pdfPrinter.js';
import { testMachine } from './machine.js';

export const REPO = path.resolve(import.meta.dirname, '../..');

/**
 * A scratch data folder: the real universe and closes (copied: a link to a file outside the data
 * folder is refused), with overrides written in.
 */
export function scratchData(overrides: Record<string, string> = {}): {
  root: string;
  data: string;
  out: string;
} {
  const root = mkdtempSync(path.join(tmpdir(), 'brief-test-'));
  const data = path.join(root, 'data');
  mkdirSync(path.join(data, 'closes'), { recursive: true });
  copyFileSync(path.join(REPO, 'data/universe.json'), path.join(data, 'universe.json'));
  for (const f of readdirSync(path.join(REPO, 'data/closes'))) {
    if (!(`closes/${f}` in overrides))
      copyFileSync(path.join(REPO, 'data/closes', f), path.join(data, 'closes', f));
  }
  for (const [rel, text] of Object.entries(overrides)) writeFileSync(path.join(data, rel), text);
  return { root, data, out: path.join(root, 'reports') };
}

/** Hash of every file under `dir` (path + bytes), to prove a run changed nothing. */
export function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const n of names) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

/**
 * A fake printer: a real one-page PDF made with pdf-lib (not Chromium; the real printer is tested
 * end to end elsewhere), recording the HTML it was given.
 */
export const fakePrinter: OpenPrinter = async () => ({
  print: async (html) => {
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawText(`fake print of ${html.length} characters`);
    // a classic cross-reference table, as Chromium writes (the metadata pass appends to it)
    return doc.save({ useObjectStreams: false });
  },
  close: async () => undefined,
  kill: () => undefined,
});

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI with a fixed clock (default 2026-08-21 20:00 New York) and the given printer. */
export async function runCli(
  argv: string[],
  opts: {
    now?: string;
    printer?: OpenPrinter;
    env?: Record<string, string>;
    fetch?: typeof globalThis.fetch;
    /** The run's stop signal (abort it with 'SIGINT' or 'SIGTERM' as bin.ts does). */
    signal?: AbortSignal;
    /** The wait between retries (default: returns at once). */
    sleep?: (ms: number) => Promise<void>;
  } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
  };
  const now = DateTime.fromISO(opts.now ?? '2026-08-21T20:00:00', { zone: 'America/New_York' });
  const fx = (): Effects => ({
    ...realEffects(io, testMachine(opts.env), opts.signal),
    now: () => now,
    ...(opts.printer ? { openPrinter: opts.printer } : {}),
    // No network in tests: a run that tries to fetch without a fake gets this error.
    fetch:
      opts.fetch ??
      (async (url) => Promise.reject(new Error(`network disabled in tests: ${String(url)}`))),
    sleep: opts.sleep ?? (async () => undefined),
  });
  const code = await main(argv, io, fx);
  return { code, stdout, stderr };
}
