/**
 * backfill.yml end to end on this machine: its run steps, taken from the YAML (stepRunner.ts),
 * with `npm run -s brief --` running the real CLI and a stub `gh`. The plan checks the inputs and
 * stops at the newest emailed session; three shards of 2025-12-22..2026-01-09 are built (no PDF;
 * the shard step's PDF split is checked with a stub), moved into the archive by `brief merge`,
 * checked, staged, committed a year at a time to a bare repository, and assembled as a Pages
 * site; the summary lists each shard's sessions and time and the sizes.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedBriefs } from '../helpers/archiveDates.js';
import { REPO } from '../helpers/cliHarness.js';
import { bundleCli, removeBundle } from './bundledCli.js';
import { git, runStep, sandbox, stub, type Sandbox } from './stepRunner.js';

const WF = 'backfill.yml';
const RELEASES = 'https://github.com/me/rb/releases/download';
let CLI = '';
beforeAll(async () => {
  CLI = await bundleCli('brief-backfill');
});
afterAll(() => removeBundle(CLI));

const step = (sb: Sandbox, job: string, key: string, env: Record<string, string> = {}) =>
  runStep(sb, job, key, { ROTATION_BRIEF_RELEASES_URL: RELEASES, GH_REPO: 'me/rb', ...env }, WF);

/** A checkout of a repository (pushed to a bare remote) holding the data, templates and scripts. */
function checkout(): Sandbox & { remote: string } {
  const sb = sandbox();
  for (const d of ['data', 'templates'])
    cpSync(path.join(REPO, d), path.join(sb.dir, d), { recursive: true });
  writeFileSync(path.join(sb.dir, '.gitignore'), 'reports/*\n');
  git(sb.dir, ['add', '.']);
  git(sb.dir, ['commit', '-q', '-m', 'data and templates']);
  const remote = path.join(sb.temp, '..', 'remote.git');
  git(sb.temp, ['init', '-q', '--bare', '-b', 'main', remote]);
  git(sb.dir, ['remote', 'add', 'origin', remote]);
  git(sb.dir, ['push', '-q', 'origin', 'main']);
  stub(
    sb,
    'npm',
    `[ "$1 $2 $3 $4" = 'run -s brief --' ] || exit 9\nshift 4\nexec "${process.execPath}" "${CLI}" "$@"`,
  );
  stub(sb, 'gh', 'echo "gh $*" >> "$RUNNER_TEMP/gh.log"; exit 1'); // no release has anything
  return { ...sb, remote };
}

describe('backfill.yml: plan', () => {
  const plan = (sb: Sandbox, env: Record<string, string>) =>
    step(sb, 'plan', 'plan', { FROM: '2025-12-22', TO: '', SHARDS: '3', PDF: 'no', ...env });

  it('checks the inputs and gives the matrix', () => {
    const sb = checkout();
    const ok = plan(sb, {});
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.outputs).toEqual({
      from: '2025-12-22',
      to: '2099-12-31',
      shards: '3',
      pdf: 'no',
      matrix: '[1,2,3]',
    });
    expect(ok.summary).toMatch(
      /backfill: 2025-12-22\.\.2099-12-31, \d+ session\(s\) in the data, on 3 runner\(s\), PDFs: no/,
    );
    // 2026-01-05..2026-01-06: two sessions, so two runners at most
    const few = plan(sb, { FROM: '2026-01-05', TO: '2026-01-06' });
    expect([few.outputs.shards, few.outputs.matrix]).toEqual(['2', '[1,2]']);
    for (const [env, message] of [
      [{ FROM: '22/12/2025' }, "from must be YYYY-MM-DD, got '22/12/2025'"],
      [{ SHARDS: '300' }, 'shards must be a number from 1 to 256'],
      [{ PDF: 'maybe' }, "pdf must be yes or no, got 'maybe'"],
      [{ TO: '2025-01-02' }, 'from 2025-12-22 is after to 2025-01-02'],
      [
        { FROM: '2026-01-03', TO: '2026-01-04' },
        'no session in the data between 2026-01-03 and 2026-01-04',
      ],
    ] as const) {
      const r = plan(sb, env);
      expect([r.code, r.stderr]).toEqual([
        1,
        expect.stringContaining(`::error::backfill: ${message}`),
      ]);
    }
  });

  it('stops at the newest emailed session (else the newest brief): later ones are the daily run’s', () => {
    const sb = checkout();
    mkdirSync(path.join(sb.dir, 'reports/2026/2026-01-09'), { recursive: true });
    expect(plan(sb, {}).outputs.to).toBe('2026-01-09');
    mkdirSync(path.join(sb.dir, 'reports/sent'), { recursive: true });
    writeFileSync(path.join(sb.dir, 'reports/sent/2026-01-05.json'), '{}');
    expect(plan(sb, {}).outputs.to).toBe('2026-01-05');
    const late = plan(sb, { TO: '2026-01-07' });
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('to 2026-01-07 is after 2026-01-05, the newest session emailed');
  });
});

describe('backfill.yml: shard', () => {
  it('records sessions, time and sizes, and moves the PDFs apart for the releases', () => {
    const sb = checkout();
    stub(
      sb,
      'npm',
      `echo "$*" > "$RUNNER_TEMP/npm.args"; out=\${@: -1}; for d in 2026-01-02 2026-01-05; do mkdir -p "$out/2026/$d"; echo x > "$out/2026/$d/brief.html"; echo '%PDF' > "$out/2026/$d/brief.pdf"; done; echo "Backfill: 2 built, 0 skipped (unchanged), 0 failed"`,
    );
    const r = step(sb, 'shard', 'Build this shard', {
      FROM: '2026-01-01',
      TO: '2026-01-09',
      SHARD: '2',
      SHARDS: '3',
      PDF: 'yes',
    });
    expect(r.code, r.stderr).toBe(0);
    const stats = readFileSync(path.join(sb.temp, 'shard/shard-2.txt'), 'utf8');
    expect(stats).toMatch(/^shard=2 sessions=2 seconds=\d+ text_bytes=\d+ pdf_bytes=\d+\n$/);
    expect(existsSync(path.join(sb.temp, 'shard/reports/2026/2026-01-02/brief.pdf'))).toBe(false);
    expect(readdirSync(path.join(sb.temp, 'pdfs/reports/2026')).sort()).toEqual([
      '2026-01-02',
      '2026-01-05',
    ]);
    expect(readFileSync(path.join(sb.temp, 'npm.args'), 'utf8').trim()).toBe(
      `run -s brief -- backfill --from 2026-01-01 --to 2026-01-09 --shard 2/3 --out ${sb.temp}/shard/reports`,
    );
  });
});

describe('backfill.yml: merge, check, publish and the site, with the real CLI', () => {
  it('merges three shards, checks them, commits a year at a time and assembles the site', () => {
    const sb = checkout();
    const range = { FROM: '2025-12-22', TO: '2026-01-09' };
    // The shards, each on "its own runner": built, then "uploaded" as briefs-i.
    for (const i of ['1', '2', '3']) {
      const r = step(sb, 'shard', 'Build this shard', {
        ...range,
        SHARD: i,
        SHARDS: '3',
        PDF: 'no',
      });
      expect(r.code, r.stderr).toBe(0);
      mkdirSync(path.join(sb.temp, 'shards'), { recursive: true });
      renameSync(path.join(sb.temp, 'shard'), path.join(sb.temp, 'shards', `briefs-${i}`));
    }
    const merged = step(sb, 'merge', 'merge');
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(
      /Merge: 13 added, 0 replaced, 0 unchanged \(from 3 folder\(s\) into reports\)/,
    );
    expect(merged.outputs.base).toBe(git(sb.dir, ['rev-parse', 'HEAD']));
    const checked = step(sb, 'merge', 'Check the merged archive');
    expect(checked.code, checked.stdout).toBe(0);
    expect(checked.stdout).toMatch(/13 archived briefs: 0 problems/);
    const report = step(sb, 'merge', 'report');
    expect(report.code, report.stderr).toBe(0);
    expect(report.outputs.report).toMatch(/\| 1 \| 5 \| \d+ min \d+ s \| [\d.]+ MB \| 0\.0 MB \|/);
    expect(report.outputs.report).toContain('- 13 sessions built on 3 runner(s)');
    expect(report.outputs.report).toMatch(
      /archive in the repository \(HTML, stats.json, summary.json, no PDF\): [\d.]+ MB, 13 sessions/,
    );
    const staged = step(sb, 'merge', 'stage', range);
    expect(staged.outputs.staged).toBe('13');

    // The publish job: a fresh checkout of the branch, and the merged briefs from the artifact.
    const pub: Sandbox = { ...sb, dir: path.join(sb.temp, '..', 'publish') };
    git(sb.temp, ['clone', '-q', sb.remote, pub.dir]);
    const pushed = step(pub, 'publish', 'Commit and push, a year at a time', {
      BASE: merged.outputs.base as string,
      PUBLISH_BRANCH: 'main',
      PUBLISH_WAIT: '0',
    });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(git(pub.dir, ['log', '--format=%s', 'origin/main'])).toBe(
      [
        'Briefs 2026-01-02..2026-01-09 (6 sessions)',
        'Briefs 2025-12-22..2025-12-31 (7 sessions)',
        'data and templates',
        'checkout',
      ].join('\n'),
    );
    expect(git(pub.dir, ['ls-files', 'reports/2025']).split('\n')).toContain(
      'reports/2025/2025-12-31/inputs.sha256',
    );
    // The history files the briefs name are committed with them: the 2024 and 2025 calendar
    // years (2025 and 2026 briefs) and the conventions, each with the first year's commit too.
    const history = git(pub.dir, ['ls-files', 'reports/history']).split('\n');
    expect(history.map((f) => f.replace(/-[0-9a-f]{16}\.json$/, ''))).toEqual([
      'reports/history/calendar-years-2024',
      'reports/history/calendar-years-2025',
      'reports/history/conventions',
    ]);
    const site = step(pub, 'publish', 'Assemble the Pages site');
    expect(site.code, site.stderr).toBe(0);
    expect(site.stdout).toContain('site: 13 session(s) in 2 year(s), 0 PDF(s) on the site');
    const pages = listedBriefs(path.join(sb.temp, 'site'));
    expect(pages[0]?.files.pdf).toBe(`${RELEASES}/briefs-2026/rotation-brief-2026-01-09.pdf`);
    const summary = step(pub, 'publish', 'Summary', {
      REPORT: report.outputs.report as string,
      ...range,
      PDF: 'no',
    });
    expect(summary.summary).toContain('- repository: 2 commit(s) of briefs');
    expect(summary.summary).toContain('- Pages: site: 13 session(s)');
  });
});
