/**
 * What no linter checks in the workflows: every step fails on a failing pipe, scripts take no
 * `${{ }}` (inputs come through env), actions are pinned to commits, each job has only the
 * permissions it needs, the schedule has retries before New York midnight, manual runs do not
 * email by default; and shellcheck passes on the scripts and on every `run:` block.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNPUBLISHED } from '../../src/cli/runCatchUp.js';
import { REPO } from '../helpers/cliHarness.js';
import { loadWorkflow, shellOf, WORKFLOWS, type Workflow } from './stepRunner.js';

const FILES = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const runSteps = (wf: Workflow) =>
  Object.entries(wf.jobs).flatMap(([job, j]) =>
    j.steps.filter((s) => s.run !== undefined).map((s) => ({ job, s })),
  );
const daily = loadWorkflow('daily-brief.yml');

describe.each(FILES)('%s', (file) => {
  const wf = loadWorkflow(file);
  it('every run step uses `shell: bash` (-eo pipefail), not the default bash -e', () => {
    const loose = runSteps(wf).filter(({ job, s }) => shellOf(wf, job, s) !== 'bash');
    expect(loose.map(({ job, s }) => `${job}: ${s.name ?? s.run}`)).toEqual([]);
  });
  it('no ${{ }} expression inside a run script (script injection): inputs come through env', () => {
    const bad = runSteps(wf).filter(({ s }) => (s.run as string).includes('${{'));
    expect(bad.map(({ job, s }) => `${job}: ${s.name ?? s.run}`)).toEqual([]);
  });
  it('every action is pinned to a full commit SHA, with its tag in a comment', () => {
    const uses = readFileSync(path.join(WORKFLOWS, file), 'utf8')
      .split('\n')
      .filter((l) => /^\s*(- )?uses:/.test(l));
    expect(uses.length).toBeGreaterThan(0);
    for (const l of uses)
      expect(l).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
  it('the workflow grants nothing itself; a checkout keeps no token unless its job pushes', () => {
    expect(Object.keys(wf.permissions ?? { unset: 1 })).toEqual(
      file === 'ci.yml' ? ['contents'] : [],
    );
    for (const [name, job] of Object.entries(wf.jobs)) {
      for (const s of job.steps.filter((x) => x.uses?.startsWith('actions/checkout@'))) {
        expect([name, s.with?.['persist-credentials']]).toEqual([
          name,
          name === 'publish' ? undefined : false,
        ]);
      }
    }
  });
  it('shellcheck passes on every run block', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shellcheck-'));
    const files = runSteps(wf).map(({ job, s }, k) => {
      const f = path.join(dir, `${job}-${k}.sh`);
      writeFileSync(f, `#!/usr/bin/env bash\n${s.run as string}`);
      return f;
    });
    const r = spawnSync('shellcheck', ['-S', 'style', ...files], { encoding: 'utf8' });
    expect(r.error, 'shellcheck not installed (apt-get install shellcheck)').toBeUndefined();
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('daily-brief.yml', () => {
  it('each job has only the permissions it needs', () => {
    const perms = Object.fromEntries(
      Object.entries(daily.jobs).map(([n, j]) => [n, j.permissions ?? null]),
    );
    expect(perms).toEqual({
      build: { contents: 'read' },
      email: { contents: 'read' },
      publish: { contents: 'write' },
      deploy: { pages: 'write', 'id-token': 'write' },
      report: { contents: 'read', issues: 'write' },
    });
  });
  it('PDFs reach the releases before the commit whose pages link them; Pages gets the site', () => {
    const publish = daily.jobs.publish?.steps.map((s) => s.name) ?? [];
    expect(publish.indexOf('Upload the PDFs to the yearly releases')).toBeGreaterThan(-1);
    expect(publish.indexOf('Upload the PDFs to the yearly releases')).toBeLessThan(
      publish.indexOf('Commit and push'),
    );
    const pages = daily.jobs.build?.steps.find((s) => s.name === 'Prepare the Pages site');
    expect(pages?.with?.path).toBe('${{ runner.temp }}/site');
    expect(daily.env?.ROTATION_BRIEF_RELEASES_URL).toBe(
      '${{ github.server_url }}/${{ github.repository }}/releases/download',
    );
  });
  it('email and Pages do not wait for the push', () => {
    expect(daily.jobs.email?.needs).toBe('build');
    expect(daily.jobs.deploy?.needs).toBe('build');
    expect(daily.jobs.publish?.needs).toEqual(['build', 'email']);
  });
  it('a primary run and two retries, off the hour, all before New York midnight', () => {
    const crons = (daily.on.schedule as { cron: string }[]).map((c) => c.cron);
    expect(crons).toHaveLength(3);
    for (const c of crons) {
      const [min, hour] = c.split(' ').map(Number) as [number, number];
      expect(min).not.toBe(0);
      // after the close in winter (16:00 EST = 21:00 UTC); before midnight EDT (04:00 UTC)
      const t = ((hour + 3) % 24) * 60 + min; // minutes since 21:00 UTC
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThan(7 * 60);
      expect(c.endsWith(hour < 21 ? '* * 2-6' : '* * 1-5')).toBe(true);
    }
    expect(daily.env?.LAST_RETRY).toBe(crons[2]);
  });
  it('manual runs: no email by default, revisions and provider as inputs', () => {
    const inputs = (
      daily.on.workflow_dispatch as { inputs: Record<string, Record<string, unknown>> }
    ).inputs;
    expect(inputs.email).toMatchObject({ type: 'boolean', default: false });
    expect(inputs['accept-revisions']).toMatchObject({ type: 'boolean', default: false });
    expect(inputs.provider).toMatchObject({ type: 'choice', options: ['yahoo', 'stooq'] });
  });
  it('Node is the current LTS, 24 (tested in ci.yml with the engines floor, 20), and installs run no package scripts', () => {
    const steps = Object.values(daily.jobs).flatMap((j) => j.steps);
    const nodes = steps.filter((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(nodes.map((s) => s.with?.['node-version'])).toEqual(['24', '24', '24']);
    const installs = steps.filter((s) => s.run?.includes('npm ci'));
    for (const s of installs) expect(s.run).toMatch(/npm ci --ignore-scripts/);
    const ci = loadWorkflow('ci.yml');
    const matrix = (ci.jobs.test as unknown as { strategy: { matrix: { node: number[] } } })
      .strategy.matrix.node;
    expect(matrix).toEqual([20, 24]);
    // The backfill runs on the same Node as the daily brief (byte-identical briefs).
    const backfill = Object.values(loadWorkflow('backfill.yml').jobs).flatMap((j) => j.steps);
    const backfillNodes = backfill.filter((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(backfillNodes.map((s) => s.with?.['node-version'])).toEqual(['24', '24', '24']);
  });
  it('the build step looks for the very words catch-up uses for closes not published yet', () => {
    const run = daily.jobs.build?.steps.find((x) => x.id === 'build')?.run ?? '';
    expect(run).toContain(`grep -q '${UNPUBLISHED}' brief.log`);
    expect(run).toContain(`s/.*${UNPUBLISHED} for`);
  });
  it('the browser is the runner’s Google Chrome, never an apt-get chromium', () => {
    const text = readFileSync(path.join(WORKFLOWS, 'daily-brief.yml'), 'utf8');
    expect(text).toContain('ROTATION_BRIEF_CHROME=/usr/bin/google-chrome');
    expect(text).not.toMatch(/apt-get install[^\n]*chromium/);
  });
});

describe('.github/scripts', () => {
  it('shellcheck passes', () => {
    const dir = path.join(REPO, '.github/scripts');
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    const r = spawnSync('shellcheck', ['-S', 'style', ...files], { encoding: 'utf8' });
    expect(r.error, 'shellcheck not installed (apt-get install shellcheck)').toBeUndefined();
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('backfill.yml', () => {
  const wf = loadWorkflow('backfill.yml');
  const text = readFileSync(path.join(WORKFLOWS, 'backfill.yml'), 'utf8');

  it('is started by hand only, with from, to, shards (20) and pdf (yes/no)', () => {
    expect(Object.keys(wf.on)).toEqual(['workflow_dispatch']);
    const inputs = (wf.on.workflow_dispatch as { inputs: Record<string, Record<string, unknown>> })
      .inputs;
    expect(Object.keys(inputs)).toEqual(['from', 'to', 'shards', 'pdf']);
    expect(inputs.shards?.default).toBe('20');
    expect(inputs.pdf).toMatchObject({ type: 'choice', options: ['yes', 'no'], default: 'yes' });
  });

  it('each job has only the permissions it needs; only release and publish can write', () => {
    const perms = Object.fromEntries(
      Object.entries(wf.jobs).map(([n, j]) => [n, j.permissions ?? null]),
    );
    expect(perms).toEqual({
      plan: { contents: 'read' },
      shard: { contents: 'read' },
      merge: { contents: 'read' },
      release: { contents: 'write' },
      publish: { contents: 'write' },
      deploy: { pages: 'write', 'id-token': 'write' },
    });
  });

  it('nothing is published before the check: releases and commits wait for the merge job', () => {
    const merge = wf.jobs.merge?.steps.map((s) => s.name ?? s.uses) ?? [];
    expect(merge.indexOf('Check the merged archive')).toBeGreaterThan(
      merge.indexOf('Merge the shards into the archive'),
    );
    expect(merge.indexOf('Upload the merged briefs')).toBeGreaterThan(
      merge.indexOf('Check the merged archive'),
    );
    expect(wf.jobs.release?.needs).toEqual(['plan', 'merge']);
    expect(wf.jobs.publish?.needs).toEqual(['plan', 'merge', 'release']);
    expect(wf.jobs.publish?.if).toMatch(/needs\.merge\.result == 'success'/);
    expect(wf.jobs.deploy?.needs).toBe('publish');
  });

  it('emails nobody: no send command, no SMTP secret', () => {
    expect(text).not.toMatch(/brief -- send|SMTP|MAIL_(FROM|TO)/);
  });
});
