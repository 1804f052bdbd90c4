/**
 * Kill test: the real CLI (a child process: node with tsx on src/cli/bin.ts) backfills three
 * months without PDFs and is killed with SIGKILL once a few briefs exist. Every brief folder then
 * visible must be whole (a brief is written to a hidden temporary folder and swapped in with a
 * rename); hidden leftovers are reported by `brief check`, and the next backfill removes them
 * (or puts a previous brief back), builds the rest, skips what was done, and lists every session
 * in the archive.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isSession } from '../../src/calendar/index.js';
import { REPO, runCli, type RunResult } from '../helpers/cliHarness.js';
import { manifestDates } from '../helpers/archiveDates.js';

const FROM = '2026-06-01';
const TO = '2026-08-21';
const DATA = path.join(REPO, 'data');
const TEMPLATES = path.join(REPO, 'templates');

/** Every NYSE session of [from, to]. */
function sessions(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let d = DateTime.fromISO(from, { zone: 'UTC' });
    d.toISODate()! <= to;
    d = d.plus({ days: 1 })
  ) {
    if (isSession(d.toISODate()!)) out.push(d.toISODate()!);
  }
  return out;
}

/** Start the real CLI; resolves with its exit code or signal and its output. */
function startCli(args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO, 'src/cli/bin.ts'), ...args],
    {
      cwd: REPO,
      env: { ...process.env, CI: '1', TZ: 'UTC' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Visible (not hidden) entries of OUT/2026. */
const visibleBriefs = (out: string) =>
  existsSync(path.join(out, '2026'))
    ? readdirSync(path.join(out, '2026')).filter((n) => /^\d{4}-\d\d-\d\d$/.test(n))
    : [];

/** Every path under `dir` with a segment that is not hidden but looks temporary. */
function visibleTemporaries(dir: string): string[] {
  const bad: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue; // hidden: a temporary folder may remain, not visible as a brief
      if (/tmp|\.old/.test(e.name)) bad.push(path.join(d, e.name));
      if (e.isDirectory()) walk(path.join(d, e.name));
    }
  };
  walk(dir);
  return bad;
}

/** `brief check` through the CLI. */
async function runCheckCli(argv: string[]): Promise<RunResult> {
  return runCli(['check', ...argv]);
}

describe('SIGKILL in the middle of a backfill', () => {
  it(
    'leaves whole briefs only; the next run cleans up, completes the rest and indexes every session',
    { timeout: 150_000 },
    async () => {
      const out = mkdtempSync(path.join(tmpdir(), 'brief-kill-'));
      const args = [
        'backfill',
        '--from',
        FROM,
        '--to',
        TO,
        '--no-pdf',
        '--out',
        out,
        '--data',
        DATA,
        '--templates',
        TEMPLATES,
      ];
      const all = sessions(FROM, TO);
      expect(all.length).toBeGreaterThan(50);

      // 1. Start, wait for a few briefs, kill.
      const first = startCli(args);
      const deadline = Date.now() + 60_000;
      while (visibleBriefs(out).length < 4) {
        if (Date.now() > deadline)
          throw new Error(
            `no briefs after 60 s:\n${(await Promise.race([first.done, sleep(10).then(() => null)]))?.stderr ?? ''}`,
          );
        await sleep(20);
      }
      first.child.kill('SIGKILL');
      const killed = await first.done;
      expect(killed.signal).toBe('SIGKILL');

      // 2. Whatever is visible is a whole brief; nothing temporary is visible.
      const present = visibleBriefs(out);
      expect(present.length).toBeGreaterThanOrEqual(4);
      expect(present.length).toBeLessThan(all.length); // killed mid-way
      for (const date of present) {
        expect(all).toContain(date);
        const dir = path.join(out, '2026', date);
        expect(readdirSync(dir).sort()).toEqual([
          'brief.html',
          'inputs.sha256',
          'stats.json',
          'summary.json',
        ]);
        expect(JSON.parse(readFileSync(path.join(dir, 'stats.json'), 'utf8'))).toMatchObject({
          date,
        });
        expect(JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'))).toMatchObject({
          date,
        });
        expect(readFileSync(path.join(dir, 'brief.html'), 'utf8')).toMatch(/<\/html>\s*$/);
        expect(readFileSync(path.join(dir, 'inputs.sha256'), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
      }
      expect(visibleTemporaries(out)).toEqual([]);
      expect(existsSync(path.join(out, 'manifest.json'))).toBe(false); // the archive comes at the end

      // More debris of the kind a kill leaves: an unfinished new brief, and a previous brief moved
      // aside just before the swap (its folder is missing: the next run must put it back).
      const late = all[all.length - 2] as string;
      const tmp = path.join(out, '2026', `.${present[0]}.tmp-deadbeef`);
      const old = path.join(out, '2026', `.${late}.old-cafebabe`);
      mkdirSync(tmp);
      writeFileSync(path.join(tmp, 'brief.html'), '<!doctype html><p>half');
      mkdirSync(old);
      for (const f of ['brief.html', 'stats.json', 'summary.json', 'inputs.sha256'])
        writeFileSync(path.join(old, f), f === 'inputs.sha256' ? `${'0'.repeat(64)}\n` : '{}');
      const hidden = readdirSync(path.join(out, '2026')).filter((n) => n.startsWith('.'));

      // 3. brief check reports the leftovers and the missing archive as warnings: the next run
      // reconciles them, so the check itself passes.
      const check = await runCheckCli(['--data', DATA, '--templates', TEMPLATES, '--out', out]);
      expect(check.code, check.stdout + check.stderr).toBe(0);
      for (const h of hidden)
        expect(check.stdout).toContain(
          `${path.join(out, '2026', h)}: warning: leftover temporary folder of an interrupted run`,
        );
      expect(check.stdout).toContain(
        `${path.join(out, 'manifest.json')}: warning: missing, with ${present.length} brief(s) on disk`,
      );

      // 4. The same backfill again: cleans up, skips what is done, builds the rest.
      const second = await startCli(args).done;
      expect(second.code, second.stderr).toBe(0);
      const summary = /Backfill: (\d+) built, (\d+) skipped \(unchanged\), (\d+) failed/.exec(
        second.stdout,
      );
      expect(summary, second.stdout).not.toBeNull();
      const [built, skipped, failed] = [
        Number(summary?.[1]),
        Number(summary?.[2]),
        Number(summary?.[3]),
      ];
      expect(failed).toBe(0);
      expect(built + skipped).toBe(all.length);
      expect(skipped).toBe(present.length);
      expect(second.stderr).toContain(`Cleanup: removed ${tmp}`);
      expect(second.stderr).toContain(
        `Cleanup: restored ${path.join(out, '2026', late)} from .${late}.old-cafebabe`,
      );
      expect(readdirSync(path.join(out, '2026')).filter((n) => n.startsWith('.'))).toEqual([]);
      expect(visibleBriefs(out).sort()).toEqual(all);
      // the restored stand-in had other inputs: it was rebuilt
      expect(
        JSON.parse(readFileSync(path.join(out, '2026', late, 'stats.json'), 'utf8')),
      ).toMatchObject({ date: late });

      // 5. The archive lists every session, and the whole thing checks clean.
      expect(manifestDates(out).sort()).toEqual(all);
      const index = readFileSync(path.join(out, '2026/index.html'), 'utf8');
      for (const d of all) expect(index).toContain(`${d}/brief.html`);
      const clean = await runCheckCli(['--data', DATA, '--templates', TEMPLATES, '--out', out]);
      expect(clean.code, clean.stdout + clean.stderr).toBe(0);
      expect(clean.stdout).toMatch(
        new RegExp(`${all.length} archived briefs: 0 problems, 0 warnings`),
      );
    },
  );
});
