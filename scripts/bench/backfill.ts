/**
 * (3) A 100-session backfill (`backfill --from <100 sessions back> --to 2026-08-21 --force`),
 * wall-clock per brief (target <= 0.35 s), against the floor of printing the same number of
 * PDFs in one browser (floorBatch.ts); runs alternate. (4) its memory: node's exact peak, the
 * tree's sampled peak, and readings every 10 briefs to see that it does not climb.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { backfillRun, sampleLines, type BackfillRun } from './backfillRun.js';
import { floorBatch, floorPerBrief, type FloorBatch } from './floorBatch.js';
import { DATE } from './paths.js';
import { check, info, mb, median, ms, spread, times } from './report.js';
import { lastSessions } from './sessions.js';
import type { Inputs } from './snapshot.js';

export interface BackfillBench {
  readonly briefs: number;
  readonly floorPrintCount: number;
  /** At most this many backfill runs (and this many floor runs). */
  readonly runs: number;
  /** Start another backfill run only if it should end within this many ms of the first... */
  readonly budgetMs: number;
  /** ...unless this is set (--full). */
  readonly full: boolean;
}

export async function benchBackfill(
  o: BackfillBench,
  work: string,
  inputs: Inputs,
  floorMjs: string,
  html: string,
  log: (line: string) => void,
): Promise<{ outDir: string }> {
  const dates = lastSessions(o.briefs, DATE, inputs.dataDir);
  const from = dates[0] as string;
  const jobs = availableParallelism();
  log(
    `(3) backfill of ${o.briefs} sessions: node dist/brief.mjs backfill --from ${from} --to ${DATE} --out <tmp> --force (default --jobs = ${jobs} cores)`,
  );
  log(
    `    floor: one browser printing that brief.html ${o.floorPrintCount} times, ${jobs} pages at a time; floor per brief = (fixed + ${o.briefs} x per-PDF) / ${o.briefs}`,
  );
  log(
    `    up to ${o.runs} backfill runs, alternating with ${o.runs} floor runs; a further backfill run starts only if it should end within ${o.budgetMs / 1000} s of the first (--full: always ${o.runs})`,
  );
  const b: BackfillRun[] = [];
  const f: FloorBatch[] = [];
  const fill = async (k: number): Promise<void> =>
    void b.push(await backfillRun(from, DATE, path.join(work, `backfill-${k}`), 10, inputs));
  const base = async (k: number): Promise<void> =>
    void f.push(
      await floorBatch(
        floorMjs,
        html,
        path.join(work, `floor-batch-${k}`),
        o.floorPrintCount,
        jobs,
      ),
    );
  const t0 = performance.now();
  for (let k = 0; k < o.runs; k++) {
    const last = b[b.length - 1];
    const affordable = !last || o.full || performance.now() - t0 + last.wallMs <= o.budgetMs;
    if (!affordable) {
      log(
        `    stopped after ${b.length} backfill run(s): one more would take ~${ms(last.wallMs)} (time budget ${o.budgetMs / 1000} s; use --full for ${o.runs})`,
      );
      break;
    }
    if (k % 2 === 0) await fill(k).then(() => base(k));
    else await base(k).then(() => fill(k));
  }
  for (let k = f.length; k < o.runs; k++) await base(k);
  const per = b.map((r) => r.wallMs / o.briefs);
  const perMs = median(per);
  const floorMs = median(f.map((x) => floorPerBrief(x, o.briefs)));
  log(
    `    backfill: median of ${b.length} run(s) ${ms(median(b.map((r) => r.wallMs)))} ${spread(b.map((r) => r.wallMs))} = ${ms(perMs)} per brief`,
  );
  log(
    `    floor: median of ${f.length} runs, ${ms(median(f.map((x) => x.perPdfMs)))} per PDF printing + ${ms(median(f.map((x) => x.fixedMs)))} fixed ${spread(f.map((x) => x.wallMs))} = ${ms(floorMs)} per brief over ${o.briefs}`,
  );
  info(`(5) floor per brief, ${o.briefs} PDFs in one browser`, ms(floorMs));
  log(
    `    per brief: ${check(`(3) backfill, per brief`, perMs / 1000, 0.35, (s) => `${s.toFixed(3)} s`)}`,
  );
  log(`    per brief / floor per brief: ${times(perMs / floorMs)}`);
  info('(3) backfill per brief / floor per brief', times(perMs / floorMs));
  const nodePeak = median(b.map((r) => r.nodeMaxRssKB));
  const treeAnon = median(b.map((r) => r.tree.anonKB));
  const floorAnon = median(f.map((x) => x.treeAnonKB));
  log(`(4) memory of (3), median of ${b.length} run(s):`);
  log(
    `    node process peak RSS (exact): ${mb(nodePeak)} ${spread(
      b.map((r) => r.nodeMaxRssKB),
      mb,
    )} — ${check(`(4) peak, ${o.briefs}-brief backfill: node RSS`, nodePeak, 400 * 1024, mb)}`,
  );
  log(
    `    whole tree, peak of sums sampled every 100 ms: private (RssAnon) ${mb(treeAnon)}, RSS ${mb(median(b.map((r) => r.tree.rssKB)))}; floor batch: node ${mb(median(f.map((x) => x.nodeMaxRssKB)))}, tree private ${mb(floorAnon)}`,
  );
  info(
    `(4) peak, ${o.briefs}-brief backfill: tree private`,
    `${mb(treeAnon)} (floor ${mb(floorAnon)})`,
  );
  const last = b[b.length - 1] as BackfillRun;
  log(`    readings during the last run (every 10 briefs; see --long for 500):`);
  for (const line of sampleLines(last.samples)) log(line);
  return { outDir: path.join(work, 'backfill-0') };
}
