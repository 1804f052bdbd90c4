/**
 * Run one node program as a child process and measure it from the outside: wall-clock time from
 * spawn to exit, node's exact peak RSS (scripts/bench/maxRssHook.mjs) and the peaks of the
 * whole process tree, Chromium included (sampled from /proc, see procMem.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths.js';
import { sampleTree, type Peaks, type TreeMemory } from './procMem.js';

const HOOK = pathToFileURL(path.join(import.meta.dirname, 'maxRssHook.mjs')).href;

export interface ChildRun {
  readonly wallMs: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** node's own peak RSS in KB (exact, from getrusage). */
  readonly nodeMaxRssKB: number;
  /** Peaks of the tree's sums (sampled every `sampleMs`). */
  readonly tree: Peaks;
}

/**
 * The heap flags (`--max-*`, `--heap-*`) `npm run brief` runs the CLI with (package.json's `brief`
 * script), so the bench measures the program as it is run (source maps are read only with
 * --debug, by the CLI itself: src/cli/bin.ts).
 */
export const NODE_FLAGS: readonly string[] = (() => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: { brief: string };
  };
  const flags = pkg.scripts.brief.split(/\s+/).filter((a) => /^--(max-|heap-)/.test(a));
  if (flags.length === 0) throw new Error('package.json: the brief script names no heap flag');
  return flags;
})();

export interface RunOptions {
  /** Tree sampling period (default 100 ms). */
  readonly sampleMs?: number;
  /** Called with each stderr line, and a function taking a memory reading right now. */
  readonly onStderrLine?: (line: string, reading: (withPss: boolean) => TreeMemory | null) => void;
  /**
   * The parsed-series cache folder (ROTATION_BRIEF_CACHE); default off (a first run: nothing
   * parsed before), so that measures which do not name one never depend on a cache's state.
   */
  readonly seriesCache?: string;
}

/** `node <args>` in the project folder; fails unless it exits 0. */
export async function runNode(args: readonly string[], o: RunOptions = {}): Promise<ChildRun> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-rss-'));
  const rssFile = path.join(scratch, 'maxrss');
  const t0 = performance.now();
  // The same heap flags as `npm run brief` (package.json, NODE_FLAGS): Node's heap otherwise
  // grows to ~600 MB of garbage it has no reason to collect during a long backfill.
  const child = spawn(process.execPath, [...NODE_FLAGS, '--import', HOOK, ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      BENCH_MAXRSS_FILE: rssFile,
      ROTATION_BRIEF_CACHE: o.seriesCache ?? 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleTree(child.pid as number, o.sampleMs ?? 100);
  let stdout = '';
  let stderr = '';
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr.setEncoding('utf8').on('data', (t: string) => {
    stderr += t;
    const lines = (partial + t).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) o.onStderrLine?.(line, sampler.reading);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (c) => resolve(c));
  });
  const wallMs = performance.now() - t0;
  const tree = sampler.stop();
  await new Promise((resolve) =>
    child.stdout.readableEnded ? resolve(null) : child.stdout.on('end', resolve),
  );
  let nodeMaxRssKB = Number.NaN;
  try {
    nodeMaxRssKB = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    // the child died before its exit hook ran
  }
  rmSync(scratch, { recursive: true, force: true });
  if (code !== 0) {
    throw new Error(
      `node ${args.join(' ')} exited with code ${code}:\n${stderr.split('\n').slice(-15).join('\n')}`,
    );
  }
  return { wallMs, code, stdout, stderr, nodeMaxRssKB, tree };
}
