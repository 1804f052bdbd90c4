/**
 * The bench's flags. Defaults keep a run near 5 minutes on 2 cores; the sample-size flags make
 * longer, steadier runs.
 *   --strict           exit 1 when a target is missed
 *   --runs N           at most N backfill runs in (3) (default 3, within a time budget)
 *   --full             all --runs backfill runs whatever they take
 *   --backfill N       sessions in the backfill of (3) and the archive sample of (7) (default 100)
 *   --history N        sessions sampled for the whole-history projection (8) (default 250; 0 skips)
 *   --long [--no-pdf]  add the 500-brief memory run (4)
 */

export interface BenchOptions {
  readonly strict: boolean;
  readonly runs: number;
  readonly full: boolean;
  readonly backfill: number;
  readonly history: number;
  readonly long: boolean;
  readonly pdf: boolean;
}

function count(argv: readonly string[], name: string, fallback: number): number {
  const k = argv.indexOf(name);
  if (k < 0) return fallback;
  const n = Number(argv[k + 1]);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} wants a whole number, not ${argv[k + 1]}`);
  return n;
}

export function benchOptions(argv: readonly string[]): BenchOptions {
  return {
    strict: argv.includes('--strict'),
    runs: Math.max(1, count(argv, '--runs', 3)),
    full: argv.includes('--full'),
    backfill: Math.max(2, count(argv, '--backfill', 100)),
    history: count(argv, '--history', 250),
    long: argv.includes('--long'),
    pdf: !argv.includes('--no-pdf'),
  };
}
