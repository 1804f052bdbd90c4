/**
 * (4) Memory over a long backfill (`npm run bench -- --long`; about 5 minutes on 2 cores): 500
 * sessions, with PDFs unless --no-pdf is given too, one run, a reading of node's RSS and the
 * tree's PSS every 50 briefs. Flat means the last reading is within +10% of the one a fifth of
 * the way in (100 of 500 briefs: by then the chart-shape cache holds its 64 shapes, V8's heap
 * and Chromium's pages have grown to their working size; the growth from the first reading, in
 * that warm-up, is printed beside it), and node's peak stays under 400 MB. For the tree, the
 * last reading taken with Chromium up (at least half the processes of the baseline reading):
 * the one after the last brief may catch the browser already being ended.
 */
import path from 'node:path';
import { backfillRun, sampleLines } from './backfillRun.js';
import { DATE } from './paths.js';
import { check, mb } from './report.js';
import { lastSessions } from './sessions.js';
import type { Inputs } from './snapshot.js';

const growth = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;

export async function benchLong(
  briefs: number,
  pdf: boolean,
  work: string,
  inputs: Inputs,
  log: (line: string) => void,
): Promise<void> {
  const from = lastSessions(briefs, DATE, inputs.dataDir)[0] as string;
  log(
    `(4) long backfill: ${briefs} sessions ${from}..${DATE}${pdf ? ' with PDFs' : ' --no-pdf'}, 1 run, readings every 50 briefs`,
  );
  const run = await backfillRun(
    from,
    DATE,
    path.join(work, 'long'),
    50,
    inputs,
    pdf ? [] : ['--no-pdf'],
  );
  log(
    `    ${(run.wallMs / 1000).toFixed(1)} s, ${(run.wallMs / briefs / 1000).toFixed(3)} s per brief`,
  );
  for (const line of sampleLines(run.samples)) log(line);
  const warmed = Math.round(briefs / 5);
  const first = run.samples.find((x) => x.done >= warmed) ?? run.samples[0];
  const earliest = run.samples[0];
  const last = run.samples[run.samples.length - 1];
  if (!first || !earliest || !last || first === last) {
    log('    too few readings to judge flatness');
    return;
  }
  const what = `${briefs} briefs${pdf ? '' : ' --no-pdf'}`;
  const nodeGrowth = last.rootRssKB / first.rootRssKB - 1;
  const up = run.samples.filter((x) => x.processes * 2 >= first.processes);
  const lastUp = up[up.length - 1] ?? last;
  const treeGrowth = lastUp.pssKB / first.pssKB - 1;
  log(
    `    node RSS ${mb(first.rootRssKB)} after ${first.done} -> ${mb(last.rootRssKB)} after ${last.done}: ${check(`(4) flat over ${what}: node RSS growth`, nodeGrowth, 0.1, growth)} (from the first reading, warm-up included: ${mb(earliest.rootRssKB)} after ${earliest.done}, ${growth(last.rootRssKB / earliest.rootRssKB - 1)})`,
  );
  if (pdf)
    log(
      `    tree PSS ${mb(first.pssKB)} after ${first.done} -> ${mb(lastUp.pssKB)} after ${lastUp.done} (${lastUp.processes} processes): ${check(`(4) flat over ${what}: tree PSS growth`, treeGrowth, 0.1, growth)}`,
    );
  log(
    `    peak over the run: node RSS (exact) ${check(`(4) peak over ${what}: node RSS`, run.nodeMaxRssKB, 400 * 1024, mb)}`,
  );
  if (pdf) log(`    peak over the run: tree private (RssAnon, sampled) ${mb(run.tree.anonKB)}`);
}
