/**
 * The floor of a backfill: one floor process printing the same brief.html `count` times, `jobs`
 * pages at a time, in one browser (what a backfill's printing costs with nothing else to do).
 * Per PDF it reports the steady-state print time and the fixed cost (node start, Chromium launch,
 * exit), so the floor for any number of briefs is  (fixed + n * perPdf) / n.
 */
import path from 'node:path';
import { runNode } from './runChild.js';
import { DATE } from './paths.js';

export interface FloorBatch {
  readonly wallMs: number;
  /** Start-up, launch and exit: everything but the printing. */
  readonly fixedMs: number;
  /** Printing time per PDF at `jobs` pages in parallel. */
  readonly perPdfMs: number;
  readonly nodeMaxRssKB: number;
  readonly treeAnonKB: number;
}

export async function floorBatch(
  floorMjs: string,
  html: string,
  out: string,
  count: number,
  jobs: number,
): Promise<FloorBatch> {
  const run = await runNode([
    floorMjs,
    html,
    path.join(out),
    '--count',
    String(count),
    '--jobs',
    String(jobs),
    '--date',
    DATE,
  ]);
  const line = run.stdout.split('\n').find((l) => l.startsWith('FLOOR '));
  if (!line) throw new Error(`the floor printed no FLOOR line:\n${run.stdout}`);
  const t = JSON.parse(line.slice(6)) as { launchedMs: number; printedMs: number; count: number };
  const printing = t.printedMs - t.launchedMs;
  return {
    wallMs: run.wallMs,
    fixedMs: run.wallMs - printing,
    perPdfMs: printing / t.count,
    nodeMaxRssKB: run.nodeMaxRssKB,
    treeAnonKB: run.tree.anonKB,
  };
}

/** The floor per brief of an n-brief backfill. */
export const floorPerBrief = (f: FloorBatch, n: number): number => (f.fixedMs + n * f.perPdfMs) / n;
