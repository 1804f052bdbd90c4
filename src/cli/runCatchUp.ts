/**
 * `brief catch-up`: build every New York session that has closed but has no brief in the archive
 * (see missingSessions.ts for which), in date order, with the backfill's machinery (one browser,
 * atomic brief folders), then rebuild the archive. A session whose closes are not in the data yet
 * is reported last, as a data error (exit 3), after everything that could be built was built:
 * the scheduled workflow retries later, a person runs `brief fetch` again.
 */
import path from 'node:path';
import { latestClosedSession, nextSession, validateIsoDate } from '../calendar/index.js';
import { scanArchive } from '../deliver/archive/scanArchive.js';
import { BriefError } from '../errors.js';
import { loadUniverseSeries } from '../ingest/loadSeries.js';
import { loadUniverse } from '../ingest/universe.js';
import { optionalSymbols } from '../model/optionalSymbols.js';
import { universeSymbols } from '../model/universe.js';
import type { Effects } from './effects.js';
import { dataReaders } from './readers.js';
import { type MissingSession, missingSessions } from './missingSessions.js';
import { runBackfill } from './runBackfill.js';
import { updateArchive } from './updateArchive.js';

export interface CatchUpOptions {
  readonly dataDir: string;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly pdf: boolean;
  readonly paper: 'a4' | 'letter';
  /** First session to consider (inclusive); null: after the archive's newest brief. */
  readonly since: string | null;
  /** Most sessions built by one run; the rest wait for the next run. */
  readonly max: number;
  /** Briefs printing at once (null: the number of cores). */
  readonly jobs: number | null;
  readonly generator: string;
}

/** The message that marks sessions whose closes are not published yet (the workflow greps it). */
export const UNPUBLISHED = 'closes not published yet';

async function archivedDates(outDir: string, fx: Effects): Promise<string[]> {
  if (!(await fx.fileExists(outDir))) return [];
  return (await scanArchive(outDir, fx)).briefs.map((b) => b.date);
}

/**
 * The last session every required series has (optional series, which a brief may leave out,
 * do not count): the newest session a brief can be built for. Providers publish the closes of
 * different symbols at different times; one lagging series makes the session "not published".
 */
async function publishedThrough(dataDir: string, fx: Effects): Promise<string> {
  const u = await loadUniverse(dataDir, dataReaders(fx, dataDir).universe);
  const optional = optionalSymbols(u);
  const required = universeSymbols(u).filter((s) => !optional.has(s));
  const series = await loadUniverseSeries(path.join(dataDir, 'closes'), required, fx.readText);
  const lasts = [...series.values()].map((s) => s.dates[s.dates.length - 1] as string);
  return lasts.reduce((a, d) => (d < a ? d : a));
}

/** What catch-up would do, oldest first, with a one-line summary for people. */
export async function planCatchUp(
  o: CatchUpOptions,
  fx: Effects,
): Promise<{ plan: MissingSession[]; summary: string }> {
  const since = o.since === null ? null : validateIsoDate(o.since);
  const latestClosed = latestClosedSession(fx.now());
  const [archived, last] = await Promise.all([
    archivedDates(o.outDir, fx),
    publishedThrough(o.dataDir, fx),
  ]);
  const plan = missingSessions({ archived, latestClosed, lastDataDate: last, since, max: o.max });
  const newest = archived.reduce((a, d) => (d > a ? d : a), '');
  const count = (s: MissingSession['status']) => plan.filter((m) => m.status === s).length;
  const summary =
    plan.length === 0
      ? `Archive is current: every session up to ${latestClosed} (the latest closed in New York) has a brief`
      : `${plan.length} session(s) missing from ${o.outDir} (newest brief: ${newest || 'none'}; latest closed session: ${latestClosed}): ` +
        `${count('build')} to build, ${count('later')} left for a later run (--max ${o.max}), ` +
        `${count('unpublished')} whose closes are not all in the data yet (complete up to ${last})`;
  return { plan, summary };
}

/** Group dates into runs of consecutive sessions (one backfill each). */
function consecutiveRuns(dates: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (const d of dates) {
    const run = runs[runs.length - 1];
    if (run && nextSession(run[run.length - 1] as string) === d) run.push(d);
    else runs.push([d]);
  }
  return runs;
}

/** Build the missing sessions; resolves to the dates built (in order), throws as described above. */
export async function runCatchUp(o: CatchUpOptions, fx: Effects): Promise<string[]> {
  const { plan, summary } = await planCatchUp(o, fx);
  fx.log(summary);
  const toBuild = plan.filter((m) => m.status === 'build').map((m) => m.date);
  const built: string[] = [];
  const failed: { date: string; error: unknown }[] = [];
  for (const run of consecutiveRuns(toBuild)) {
    const from = run[0] as string;
    const to = run[run.length - 1] as string;
    const options = { ...o, from, to, force: true, shard: null, concurrency: o.jobs };
    const r = await runBackfill(options, fx).catch((error: unknown) => ({
      built: [] as string[],
      failed: [{ date: from, error }],
    }));
    built.push(...r.built);
    failed.push(...r.failed);
  }
  built.sort();
  if (built.length > 0) {
    await updateArchive({ ...o, strict: false }, fx);
  }
  fx.out(
    plan.length === 0
      ? summary
      : `Catch-up: built ${built.length} session(s)${built.length ? ` (${built.join(' ')})` : ''}`,
  );
  for (const f of failed)
    fx.log(`failed ${f.date}: ${f.error instanceof Error ? f.error.message : String(f.error)}`);
  if (failed.length > 0) throw failed[0]?.error;
  const later = plan.filter((m) => m.status === 'later').map((m) => m.date);
  if (later.length > 0)
    fx.log(
      `Warning: ${later.length} more missing session(s) left for the next run (--max ${o.max}): ${later.join(' ')}`,
    );
  const unpublished = plan.filter((m) => m.status === 'unpublished').map((m) => m.date);
  if (unpublished.length > 0) {
    throw new BriefError(
      'data',
      `${UNPUBLISHED} for ${unpublished.join(', ')}: the data ends before them`,
      'run `brief fetch` again later (providers publish the closes within hours), then `brief catch-up`',
    );
  }
  return built;
}
