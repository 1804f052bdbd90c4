/**
 * The bundle `npm run brief` runs (scripts/build.mjs: dependencies bundled in, lazy chunks) writes
 * the same bytes as the source run through tsx: brief.html, stats.json and, since the metadata
 * pass pins Chromium's clock, brief.pdf. A bundling mistake (a CommonJS global missing, a
 * dependency that reads files beside itself, a chunk not found) fails here, not in a user's run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
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

  it('loads the email, provider and check stacks only on demand: not in its static imports', () => {
    // Every file the entry reaches through static imports (bundled chunks), and the packages
    // they import from node_modules at start.
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/^(?:import|export)\b[^;]*?from\s*"([^"]+)"/gm)) {
        if (spec!.startsWith('.')) visit(path.join(path.dirname(file), spec!));
        else if (!isBuiltin(spec!)) packages.add(spec!);
      }
    };
    visit(path.join(bundleDir, 'brief.mjs'));
    expect(seen.size).toBeGreaterThan(1);
    // One small module of nodemailer (its address parser, for checking addresses) is all of the
    // email stack a brief loads; juice, the rasterizer, the providers and puppeteer wait.
    expect([...packages].sort()).toEqual(['nodemailer/lib/addressparser']);
    const entry = readFileSync(path.join(bundleDir, 'brief.mjs'), 'utf8');
    expect(entry).toMatch(/import\("\.\/chunks\/sendBrief-[A-Z0-9]+\.mjs"\)/);
  });

  it('runs the commands whose code is in chunks: check and send --dry-run', async () => {
    const bin = path.join(bundleDir, 'brief.mjs');
    const out = path.join(outs, 'bundle');
    const check = await run(process.execPath, [bin, 'check', '--out', out], {
      cwd: REPO,
      env: ENV,
    });
    expect(check.stdout).toMatch(/: 0 problems, /);
    const outbox = path.join(outs, 'outbox');
    const send = ['send', '--date', DATE, '--out', out, '--dry-run', '--outbox', outbox];
    const sent = await run(process.execPath, [bin, ...send], { cwd: REPO, env: ENV });
    expect(sent.stdout + sent.stderr).toContain(`wrote ${path.join(outbox, `${DATE}.eml`)}`);
    const eml = readFileSync(path.join(outbox, `${DATE}.eml`), 'utf8');
    expect(eml).toMatch(/^Content-Type: application\/pdf; name=/m);
    expect(eml).toMatch(/^Content-Type: image\/png/m); // the charts, rasterized by resvg
  }, 60_000);
});
