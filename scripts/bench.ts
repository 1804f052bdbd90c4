/**
 * npm run bench [-- --strict] [--runs N] [--full] [--backfill N] [--history N] [--long [--no-pdf]]
 * (flags: scripts/bench/options.ts): how fast and how big the brief is, as medians of several runs,
 * against the targets of the "Light and fast" issue and against the FLOOR (a process that only
 * launches the same Chromium and prints the same HTML). Plain lines for CI logs, then a summary
 * table with how far each figure is from its target.
 *
 *  (1) statistics in-process: one date over the full history (< 100 ms), 250 dates (< 2 s)
 *  (2) one brief, process start to HTML+PDF on disk (<= 1.3x the floor)
 *  (3) a 100-session backfill, per brief (<= 0.35 s), and as a ratio to the floor per brief
 *  (4) peak node memory of (2) and (3) (<= 400 MB); with --long, flatness over 500 briefs
 *  (5) the floor itself (scripts/bench/floor.ts; <= 1.0 s)
 *  (6) size per brief for 2026-01-22 and 2026-08-21 (PDF <= 300 KB, HTML <= 150 KB, stats.json
 *      <= 100 KB) and the PDF's fonts (one family, no Type 3, no fallback)
 *  (7) the archive in ten years, from the briefs of (3) (Pages < 1 GB, repo < 150 MB a year)
 *  (8) a whole-history backfill projected from a 250-session sample (< 60 minutes)
 *
 * About 5 minutes by default on 2 cores once the targets are met (more while they are not): the
 * backfill is run up to 3 times, fewer when a run is so slow that the next would end over 120 s
 * after the first (--full: all runs). The machine's load average is printed with each section:
 * other work on the machine slows brief and floor alike, so read the ratios first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findBrowser } from '../src/deliver/findBrowser.js';
import { benchArchive } from './bench/archive.js';
import { benchBackfill } from './bench/backfill.js';
import { buildFloor } from './bench/buildFloor.js';
import { benchEndToEnd, brief } from './bench/endToEnd.js';
import { benchHistory } from './bench/history.js';
import { benchLong } from './bench/longRun.js';
import { benchOptions } from './bench/options.js';
import { ROOT } from './bench/paths.js';
import { loadAverage } from './bench/procMem.js';
import { info, rows, summaryTable } from './bench/report.js';
import { benchSizes, SIZE_DATES } from './bench/sizes.js';
import { snapshotInputs } from './bench/snapshot.js';
import { benchStats } from './bench/stats.js';

const STATS_RUNS = 5;
const BRIEF_RUNS = 5;
const LONG_BRIEFS = 500;

const o = benchOptions(process.argv.slice(2));
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const section = (): void => log(`    [load average ${loadAverage()}]\n`);

const t0 = performance.now();
const chromium = findBrowser(process.env, existsSync);
const version = execFileSync(chromium, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
log(
  `rotation-brief bench — ${new Date().toISOString()}, node ${process.version}, ${availableParallelism()} cores, ${version} (${chromium})`,
);
log(`load average at start: ${loadAverage()} (1, 5, 15 min)`);
if (!/headless[-_]shell/.test(path.basename(chromium)))
  log(
    `note: ${chromium} is the full browser; Chromium's headless shell (Debian: apt-get install chromium-headless-shell, found first when installed) launches and prints the same PDF in about half the time and CPU: the floor (5) and every PDF figure depend on it`,
  );
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
const work = mkdtempSync(path.join(tmpdir(), 'rotation-bench-'));
try {
  const floorMjs = await buildFloor(work);
  const inputs = snapshotInputs(work);
  log(
    `built dist/brief.mjs and the floor (${floorMjs}); data/ and templates/ copied to ${path.dirname(inputs.dataDir)}, so edits during the bench do not change its inputs\n`,
  );
  await benchStats(STATS_RUNS, log);
  section();
  const e2e = await benchEndToEnd(BRIEF_RUNS, work, inputs, floorMjs, log);
  section();
  log('(6) size per brief (decimal units: 1 KB = 1,000 bytes) and the PDF fonts');
  for (const date of SIZE_DATES) {
    const out = date === '2026-08-21' ? e2e.out : path.join(work, `sizes-${date}`);
    if (out !== e2e.out) await brief(out, inputs, date);
    await benchSizes(date, out, log);
  }
  section();
  const backfill = { briefs: o.backfill, floorPrintCount: 10, runs: o.runs, budgetMs: 120_000 };
  const { outDir } = await benchBackfill(
    { ...backfill, full: o.full },
    work,
    inputs,
    floorMjs,
    e2e.html,
    log,
  );
  section();
  log(`(7) the archive in ten years, from the ${o.backfill} briefs of (3)`);
  benchArchive(outDir, log);
  section();
  if (o.history > 0) {
    await benchHistory(o.history, work, inputs, log);
    section();
  } else {
    info(
      '(8) whole-history backfill, projected',
      'npm run bench -- --history 250',
      '< 60 min',
      'not run',
    );
  }
  if (o.long) {
    await benchLong(LONG_BRIEFS, o.pdf, work, inputs, log);
    section();
  } else {
    info(`(4) flat over ${LONG_BRIEFS} briefs`, 'npm run bench -- --long', '<= +10%', 'not run');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
log(
  `summary (medians; load average at end ${loadAverage()}; ${availableParallelism()} cores; bench took ${((performance.now() - t0) / 1000).toFixed(0)} s):`,
);
for (const line of summaryTable()) log(line);
if (o.strict && rows.some((r) => r.status === 'MISSED')) process.exitCode = 1;
