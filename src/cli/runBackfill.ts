/**
 * `brief backfill --from D --to D`: every session of a range as a brief, in one process with one
 * browser printing several pages in parallel. Statistics are incremental (memoized per series);
 * a brief whose inputs hash the same as last time is skipped (`--force` rebuilds); each brief's
 * folder is swapped in atomically, so a killed backfill leaves whole briefs only and the next run
 * completes the rest. `--shard i/n` takes every n-th session, for a CI matrix.
 */
import path from 'node:path';
import { validateIsoDate } from '../calendar/index.js';
import type { PdfPrinter } from '../deliver/pdfPrinter.js';
import { cleanStaleBriefTemps } from '../deliver/briefTemps.js';
import { BriefError } from '../errors.js';
import { lowerBound, upperBound } from '../model/bisect.js';
import type { Series } from '../model/series.js';
import { briefFiles } from './briefFiles.js';
import { openBriefSession, type BriefSession } from './briefSession.js';
import type { Effects } from './effects.js';
import { checkOutDir } from './checkOutDir.js';
import { startPrinter } from './printerLifetime.js';
import { briefDir, stopIfAsked } from './runBrief.js';
import { historyPresent, writeHistoryFiles } from './writeHistory.js';

export interface Shard {
  readonly index: number;
  readonly count: number;
}

export interface BackfillOptions {
  readonly from: string;
  readonly to: string;
  readonly dataDir: string;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly pdf: boolean;
  readonly paper: 'a4' | 'letter';
  readonly force: boolean;
  readonly shard: Shard | null;
  /** Briefs printing at once (default: the number of cores). */
  readonly concurrency: number | null;
  readonly generator: string;
}

export interface BackfillResult {
  readonly built: string[];
  readonly skipped: string[];
  /** With --no-pdf: briefs left as they were because they have a PDF (never replaced by less). */
  readonly kept: string[];
  readonly failed: { date: string; error: unknown }[];
  /** Dates not built because the run was stopped (SIGTERM/SIGINT). */
  readonly interrupted: string[];
}

/** Parse `i/n` (1 <= i <= n). */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new BriefError('usage', `--shard must be i/n with 1 <= i <= n, got "${text}"`);
  }
  return { index, count };
}

/** The sessions of [from, to] in the data (the small-cap index file), this shard's share. */
export function backfillDates(
  small: Series,
  from: string,
  to: string,
  shard: Shard | null,
): string[] {
  const all = small.dates.slice(lowerBound(small.dates, from), upperBound(small.dates, to));
  return shard ? all.filter((_, k) => k % shard.count === shard.index - 1) : all;
}

function checkRange(
  o: BackfillOptions,
  session: BriefSession,
  fx: Effects,
): { from: string; to: string } {
  const from = validateIsoDate(o.from);
  let to = validateIsoDate(o.to);
  if (from > to) throw new BriefError('usage', `--from ${from} is after --to ${to}`);
  if (to > session.lastDataDate) {
    fx.log(`Warning: the data ends ${session.lastDataDate}; backfilling up to it instead of ${to}`);
    to = session.lastDataDate;
  }
  return { from, to };
}

/** Build (or skip) the brief for one date; returns what happened. */
async function oneDate(
  date: string,
  session: BriefSession,
  printer: PdfPrinter | null,
  o: BackfillOptions,
  fx: Effects,
): Promise<'built' | 'skipped' | 'kept'> {
  const asOf = session.asOf(date);
  const dir = briefDir(o.outDir, date);
  // --no-pdf never swaps a brief that has its PDF for the HTML alone.
  if (!o.pdf && (await fx.fileExists(path.join(dir, 'brief.pdf')))) return 'kept';
  const hash = await session.inputsHash(date, asOf, JSON.stringify({ pdf: o.pdf, paper: o.paper }));
  if (
    !o.force &&
    (await upToDate(dir, hash, o.pdf, fx)) &&
    (await historyPresent(fx, o.outDir, dir))
  )
    return 'skipped';
  const brief = await session.build(date, asOf);
  const { files, error } = await briefFiles(brief, printer, o, date);
  if (error) throw error;
  stopIfAsked(fx, `${date} not written`);
  files['inputs.sha256'] = `${hash}\n`;
  await writeHistoryFiles(fx, o.outDir, brief.historyFiles);
  await fx.writeBriefDir(dir, files);
  return 'built';
}

async function upToDate(dir: string, hash: string, pdf: boolean, fx: Effects): Promise<boolean> {
  const old = await fx.readText(path.join(dir, 'inputs.sha256')).catch(() => null);
  if (old?.trim() !== hash) return false;
  return !pdf || fx.fileExists(path.join(dir, 'brief.pdf'));
}

/**
 * Run the backfill; a failed date is reported and the others go on (exit code from the first).
 * When the run is stopped (SIGTERM/SIGINT) no new date starts, the browser is killed (what it
 * was printing is discarded: nothing half-written), and the result says `interrupted`; the
 * caller still rebuilds the archive for what was built.
 */
export async function runBackfill(o: BackfillOptions, fx: Effects): Promise<BackfillResult> {
  await checkOutDir(fx, o.outDir, { data: o.dataDir, templates: o.templatesDir });
  const session = await openBriefSession(o, fx);
  const { from, to } = checkRange(o, session, fx);
  const dates = backfillDates(
    session.series.get(session.universe.indices.smallCap.symbol) as Series,
    from,
    to,
    o.shard,
  );
  if (dates.length === 0)
    throw new BriefError(
      'usage',
      `no sessions in the data between ${from} and ${to}${o.shard ? ` for shard ${o.shard.index}/${o.shard.count}` : ''}`,
    );
  // Folders a killed run left half-swapped: removed (or the previous brief put back) first.
  for (const line of await cleanStaleBriefTemps(o.outDir, fx)) fx.log(`Cleanup: ${line}`);
  const lifetime = o.pdf ? startPrinter(fx) : null;
  const result: BackfillResult = { built: [], skipped: [], kept: [], failed: [], interrupted: [] };
  const progress = fx.progress(dates.length, `Backfill ${from}..${to}`);
  try {
    const ready = lifetime ? await lifetime.ready : null;
    if (ready && 'error' in ready) throw ready.error;
    const printer = ready ? ready.value : null;
    await runDates(
      dates,
      (date) => oneDate(date, session, printer, o, fx),
      result,
      progress,
      o,
      fx,
    );
  } finally {
    progress.stop();
    await lifetime?.close();
  }
  return result;
}

/** Build `dates` with at most `jobs` at once; stops taking dates when the run is stopped. */
async function runDates(
  dates: readonly string[],
  build: (date: string) => Promise<'built' | 'skipped' | 'kept'>,
  result: BackfillResult,
  progress: ReturnType<Effects['progress']>,
  o: BackfillOptions,
  fx: Effects,
): Promise<void> {
  const limit = Math.max(1, o.concurrency ?? fx.cores);
  const running = new Set<Promise<void>>();
  for (const [k, date] of dates.entries()) {
    if (fx.signal.aborted) {
      result.interrupted.push(...dates.slice(k));
      break;
    }
    const job: Promise<void> = build(date).then(
      (status) => {
        result[status].push(date);
        progress.tick(date, status);
      },
      (e: unknown) => {
        // A print cut short by the stop is not a failure of that date: it is not built yet.
        if (fx.signal.aborted) result.interrupted.push(date);
        else result.failed.push({ date, error: e });
        progress.tick(date, fx.signal.aborted ? 'interrupted' : 'FAILED');
      },
    );
    running.add(job);
    void job.finally(() => running.delete(job));
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
}
