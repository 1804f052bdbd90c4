/**
 * `brief fetch`: bring data/closes/*.csv up to the latest closed New York session from a provider.
 *
 * All or nothing: every symbol is fetched and merged in memory first. Nothing is written when a
 * body is malformed, when a past close was revised (unless `acceptRevisions`), or when any symbol
 * failed after retries (unless `allowPartial`: then the symbols that succeeded are written and
 * the failures are reported; malformed data still writes nothing). Each new file is validated
 * with `parseSeriesCsv` before any file is replaced, and replaced atomically. A stop signal
 * (SIGINT, SIGTERM) ends a request or a backoff at once, and the fetch writes nothing.
 */
import { join } from 'node:path';
import type { DateTime } from 'luxon';
import { latestClosedSession } from '../calendar/index.js';
import { BriefError } from '../errors.js';
import { type FetchReport, buildFetchReport } from './fetchReport.js';
import { type MergePlan, formatRevision, mergeBars } from './mergeBars.js';
import { loadSeries } from './loadSeries.js';
import { parseSeriesCsv } from './parseSeriesCsv.js';
import type { PriceProvider } from './providers/provider.js';
import { ProviderRequestError } from './providers/providerRequestError.js';
import { type ProviderSymbol, providerSymbols } from './providers/providerSymbol.js';
import { DEFAULT_RETRY, withRetry } from './providers/withRetry.js';
import { indexOfSorted } from '../model/bisect.js';
import type { FileSystem, Log, Timer } from '../model/effects.js';
import type { Series } from '../model/series.js';
import { type Stop, throwIfStopped } from '../model/stopping.js';
import {
  DEFAULT_MAX_JUMP,
  DEFAULT_MAX_STOCK_JUMP,
  describeJump,
  suspiciousJumps,
} from './suspiciousJumps.js';
import { loadUniverse } from './universe.js';
import { spliceCsv, writeCsv } from './writeCsv.js';

/** Options of {@link fetchData}. */
export interface FetchDataOptions {
  /** Folder with universe.json and closes/. */
  readonly dataDir: string;
  /** Symbols to update (default: every universe symbol). Must be in the universe. */
  readonly symbols?: readonly string[] | undefined;
  readonly provider: PriceProvider;
  /** The clock: bars of sessions not closed at `now` are partial and never appended. */
  readonly now: DateTime;
  /** Rewrite revised past rows instead of stopping. */
  readonly acceptRevisions?: boolean;
  /** Write the symbols that succeeded when others failed after retries. */
  readonly allowPartial?: boolean;
  /** Retry policy (default 4 retries from 1 s, doubling, 30 s cap). */
  readonly retry?: {
    readonly retries: number;
    readonly baseDelayMs: number;
    readonly maxDelayMs?: number;
  };
  /** File rows re-fetched to check for revisions and anchor adj_close (default 1, minimum 1). */
  readonly overlapSessions?: number;
  /** Largest close-to-close move a new row may make (default {@link DEFAULT_MAX_JUMP}). */
  readonly maxJump?: number;
  /** The same for the universe's single stocks (default {@link DEFAULT_MAX_STOCK_JUMP}). */
  readonly maxStockJump?: number;
}

/** The effects {@link fetchData} uses (the log gets progress and retries; the stop signal). */
export type FetchEffects = Pick<FileSystem, 'readText' | 'writeAtomic'> &
  Timer &
  Pick<Log, 'log'> &
  Stop;

/** What an interrupted fetch leaves: the files as they were. */
const KEPT = 'nothing written';

/** One symbol's file, as read, and its merge plan. */
interface Planned {
  readonly file: string;
  readonly text: string;
  readonly series: Series;
  readonly plan: MergePlan;
}

/**
 * Fetches, merges and writes; resolves to a report of what changed.
 *
 * @throws BriefError('usage') for a symbol not in the universe.
 * @throws BriefError('data') for malformed provider data, unaccepted revisions (listed, and
 *   logged one per line), failed symbols without `allowPartial`, or a file that does not
 *   re-validate; in all these cases nothing is written.
 * @throws BriefError('output') when writing a file fails.
 * @throws Interrupted when `fx.signal` aborts before the files are replaced (nothing written).
 */
export async function fetchData(options: FetchDataOptions, fx: FetchEffects): Promise<FetchReport> {
  const universeFile = join(options.dataDir, 'universe.json');
  // A missing or unreadable universe (or --data folder) is a data error naming the file.
  const universe = await loadUniverse(options.dataDir, fx.readText);
  const targets = pickSymbols(providerSymbols(universe), options.symbols, universeFile);
  const latestClosed = latestClosedSession(options.now);
  const upToDate: string[] = [];
  const failed: Record<string, string> = {};
  const planned: Planned[] = [];
  for (const target of targets) {
    const file = join(options.dataDir, 'closes', `${target.symbol}.csv`);
    let text = '';
    const series = await loadSeries(
      file,
      target.symbol,
      async (f) => (text = await fx.readText(f)),
    );
    if ((series.dates[series.dates.length - 1] as string) >= latestClosed) {
      upToDate.push(target.symbol);
      continue;
    }
    const bars = await fetchSymbol(options, fx, target, series, latestClosed);
    if (bars instanceof ProviderRequestError) failed[target.symbol] = bars.message;
    else planned.push({ file, text, series, plan: mergeBars(series, bars, latestClosed) });
  }
  throwIfStopped(fx.signal, KEPT);
  checkOutcome(planned, failed, options, fx);
  const stocks = new Set(universe.megaCaps.map((m) => m.symbol));
  const limit = (sym: string) =>
    stocks.has(sym)
      ? (options.maxStockJump ?? DEFAULT_MAX_STOCK_JUMP)
      : (options.maxJump ?? DEFAULT_MAX_JUMP);
  const written = await writePlans(planned, options.acceptRevisions === true, limit, fx);
  return buildFetchReport(options.provider.name, latestClosed, planned, {
    upToDate,
    failed,
    written,
  });
}

/** The requested symbols (default all), each known to the universe. */
function pickSymbols(
  known: Map<string, ProviderSymbol>,
  requested: readonly string[] | undefined,
  universeFile: string,
): ProviderSymbol[] {
  const names = requested === undefined ? [...known.keys()] : [...new Set(requested)];
  return names.map((name) => {
    const s = known.get(name);
    if (s === undefined) {
      throw new BriefError(
        'usage',
        `unknown symbol ${name}: not in ${universeFile}`,
        `known: ${[...known.keys()].join(' ')}`,
      );
    }
    return s;
  });
}

/** The bars of one symbol, with retries; a request that kept failing is returned, not thrown. */
async function fetchSymbol(
  options: FetchDataOptions,
  fx: FetchEffects,
  target: ProviderSymbol,
  series: Series,
  to: string,
) {
  const overlap = Math.max(1, options.overlapSessions ?? 1);
  const from = series.dates[Math.max(0, series.dates.length - overlap)] as string;
  const retry = options.retry ?? DEFAULT_RETRY;
  fx.log(`fetch: ${target.symbol} ${from}..${to} from ${options.provider.name}`);
  try {
    return await withRetry(() => options.provider.fetchDaily(target, from, to), {
      ...retry,
      sleep: fx.sleep,
      stop: { signal: fx.signal, kept: KEPT },
      onRetry: (e, attempt, ms) =>
        fx.log(`fetch: ${target.symbol}: ${e.message}; retry ${attempt} in ${ms} ms`),
    });
  } catch (err) {
    if (err instanceof ProviderRequestError) return err;
    throw err;
  }
}

/** Throws (nothing written) on failed symbols without allowPartial, or unaccepted revisions. */
function checkOutcome(
  planned: readonly Planned[],
  failed: Record<string, string>,
  options: FetchDataOptions,
  fx: FetchEffects,
): void {
  const failures = Object.entries(failed);
  if (failures.length > 0 && options.allowPartial !== true) {
    const list = failures.map(([s, why]) => `${s} (${why})`).join(', ');
    throw new BriefError(
      'data',
      `fetch failed for ${list}; nothing written`,
      'retry later, or pass --allow-partial to write the symbols that succeeded',
    );
  }
  const revisions = planned.flatMap((p) => p.plan.revisions);
  if (revisions.length === 0 || options.acceptRevisions === true) return;
  for (const r of revisions) fx.log(`revision: ${formatRevision(r)}`);
  const shown = revisions.slice(0, 3).map(formatRevision).join('; ');
  const more = revisions.length > 3 ? ` and ${revisions.length - 3} more` : '';
  throw new BriefError(
    'data',
    `${revisions.length} past close(s) revised by ${options.provider.name}: ${shown}${more}; nothing written`,
    'check the provider; rerun with --accept-revisions to rewrite those rows',
  );
}

/**
 * Builds and validates every new file (as `brief check` validates a file, with the jump check on
 * every row from the first new or rewritten one), then replaces them; returns the files written.
 * A file that fails validation stops the fetch before anything is written.
 */
async function writePlans(
  planned: readonly Planned[],
  acceptRevisions: boolean,
  maxJump: (symbol: string) => number,
  fx: FetchEffects,
): Promise<string[]> {
  const jobs = planned
    .filter((p) => p.plan.append.length > 0 || (acceptRevisions && p.plan.replace.length > 0))
    .map((p) => ({
      p,
      text: spliceCsv(p.text, acceptRevisions ? p.plan.replace : [], p.plan.append),
    }));
  for (const { p, text } of jobs) {
    const next = parseSeriesCsv(text, p.file, p.series.symbol);
    const changed = acceptRevisions ? p.plan.replace.map((r) => r.date) : [];
    const first = Math.min(
      p.series.dates.length,
      ...changed.map((d) => indexOfSorted(p.series.dates, d)).filter((i) => i >= 0),
    );
    const limit = maxJump(p.series.symbol);
    const jump = suspiciousJumps(next, limit, first)[0];
    if (jump) {
      throw new BriefError(
        'data',
        `${p.file}: ${p.series.symbol}: new data makes a ${describeJump(next, jump)}, more than ${(limit * 100).toFixed(0)}%; nothing written`,
        "check the provider's values against another source; if the move is real, rerun with --max-jump (or --max-stock-jump) above it",
      );
    }
  }
  for (const { p, text } of jobs) await writeCsv(p.file, p.series.symbol, text, fx.writeAtomic);
  return jobs.map(({ p }) => p.file);
}
