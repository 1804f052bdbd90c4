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

// Preloaded into a run: reports every source map file it reads (node reads them through fs).
const MAP_READS = `import fs from 'node:fs';
const read = fs.readFileSync;
fs.readFileSync = (f, ...rest) => {
  if (String(f).endsWith('.map')) process.stderr.write('READ ' + f + '\\n');
  return read(f, ...rest);
};`;

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
    // Every file a run loads at start: the entry's static imports, and the two modules it
    // imports at once (main and realEffects, loaded after --debug has turned source maps on),
    // with theirs; and the packages they import from node_modules.
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
    const entryFile = path.join(bundleDir, 'brief.mjs');
    const entry = readFileSync(entryFile, 'utf8');
    const atStart = [...entry.matchAll(/import\("(\.\/chunks\/(?:main|realEffects)-\w+\.mjs)"\)/g)];
    expect(atStart.map((m) => path.basename(m[1]!).split('-')[0]).sort()).toEqual([
      'main',
      'realEffects',
    ]);
    visit(entryFile);
    for (const m of atStart) visit(path.join(bundleDir, m[1]!));
    expect(seen.size).toBeGreaterThan(3);
    // One small module of nodemailer (its address parser, for checking addresses) is all of the
    // email stack a brief loads; juice, the rasterizer, the providers and puppeteer wait.
    expect([...packages].sort()).toEqual(['nodemailer/lib/addressparser']);
    const loaded = [...seen].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(loaded).toMatch(/import\("\.\/(?:chunks\/)?sendBrief-[A-Z0-9]+\.mjs"\)/);
  });

  it('names src/ files in a stack trace with --debug, and reads no source map without it', async () => {
    const bin = path.join(bundleDir, 'brief.mjs');
    const args = [bin, '--data', path.join(outs, 'no-such-data'), '--no-pdf', '--out', outs];
    const fail = (extra: string[]) =>
      run(process.execPath, [...args, ...extra], { cwd: REPO, env: ENV }).then(
        () => expect.unreachable('the run should fail'),
        (e: { code: number; stderr: string }) => e,
      );
    const [debug, plain] = await Promise.all([fail(['--debug']), fail([])]);
    expect(debug.code).toBe(plain.code);
    // The stack's frames are mapped back to the TypeScript sources, not the bundle's chunks.
    expect(debug.stderr).toMatch(/^\s+at .*src\/ingest\/universe\.ts:\d+:\d+\)?$/m);
    // (All but the entry file's own frame: it is loaded before --debug is read.)
    const frames = debug.stderr.split('\n').filter((l) => /^\s+at /.test(l));
    expect(frames.filter((l) => l.includes('chunks/'))).toEqual([]);
    expect(frames.filter((l) => l.includes('/src/cli/')).length).toBeGreaterThan(2);
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    // Without --debug, the bundle's source maps are not even read (process.setSourceMapsEnabled
    // only when asked), which is what keeps a run's start-up free of them.
    const probe = await run(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(MAP_READS)}`, bin, '--version'],
      { cwd: REPO, env: ENV },
    );
    expect(probe.stdout).toMatch(/\d+\.\d+\.\d+/);
    expect(probe.stderr).not.toContain('READ');
  }, 60_000);

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
