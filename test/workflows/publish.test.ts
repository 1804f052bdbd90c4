/**
 * Publishing under a race, against a local bare repository: the workflow's "Commit and push" step
 * (.github/scripts/publish.sh) while someone else pushes a commit touching the generated
 * index.html, feed.xml and manifest.json. The push is rejected once, then lands on top of theirs
 * with an index listing every brief (the real `brief index`). A data file changed by the other
 * side is not overwritten. A retried publish of the same outputs commits nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, scratchData } from '../helpers/cliHarness.js';
import { listedBriefs } from '../helpers/archiveDates.js';
import { bundleCli, removeBundle } from './bundledCli.js';
import { git, runStep, stub, type Sandbox } from './stepRunner.js';

const RELEASES = 'https://github.com/me/rb/releases/download';

let CLI = ''; // the CLI bundled once (as `npm run brief` does)
let briefs = ''; // a reports folder holding briefs of 2026-08-19, -20 and -21 (HTML only)

beforeAll(async () => {
  CLI = await bundleCli('brief');
  const s = scratchData();
  for (const d of ['2026-08-19', '2026-08-20', '2026-08-21']) {
    const r = await runCli(['--date', d, '--data', s.data, '--out', s.out, '--no-pdf']);
    expect(r.code, r.stderr).toBe(0);
  }
  briefs = s.out;
});

afterAll(() => removeBundle(CLI));

const copyBrief = (date: string, repo: string) =>
  cpSync(path.join(briefs, '2026', date), path.join(repo, 'reports/2026', date), {
    recursive: true,
  });

/** The real CLI in `cwd` (its templates/ and reports/). */
function brief(cwd: string, args: string[]): void {
  const env = { ...process.env, ROTATION_BRIEF_CACHE: 'off' };
  const p = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
  if (p.status !== 0) throw new Error(`brief ${args.join(' ')}: ${p.stderr}`);
}

/**
 * remote.git holds the 08-19 brief and its index; `run` is the workflow's checkout (at BASE) and
 * its stage holds the new 08-21 brief and an updated data file; `other` has a commit ready that
 * adds the 08-20 brief and regenerates the index, pushed while the run is publishing.
 */
function world(otherChangesData: boolean) {
  const root = mkdtempSync(path.join(tmpdir(), 'publish-race-'));
  const remote = path.join(root, 'remote.git');
  git(root, ['init', '-q', '--bare', '-b', 'main', remote]);
  const seed = path.join(root, 'seed');
  git(root, ['clone', '-q', remote, seed]);
  cpSync(path.join(REPO, 'templates/archive'), path.join(seed, 'templates/archive'), {
    recursive: true,
  });
  cpSync(path.join(REPO, '.github/scripts'), path.join(seed, '.github/scripts'), {
    recursive: true,
  });
  mkdirSync(path.join(seed, 'data/closes'), { recursive: true });
  writeFileSync(path.join(seed, 'data/closes/RUT.csv'), 'date,close\n2026-08-19,1\n');
  writeFileSync(path.join(seed, '.gitignore'), 'reports/*/\n');
  copyBrief('2026-08-19', seed);
  // Tracked by an earlier version of the workflow: publishing stops tracking it (in the releases).
  writeFileSync(path.join(seed, 'reports/2026/2026-08-19/brief.pdf'), '%PDF-1.7 old');
  brief(seed, ['index']);
  git(seed, ['add', '-A', '-f', '.']);
  git(seed, ['commit', '-q', '-m', 'seed']);
  git(seed, ['push', '-q', 'origin', 'main']);
  const base = git(seed, ['rev-parse', 'HEAD']);

  const other = path.join(root, 'other');
  git(root, ['clone', '-q', remote, other]);
  copyBrief('2026-08-20', other);
  brief(other, ['index']);
  if (otherChangesData)
    writeFileSync(path.join(other, 'data/closes/RUT.csv'), 'date,close\n2026-08-19,0.5\n');
  git(other, ['add', '-A', '-f', '.']);
  git(other, ['commit', '-q', '-m', 'someone else publishes 2026-08-20']);

  const run = path.join(root, 'run');
  git(root, ['clone', '-q', remote, run]);
  const sb: Sandbox = { dir: run, temp: path.join(root, 'temp'), bin: path.join(root, 'bin') };
  mkdirSync(sb.bin);
  const stage = path.join(sb.temp, 'stage');
  mkdirSync(path.join(stage, 'reports/2026'), { recursive: true });
  cpSync(path.join(briefs, '2026/2026-08-21'), path.join(stage, 'reports/2026/2026-08-21'), {
    recursive: true,
  });
  writeFileSync(path.join(stage, 'reports/2026/2026-08-21/brief.pdf'), '%PDF-1.7 new');
  mkdirSync(path.join(stage, 'data/closes'), { recursive: true });
  writeFileSync(
    path.join(stage, 'data/closes/RUT.csv'),
    'date,close\n2026-08-19,1\n2026-08-21,2\n',
  );
  // `brief`, as publish.sh runs it: the first call lets the other side push first (the race).
  stub(
    sb,
    'brief-race',
    `if [ ! -e "${root}/raced" ]; then touch "${root}/raced"; git -C "${other}" push -q origin main; fi
exec "${process.execPath}" "${CLI}" "$@"`,
  );
  return { root, remote, run, other, base, sb };
}

function publish(w: ReturnType<typeof world>) {
  return runStep(w.sb, 'publish', 'Commit and push', {
    BASE: w.base,
    PUBLISH_BRANCH: 'main',
    PUBLISH_WAIT: '0',
    BRIEF: path.join(w.sb.bin, 'brief-race'),
    ROTATION_BRIEF_RELEASES_URL: RELEASES,
  });
}

function remoteClone(w: { root: string; remote: string }): string {
  const check = path.join(w.root, `check-${Date.now()}-${Math.random()}`);
  git(w.root, ['clone', '-q', w.remote, check]);
  return check;
}

function remoteFile(w: { root: string; remote: string }, file: string): string {
  return readFileSync(path.join(remoteClone(w), file), 'utf8');
}

describe('publish.sh: a push that races another push', () => {
  it('is rejected once, then lands on top of theirs with every brief in the index', () => {
    const w = world(false);
    const r = publish(w);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toMatch(/push rejected on attempt 1 of 5/);
    expect(r.stdout).toMatch(/pushed [0-9a-f]+ \(Brief 2026-08-21\) to main on attempt 2/);
    const clone = remoteClone(w);
    const listed = listedBriefs(path.join(clone, 'reports'));
    expect(listed.map((b) => b.date)).toEqual(['2026-08-21', '2026-08-20', '2026-08-19']);
    // No PDF in git, the one tracked before included; the pages link the release assets.
    expect(git(clone, ['ls-files', '*.pdf'])).toBe('');
    expect(listed.map((b) => b.files.pdf)).toEqual(
      ['2026-08-21', '2026-08-20', '2026-08-19'].map(
        (d) => `${RELEASES}/briefs-2026/rotation-brief-${d}.pdf`,
      ),
    );
    const index = readFileSync(path.join(clone, 'reports/2026/index.html'), 'utf8');
    for (const d of ['2026-08-19', '2026-08-20', '2026-08-21']) {
      expect(index).toContain(`${d}/brief.html`);
      expect(index).toContain(`${RELEASES}/briefs-2026/rotation-brief-${d}.pdf`);
    }
    expect(index).not.toMatch(/^(<<<<<<<|>>>>>>>)/m);
    expect(remoteFile(w, 'data/closes/RUT.csv')).toBe('date,close\n2026-08-19,1\n2026-08-21,2\n');
    // their commit is kept: it is an ancestor of the branch
    const theirs = git(w.other, ['rev-parse', 'HEAD']);
    git(w.run, ['fetch', '-q', 'origin']);
    git(w.run, ['merge-base', '--is-ancestor', theirs, 'origin/main']);
    expect(r.summary).toMatch(/pushed/);

    // a retried run publishing the same outputs commits nothing
    const head = git(w.run, ['rev-parse', 'origin/main']);
    const again = publish(w);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing new to publish on main/);
    git(w.run, ['fetch', '-q', 'origin']);
    expect(git(w.run, ['rev-parse', 'origin/main'])).toBe(head);
  });

  it('does not overwrite a data file the other side changed: red, file named', () => {
    const w = world(true);
    const r = publish(w);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::publish: data\/closes\/RUT.csv changed on main since/);
    expect(remoteFile(w, 'data/closes/RUT.csv')).toBe('date,close\n2026-08-19,0.5\n');
  });
});
