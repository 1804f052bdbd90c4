/**
 * (8) A whole-history backfill (every session from 1990 to the data's end, about 9,200 briefs)
 * projected from a sample: one `backfill --from 1990-01-02 --to <end> --shard 1/k` run, k chosen
 * so that about `sample` sessions spread evenly over the years are built (early years have less
 * history behind them than recent ones, so a contiguous block would not be representative).
 * Steady per-brief time = time between the first and the last brief reported built, over the
 * briefs in between; fixed time = the rest of the run (start, launch, archive, exit). Projection
 * = fixed + sessions x per brief, on this machine's cores (target < 60 minutes).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { backfillRun } from './backfillRun.js';
import { DATE } from './paths.js';
import { check, ms } from './report.js';
import { sessionsBetween } from './sessions.js';
import type { Inputs } from './snapshot.js';

const FROM = '1990-01-02';

const minutes = (x: number): string => `${x.toFixed(1)} min`;

export async function benchHistory(
  sample: number,
  work: string,
  inputs: Inputs,
  log: (line: string) => void,
): Promise<void> {
  const sessions = sessionsBetween(FROM, DATE, inputs.dataDir).length;
  const k = Math.max(1, Math.round(sessions / sample));
  log(
    `(8) whole-history backfill, ${FROM}..${DATE}: ${sessions} sessions, projected from every ${k}th (--shard 1/${k}), ${availableParallelism()} cores`,
  );
  const run = await backfillRun(FROM, DATE, path.join(work, 'history'), 50, inputs, [
    '--shard',
    `1/${k}`,
  ]);
  const first = run.builtAtMs[0] ?? Number.NaN;
  const last = run.builtAtMs[run.builtAtMs.length - 1] ?? Number.NaN;
  const perBrief = (last - first) / Math.max(1, run.briefs - 1);
  const fixed = run.wallMs - run.briefs * perBrief;
  const projected = (fixed + sessions * perBrief) / 60_000;
  log(
    `    sample: ${run.briefs} briefs in ${ms(run.wallMs)}: ${ms(perBrief)} per brief once running, ${ms(fixed)} fixed`,
  );
  log(
    `    projected for ${sessions} sessions: ${check('(8) whole-history backfill, projected', projected, 60, minutes, '<')}`,
  );
}
