/**
 * Faults of the environment rather than of the input: a reports folder that cannot be written,
 * and a browser that crashes while printing.
 *
 * Printing retries once on a browser failure (src/cli/briefFiles.ts): a page that crashed
 * ("Target closed") prints on the second try; a second failure ends the run with exit 5 after the
 * HTML, stats.json and summary.json are written, and no PDF. An error that is the brief's fault
 * (a template error, e.g. an external resource) is not retried.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openChromiumPrinter, type OpenPrinter } from '../../src/deliver/pdfPrinter.js';
import { BriefError } from '../../src/errors.js';
import { fakePrinter, REPO, runCli, scratchData, treeHash } from '../helpers/cliHarness.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const DATA = path.join(REPO, 'data');
const TEMPLATES = path.join(REPO, 'templates');

/** Every path under `dir` (files and folders), relative, sorted. */
function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      out.push(path.join(rel, e.name));
      if (e.isDirectory()) walk(path.join(d, e.name), path.join(rel, e.name));
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out.sort();
}

describe('the reports folder cannot be written: exit 7, one line, nothing partial', () => {
  it(
    isRoot
      ? '--out under a regular file (ENOTDIR: chmod does not stop root)'
      : '--out is read-only (chmod 0o500)',
    async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'brief-fault-'));
      let out: string;
      if (isRoot) {
        writeFileSync(path.join(root, 'file.txt'), 'a regular file\n');
        out = path.join(root, 'file.txt', 'reports');
      } else {
        out = path.join(root, 'reports');
        mkdirSync(out);
        chmodSync(out, 0o500);
      }
      const before = treeHash(root);
      const treeBefore = listTree(root);
      const r = await runCli([
        '--date',
        '2026-08-21',
        '--no-pdf',
        '--data',
        DATA,
        '--templates',
        TEMPLATES,
        '--out',
        out,
      ]);
      if (!isRoot) chmodSync(out, 0o700);
      expect(r.code, r.stderr).toBe(7);
      const lines = r.stderr.split('\n').filter((l) => l.startsWith('brief: '));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          // the first write: the history file the brief names (written before its folder)
          `^brief: error: cannot write ${out.replace(/[.]/g, '\\.')}/(2026/2026-08-21|history/[a-z0-9-]+\\.json): ${isRoot ? 'ENOTDIR' : 'EACCES'}`,
        ),
      );
      expect(r.stderr).toMatch(/hint: check that the --out folder exists and is writable/);
      expect(r.stdout).not.toMatch(/Wrote/);
      expect(treeHash(root)).toBe(before);
      expect(listTree(root)).toEqual(treeBefore); // no folder either, hidden temporary ones included
    },
  );
});

/** A printer whose first `failures` prints throw what `fail` returns, then prints with `base`. */
function flakyPrinter(
  base: OpenPrinter,
  failures: number,
  fail: () => unknown,
): { open: OpenPrinter; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    open: async () => {
      const p = await base();
      return {
        print: async (html, options) => {
          calls++;
          if (calls <= failures) throw fail();
          return p.print(html, options);
        },
        close: () => p.close(),
        kill: () => p.kill(),
      };
    },
  };
}

const targetClosed = () => new Error('Protocol error (Page.printToPDF): Target closed');

describe('the browser crashes while printing', () => {
  it('fails once, then prints: exit 0 and a PDF', async () => {
    const { data, out } = scratchData();
    const printer = flakyPrinter(fakePrinter, 1, targetClosed);
    const r = await runCli(['--date', '2026-01-22', '--data', data, '--out', out], {
      printer: printer.open,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(printer.calls()).toBe(2);
    const dir = path.join(out, '2026/2026-01-22');
    expect(readFileSync(path.join(dir, 'brief.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dir).sort()).toEqual([
      'brief.html',
      'brief.pdf',
      'stats.json',
      'summary.json',
    ]);
  });

  it('fails twice: exit 5, one line, the HTML and JSON written, no PDF', async () => {
    const { data, out } = scratchData();
    const printer = flakyPrinter(fakePrinter, 2, targetClosed);
    const r = await runCli(['--date', '2026-01-22', '--data', data, '--out', out], {
      printer: printer.open,
    });
    expect(r.code, r.stderr).toBe(5);
    expect(printer.calls()).toBe(2); // retried once, not more
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('brief: '));
    expect(lines).toEqual([
      'brief: error: printing the PDF failed: Protocol error (Page.printToPDF): Target closed',
    ]);
    expect(r.stderr).toMatch(/The HTML brief for 2026-01-22 was written without its PDF/);
    expect(r.stderr).toMatch(/hint: a browser failure is retried once; rerun to print the PDF/);
    const dir = path.join(out, '2026/2026-01-22');
    expect(readdirSync(dir).sort()).toEqual(['brief.html', 'stats.json', 'summary.json']);
    expect(readFileSync(path.join(dir, 'brief.html'), 'utf8')).toContain('January 22, 2026');
    expect(JSON.parse(readFileSync(path.join(dir, 'stats.json'), 'utf8'))).toMatchObject({
      date: '2026-01-22',
    });
    expect(readdirSync(path.join(out, '2026')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('a template error from the printer (an external resource) is not retried: exit 6', async () => {
    const { data, out } = scratchData();
    const printer = flakyPrinter(
      fakePrinter,
      5,
      () =>
        new BriefError(
          'template',
          'the brief tried to load 1 external resource(s), e.g. https://example.com/x.png',
        ),
    );
    const r = await runCli(['--date', '2026-01-22', '--data', data, '--out', out], {
      printer: printer.open,
    });
    expect(r.code, r.stderr).toBe(6);
    expect(printer.calls()).toBe(1);
    expect(r.stderr).toMatch(/^brief: error: the brief tried to load 1 external resource/m);
  });

  it('a backfill retries each brief once and builds them all', async () => {
    const { data, out } = scratchData();
    let calls = 0;
    // every other print fails: each brief's first try fails and its retry prints
    const alternating: OpenPrinter = async () => {
      const p = await fakePrinter();
      return {
        print: async (html, options) => {
          if (calls++ % 2 === 0) throw targetClosed();
          return p.print(html, options);
        },
        close: () => p.close(),
        kill: () => p.kill(),
      };
    };
    const r = await runCli(
      [
        'backfill',
        '--from',
        '2026-08-17',
        '--to',
        '2026-08-19',
        '--jobs',
        '1',
        '--data',
        data,
        '--out',
        out,
      ],
      { printer: alternating },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Backfill: 3 built, 0 skipped \(unchanged\), 0 failed/);
    expect(calls).toBe(6);
    for (const d of ['2026-08-17', '2026-08-18', '2026-08-19'])
      expect(existsSync(path.join(out, '2026', d, 'brief.pdf'))).toBe(true);
  });

  it('real Chromium dying before the print: retried, then exit 5 with the HTML written', async () => {
    const { data, out } = scratchData();
    const real = openChromiumPrinter({
      env: process.env,
      exists: existsSync,
      isRoot,
      tmpDir: tmpdir(),
      ownerPid: process.pid,
    });
    // The browser is closed (as if it crashed) just before the first print.
    const crashing: OpenPrinter = async () => {
      const p = await real();
      let crashed = false;
      return {
        print: async (html, options) => {
          if (!crashed) {
            crashed = true;
            await p.close();
          }
          return p.print(html, options);
        },
        close: () => p.close(),
        kill: () => p.kill(),
      };
    };
    const r = await runCli(['--date', '2026-01-22', '--data', data, '--out', out], {
      printer: crashing,
      env: process.env as Record<string, string>,
    });
    expect(r.code, r.stderr).toBe(5);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('brief: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^brief: error: printing the PDF failed: /);
    const dir = path.join(out, '2026/2026-01-22');
    expect(readdirSync(dir).sort()).toEqual(['brief.html', 'stats.json', 'summary.json']);
  });
});
