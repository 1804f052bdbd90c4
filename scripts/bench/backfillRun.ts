/**
 * One `node <copy of dist/brief.mjs> backfill --from A --to B --out <dir> --force` run, with a memory
 * reading of the process tree every `every` briefs (taken when the progress line
 * "[k/N] date built" appears on stderr, which is how the CLI reports in a non-terminal).
 */
import { performance } from 'node:perf_hooks';
import { runNode, type ChildRun } from './runChild.js';
import type { Inputs } from './snapshot.js';
import type { TreeMemory } from './procMem.js';

export interface Sample extends TreeMemory {
  /** Briefs done when the reading was taken. */
  readonly done: number;
}

export interface BackfillRun extends ChildRun {
  readonly briefs: number;
  readonly samples: Sample[];
  /** When each brief was reported built, ms since the run started. */
  readonly builtAtMs: number[];
}

export async function backfillRun(
  from: string,
  to: string,
  out: string,
  every: number,
  inputs: Inputs,
  extra: readonly string[] = [],
): Promise<BackfillRun> {
  const samples: Sample[] = [];
  const builtAtMs: number[] = [];
  let briefs = 0;
  const t0 = performance.now();
  const run = await runNode(
    [
      inputs.brief,
      'backfill',
      '--from',
      from,
      '--to',
      to,
      '--out',
      out,
      '--force',
      ...inputs.args,
      ...extra,
    ],
    {
      onStderrLine(line, reading) {
        const m = /^\[(\d+)\/(\d+)\] \S+ built/.exec(line);
        if (!m) return;
        briefs++;
        builtAtMs.push(performance.now() - t0);
        if (Number(m[1]) % every !== 0) return;
        const r = reading(true);
        if (r) samples.push({ done: Number(m[1]), ...r });
      },
    },
  );
  if (!/Backfill: \d+ built, 0 skipped \(unchanged\), 0 failed/.test(run.stdout))
    throw new Error(`backfill did not build every brief:\n${run.stdout}`);
  return { ...run, briefs, samples, builtAtMs };
}

/** Plain lines of the readings: briefs done, node RSS, tree PSS and RSS. */
export function sampleLines(samples: readonly Sample[]): string[] {
  const mbs = (kb: number): string => `${(kb / 1024).toFixed(0).padStart(4)} MB`;
  return samples.map(
    (s) =>
      `      after ${String(s.done).padStart(4)} briefs: node RSS ${mbs(s.rootRssKB)}, tree PSS ${mbs(s.pssKB)}, private ${mbs(s.anonKB)}, RSS ${mbs(s.rssKB)} (${s.processes} processes)`,
  );
}
