/**
 * Kill tests with real Chromium (issue 11): the real CLI, as a child process, is stopped with
 * SIGTERM or SIGKILL at several points of a rerun of one brief and of a backfill. A stopped
 * rerun leaves the previous complete brief byte-identical; SIGTERM exits 143 and leaves no
 * browser behind; after SIGKILL, `brief check` reaps the orphaned browser profile and passes,
 * and a rerun completes. In the end no Chromium process or profile folder of any run is left.
 *
 * Each child runs with TMPDIR set to a scratch folder, so its Chromium profile folder
 * (rotation-brief-chromium-<pid>-*) and processes can be found and counted.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cliHarness.js';
import { manifestDates as listedDates } from '../helpers/archiveDates.js';
import { startCli, type ChildExit } from '../helpers/childCli.js';
import { processesMentioning } from '../deliver/browser/chromiumHarness.js';

const DATA = path.join(REPO, 'data');
const TEMPLATES = path.join(REPO, 'templates');
const DATE = '2026-08-21';

/** Hash of every file under `dir` (relative path + bytes). */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(path.relative(dir, p)).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

function scratch() {
  const root = mkdtempSync(path.join(tmpdir(), 'brief-signal-'));
  const tmp = mkdtempSync(path.join(root, 'tmp-'));
  return { root, out: path.join(root, 'reports'), tmp };
}

const common = (out: string) => ['--data', DATA, '--templates', TEMPLATES, '--out', out];

/** Chromium processes and profile folders of our runs in `tmp`. */
function leftovers(tmp: string): { processes: number[]; profiles: string[] } {
  return {
    processes: processesMentioning(`--user-data-dir=${tmp}/rotation-brief-chromium-`),
    profiles: readdirSync(tmp).filter((n) => n.startsWith('rotation-brief-chromium-')),
  };
}

/** Waits (up to 10 s) until no Chromium process of ours runs in `tmp`. */
async function browsersGone(tmp: string): Promise<number[]> {
  for (let k = 0; k < 100 && leftovers(tmp).processes.length > 0; k++) await sleep(100);
  return leftovers(tmp).processes;
}

async function run(args: string[], tmp: string): Promise<ChildExit> {
  return startCli(args, { TMPDIR: tmp }).done;
}

/** Hidden temporary folders of interrupted writes in OUT/2026. */
const temporaries = (out: string) =>
  readdirSync(path.join(out, '2026')).filter((n) => /^\.\d{4}-\d\d-\d\d\.(tmp|old)-/.test(n));

describe('SIGTERM and SIGKILL during a rerun of one brief', () => {
  it(
    'keep the previous complete brief exactly; SIGTERM exits 143; check and a rerun then pass',
    { timeout: 240_000 },
    async () => {
      const { out, tmp } = scratch();
      const first = await run(['--date', DATE, ...common(out)], tmp);
      expect(first.code, first.stderr).toBe(0);
      const dir = path.join(out, '2026', DATE);
      expect(existsSync(path.join(dir, 'brief.pdf'))).toBe(true);
      const before = treeHash(dir);

      for (const point of [/Loading \d+ series/, /Computing figures/, /Printing PDF in Chromium/]) {
        const child = startCli(['--date', DATE, ...common(out)], { TMPDIR: tmp });
        await child.waitFor(point);
        child.kill('SIGTERM');
        const r = await child.done;
        expect(r.code, `${point}: ${r.stderr}`).toBe(143);
        expect(r.stderr).toMatch(/brief: interrupted by SIGTERM: nothing written for 2026-08-21/);
        expect(treeHash(dir), `${point}`).toBe(before);
        expect(temporaries(out)).toEqual([]);
        expect(await browsersGone(tmp)).toEqual([]);
        expect(leftovers(tmp).profiles, `${point}`).toEqual([]);
      }

      // SIGKILL while printing: nothing swapped in, Chromium dies with its parent; the profile
      // folder it leaves is reaped by check, which passes.
      const killed = startCli(['--date', DATE, ...common(out)], { TMPDIR: tmp });
      await killed.waitFor(/Printing PDF in Chromium/);
      killed.kill('SIGKILL');
      expect((await killed.done).signal).toBe('SIGKILL');
      expect(treeHash(dir)).toBe(before);
      const check = await run(['check', ...common(out)], tmp);
      expect(check.code, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toMatch(/0 problems/);
      expect(await browsersGone(tmp)).toEqual([]);
      expect(leftovers(tmp).profiles).toEqual([]);

      const again = await run(['--date', DATE, ...common(out)], tmp);
      expect(again.code, again.stderr).toBe(0);
      expect(readdirSync(dir).sort()).toEqual([
        'brief.html',
        'brief.pdf',
        'stats.json',
        'summary.json',
      ]);
      expect(leftovers(tmp)).toEqual({ processes: [], profiles: [] });
    },
  );
});

describe('SIGTERM and SIGKILL during a backfill with PDFs', () => {
  it(
    'SIGTERM stops at once and archives what was built; after SIGKILL, check passes and a rerun completes',
    { timeout: 300_000 },
    async () => {
      const { out, tmp } = scratch();
      const args = [
        'backfill',
        '--from',
        '2026-07-20',
        '--to',
        DATE,
        '--jobs',
        '2',
        ...common(out),
      ];
      const manifestDates = () => listedDates(out);

      const first = startCli(args, { TMPDIR: tmp });
      await first.waitFor(/(2026-\d\d-\d\d built[\s\S]*){3}/);
      first.kill('SIGTERM');
      const stopped = Date.now();
      const r = await first.done;
      expect(Date.now() - stopped).toBeLessThan(15_000);
      expect(r.code, r.stderr).toBe(143);
      expect(r.stdout).toMatch(
        /Backfill: (\d+) built, 0 skipped \(unchanged\), 0 failed, (\d+) not built \(stopped\)/,
      );
      expect(r.stderr).toMatch(/interrupted by SIGTERM: \d+ brief\(s\) built and archived/);
      expect(r.stderr).not.toMatch(/HTML still written|was still written/);
      const built = readdirSync(path.join(out, '2026')).filter((n) => /^\d{4}-\d\d-\d\d$/.test(n));
      expect(built.length).toBeGreaterThanOrEqual(3);
      expect(manifestDates().sort()).toEqual(built.sort());
      for (const d of built)
        expect(existsSync(path.join(out, '2026', d, 'brief.pdf')), d).toBe(true);
      expect(temporaries(out)).toEqual([]);
      expect(await browsersGone(tmp)).toEqual([]);
      expect(leftovers(tmp).profiles).toEqual([]);

      const second = startCli([...args, '--force'], { TMPDIR: tmp });
      await second.waitFor(/(2026-\d\d-\d\d built[\s\S]*){2}/);
      second.kill('SIGKILL');
      expect((await second.done).signal).toBe('SIGKILL');
      const check = await run(['check', ...common(out)], tmp);
      expect(check.code, check.stdout + check.stderr).toBe(0);
      expect(await browsersGone(tmp)).toEqual([]);
      expect(leftovers(tmp).profiles).toEqual([]);

      const third = await run(args, tmp);
      expect(third.code, third.stderr).toBe(0);
      const all = readdirSync(path.join(out, '2026')).filter((n) => /^\d{4}-\d\d-\d\d$/.test(n));
      // Every session of 2026-07-20 (Mon)..2026-08-21 (Fri): 5 weeks of 5 weekdays, no holiday.
      expect(all).toHaveLength(25);
      expect(all[0]).toBe('2026-07-20');
      expect(manifestDates().sort()).toEqual(all.sort());
      expect(temporaries(out)).toEqual([]);
      expect(leftovers(tmp)).toEqual({ processes: [], profiles: [] });
    },
  );
});
