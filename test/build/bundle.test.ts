/**
 * The bundle `npm run brief` runs (scripts/build.mjs: dependencies bundled in, lazy chunks) writes
 * the same bytes as the source run through tsx: brief.html, stats.json and, since the metadata
 * pass pins Chromium's clock, brief.pdf. A bundling mistake (a CommonJS global missing, a
 * dependency that reads files beside itself, a chunk not found) fails here, not in a user's run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cliHarness.js';

const run = promisify(execFile);
const DATE = '2026-01-22';
const ENV = { ...process.env, CI: '1', TZ: 'UTC', ROTATION_BRIEF_CACHE: 'off' };
const bundleDir = path.join(REPO, `.tmp-bundle-${process.pid}`);
const outs = mkdtempSync(path.join(tmpdir(), 'brief-bundle-'));

const briefFile = (which: string, name: string): Buffer =>
  readFileSync(path.join(outs, which, DATE.slice(0, 4), DATE, name));

describe('the bundled CLI (dist/brief.mjs)', () => {
  beforeAll(async () => {
    const { buildCli } = await import('../../scripts/build.mjs');
    await buildCli(bundleDir);
    const args = (which: string) => ['--date', DATE, '--out', path.join(outs, which)];
    await Promise.all([
      run(process.execPath, [path.join(bundleDir, 'brief.mjs'), ...args('bundle')], {
        cwd: REPO,
        env: ENV,
      }),
      run(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args('source')], {
        cwd: REPO,
        env: ENV,
      }),
    ]);
  }, 120_000);

  afterAll(() => {
    rmSync(bundleDir, { recursive: true, force: true });
    rmSync(outs, { recursive: true, force: true });
  });

  it.each(['brief.html', 'stats.json', 'summary.json', 'brief.pdf'])(
    'writes the same %s as the source',
    (name) => {
      const bundled = briefFile('bundle', name);
      expect(bundled.length).toBeGreaterThan(1000);
      expect(bundled.equals(briefFile('source', name))).toBe(true);
    },
  );

  it('loads the email and provider stacks only on demand (they are chunks or external)', () => {
    const entry = readFileSync(path.join(bundleDir, 'brief.mjs'), 'utf8');
    expect(entry).not.toMatch(/from "(nodemailer|juice|yahoo-finance2)"/);
    expect(entry).toMatch(/import\("\.\/chunks\/sendBrief-[A-Z0-9]+\.mjs"\)/);
  });
});
