/**
 * npm run bench [-- --long [--no-pdf]] [--full] [--strict]: how fast and how big the brief is, as
 * medians of several runs, against targets and against the FLOOR (a process that only launches
 * the same Chromium and prints the same HTML). Plain lines for CI logs, then a summary table.
 *
 *  (1) statistics in-process: one date over the full history (< 100 ms), 250 dates (< 2 s)
 *  (2) one brief, process start to HTML+PDF on disk (<= 1.3x the floor)
 *  (3) a 100-session backfill, per brief (<= 0.35 s), and as a ratio to the floor per brief
 *  (4) peak memory of (2) and (3) (<= 400 MB); with --long, flatness over 500 briefs
 *  (5) the floor itself (scripts/bench/floor.ts)
 *
 * At most about 5 minutes by default on 2 cores: the backfill is run 3 times, fewer when a run is
 * so slow that the next would end over 210 s after the first (--full: 3 runs whatever it takes).
 * --long adds a 500-brief backfill (500 x the per-brief time of (3)). --strict exits 1 when a
 * target is missed. The machine's load average is printed with each
 * section: other work on the machine slows brief and floor alike, so read the ratios first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findBrowser } from '../src/deliver/findBrowser.js';
import { benchBackfill } from './bench/backfill.js';
import { buildFloor } from './bench/buildFloor.js';
import { benchEndToEnd } from './bench/endToEnd.js';
import { benchLong } from './bench/longRun.js';
import { ROOT } from './bench/paths.js';
import { loadAverage } from './bench/procMem.js';
import { info, rows, summaryTable } from './bench/report.js';
import { snapshotInputs } from './bench/snapshot.js';
import { benchStats } from './bench/stats.js';

const STATS_RUNS = 5;
const BRIEF_RUNS = 5;
const LONG_BRIEFS = 500;

const argv = process.argv.slice(2);
const long = argv.includes('--long');
const BACKFILL = {
  briefs: 100,
  floorPrintCount: 10,
  runs: 3,
  budgetMs: 210_000,
  full: argv.includes('--full'),
};
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const section = (): void => log(`    [load average ${loadAverage()}]`);

const t0 = performance.now();
const chromium = findBrowser(process.env, existsSync);
log(
  `rotation-brief bench — ${new Date().toISOString()}, node ${process.version}, ${availableParallelism()} cores, ${execFileSync(chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()} (${chromium})`,
);
log(`load average at start: ${loadAverage()} (1, 5, 15 min)`);
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
const work = mkdtempSync(path.join(tmpdir(), 'rotation-bench-'));
try {
  const floorMjs = await buildFloor(work);
  const inputs = snapshotInputs(work);
  log(
    `built dist/brief.mjs and the floor (${floorMjs}); data/ and templates/ copied to ${path.dirname(inputs.dataDir)}, so edits during the bench do not change its inputs`,
  );
  log('');
  await benchStats(STATS_RUNS, log);
  section();
  log('');
  const e2e = await benchEndToEnd(BRIEF_RUNS, work, inputs, floorMjs, log);
  section();
  log('');
  await benchBackfill(BACKFILL, work, inputs, floorMjs, e2e.html, log);
  section();
  log('');
  if (long) {
    await benchLong(LONG_BRIEFS, !argv.includes('--no-pdf'), work, inputs, log);
    section();
    log('');
  } else {
    info(`(4) flat over ${LONG_BRIEFS} briefs`, 'npm run bench -- --long', '<= +10%', 'not run');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
log(
  `summary (medians; load average at end ${loadAverage()}; bench took ${((performance.now() - t0) / 1000).toFixed(0)} s):`,
);
for (const line of summaryTable()) log(line);
if (argv.includes('--strict') && rows.some((r) => r.status === 'MISSED')) process.exitCode = 1;
