/**
 * (3) A 100-session backfill (`backfill --from <100 sessions back> --to 2026-08-21 --force`),
 * wall-clock per brief (target <= 0.35 s), against the floor of printing the same number of
 * PDFs in one browser (floorBatch.ts); runs alternate. (4) its memory: node's exact peak, the
 * tree's sampled peak, and readings every 10 briefs to see that it does not climb.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { backfillRun, sampleLines, type BackfillRun } from './backfillRun.js';
import { floorBatch, floorPerBrief, type FloorBatch } from './floorBatch.js';
import { DATE } from './paths.js';
import { check, info, mb, median, ms, spread, times } from './report.js';
import { lastSessions } from './sessions.js';

export interface BackfillBench {
  readonly briefs: number;
  readonly floorPrintCount: number;
  readonly runs: number;
}

export async function benchBackfill(o: BackfillBench, work: string, floorMjs: string, html: string, log: (line: string) => void): Promise<void> {
  const dates = lastSessions(o.briefs, DATE);
  const from = dates[0] as string;
  const jobs = availableParallelism();
  log(`(3) backfill of ${o.briefs} sessions: node dist/brief.mjs backfill --from ${from} --to ${DATE} --out <tmp> --force (default --jobs = ${jobs} cores)`);
  log(`    floor: one browser printing that brief.html ${o.floorPrintCount} times, ${jobs} pages at a time; floor per brief = (fixed + ${o.briefs} x per-PDF) / ${o.briefs}`);
  log(`    ${o.runs} runs each, alternating backfill and floor`);
  const b: BackfillRun[] = [];
  const f: FloorBatch[] = [];
  for (let k = 0; k < o.runs; k++) {
    const fill = async (): Promise<void> => void b.push(await backfillRun(from, DATE, path.join(work, `backfill-${k}`), 10));
    const base = async (): Promise<void> => void f.push(await floorBatch(floorMjs, html, path.join(work, `floor-batch-${k}`), o.floorPrintCount, jobs));
    if (k % 2 === 0) await fill().then(base);
    else await base().then(fill);
  }
  const per = b.map((r) => r.wallMs / o.briefs);
  const perMs = median(per);
  const floorMs = median(f.map((x) => floorPerBrief(x, o.briefs)));
  log(`    backfill: median ${ms(median(b.map((r) => r.wallMs)))} ${spread(b.map((r) => r.wallMs))} = ${ms(perMs)} per brief`);
  log(`    floor: ${ms(median(f.map((x) => x.perPdfMs)))} per PDF printing + ${ms(median(f.map((x) => x.fixedMs)))} fixed ${spread(f.map((x) => x.wallMs))} = ${ms(floorMs)} per brief over ${o.briefs}`);
  info(`(5) floor per brief, ${o.briefs} PDFs in one browser`, ms(floorMs));
  log(`    per brief: ${check(`(3) backfill, per brief`, perMs / 1000, 0.35, (s) => `${s.toFixed(3)} s`)}`);
  log(`    per brief / floor per brief: ${times(perMs / floorMs)}`);
  info('(3) backfill per brief / floor per brief', times(perMs / floorMs));
  const nodePeak = median(b.map((r) => r.nodeMaxRssKB));
  const treePss = median(b.map((r) => r.tree.pssKB));
  const floorPss = median(f.map((x) => x.treePssKB));
  log(`(4) memory of (3), median of ${o.runs} runs:`);
  log(`    node process peak RSS (exact): ${mb(nodePeak)} ${spread(b.map((r) => r.nodeMaxRssKB), mb)} — ${check(`(4) peak, ${o.briefs}-brief backfill: node RSS`, nodePeak, 400 * 1024, mb)}`);
  log(`    whole tree, peak of sampled sums: PSS ${mb(treePss)}, RSS ${mb(median(b.map((r) => r.tree.rssKB)))}; floor batch: node ${mb(median(f.map((x) => x.nodeMaxRssKB)))}, tree PSS ${mb(floorPss)}`);
  info(`(4) peak, ${o.briefs}-brief backfill: tree PSS`, `${mb(treePss)} (floor ${mb(floorPss)})`);
  const last = b[b.length - 1] as BackfillRun;
  log(`    readings during the last run (every 10 briefs; see --long for 500):`);
  for (const line of sampleLines(last.samples)) log(line);
}
