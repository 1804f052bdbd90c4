/**
 * Helpers for tests that run the real Chromium: a launch context in a
 * scratch temporary folder, the Chromium processes using a folder (from
 * /proc, independently of the code under test), and polling.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserDeadlines } from '../../../src/deliver/browser/deadline.js';
import { findBrowser } from '../../../src/deliver/findBrowser.js';
import type { LaunchContext } from '../../../src/deliver/launchBrowser.js';
import type { ChromiumPrinterOptions } from '../../../src/deliver/pdfPrinter.js';
import type { PrintOptions } from '../../../src/deliver/printPdf.js';

export const IS_ROOT = process.getuid?.() === 0;
export const CHROMIUM = findBrowser(process.env, existsSync);
export const PRINT: PrintOptions = { paper: 'a4', headerTitle: 'T', footerLeft: 'F' };

/** Deadlines for tests: short enough to see, long enough for a busy 2-core machine. */
export const TEST_DEADLINES: BrowserDeadlines = {
  launch: 20_000,
  setContent: 10_000,
  pdf: 20_000,
  close: 3_000,
  protocol: 30_000,
};

/** A fresh folder for profile folders, so a test sees only its own browsers. */
export function scratchTmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'brief-chromium-test-'));
}

export function launchContext(tmpDir: string, env = process.env): LaunchContext {
  return { env, isRoot: IS_ROOT, tmpDir, ownerPid: process.pid, deadlines: TEST_DEADLINES };
}

export function printerOptions(
  tmpDir: string,
  deadlines: Partial<BrowserDeadlines> = TEST_DEADLINES,
): ChromiumPrinterOptions {
  return {
    env: process.env,
    exists: existsSync,
    isRoot: IS_ROOT,
    tmpDir,
    ownerPid: process.pid,
    deadlines,
  };
}

function cmdline(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** Pids of live (non-zombie) processes whose command line mentions `text`. */
export function processesMentioning(text: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && cmdline(name).includes(text))
    .map(Number)
    .filter((pid) => pid !== process.pid);
}

function stat(pid: number): { state: string; ppid: number; pgrp: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, ppid, pgrp] = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: state ?? '', ppid: Number(ppid), pgrp: Number(pgrp) };
  } catch {
    return null;
  }
}

/**
 * Chromium main processes using a profile folder in `tmpDir`: of the
 * processes naming it, those whose parent does not (helpers carry the
 * browser's command line between fork and exec, then `--type=`).
 */
export function browserPids(tmpDir: string): number[] {
  const all = processesMentioning(`--user-data-dir=${tmpDir}/`);
  return all.filter((pid) => {
    const ppid = stat(pid)?.ppid;
    return ppid !== undefined && !all.includes(ppid);
  });
}

/** Pids of live (non-zombie) processes in process group `pgid`. */
export function groupMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      const info = stat(pid);
      return info !== null && info.pgrp === pgid && info.state !== 'Z';
    });
}

/** Profile folders left in `tmpDir`. */
export function profileDirs(tmpDir: string): string[] {
  return readdirSync(tmpDir).filter((name) => name.startsWith('rotation-brief-chromium-'));
}

/** Poll `check` every 100 ms until it is true or `ms` passed; returns its last value. */
export async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (check()) return true;
    await sleep(100);
  }
  return check();
}
