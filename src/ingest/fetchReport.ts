/**
 * What `brief fetch` did, for the CLI to print (see {@link formatFetchReport}).
 */
import { type MergePlan, type Revision, formatRevision } from './mergeBars.js';
import type { Series } from '../model/series.js';

/** The outcome of a successful `fetchData` run. */
export interface FetchReport {
  /** Provider name, e.g. `yahoo`. */
  readonly provider: string;
  /** The latest New York session closed at the run's `now`: the target of every file. */
  readonly latestClosed: string;
  /** Dates appended per symbol (only symbols that got rows). */
  readonly appended: Record<string, string[]>;
  /** Past closes the provider revised; they were rewritten (revisions were accepted). */
  readonly revisions: Revision[];
  /** Symbols whose file already reached `latestClosed` (not fetched). */
  readonly upToDate: string[];
  /** Symbols still short of `latestClosed` after the run -> their last date (see `notes`). */
  readonly behind: Record<string, string>;
  /** Symbols skipped under `allowPartial` -> why the fetch failed. */
  readonly failed: Record<string, string>;
  /** Bars left out, adjustments, one line each. */
  readonly notes: string[];
  /** Files replaced, in order. */
  readonly written: string[];
}

/** Human-readable lines summarising `report` (stdout). */
export function formatFetchReport(report: FetchReport): string[] {
  const lines: string[] = [];
  for (const [symbol, dates] of Object.entries(report.appended)) {
    const span = dates.length === 1 ? dates[0] : `${dates[0]}..${dates[dates.length - 1]}`;
    lines.push(
      `${symbol}: appended ${dates.length} session${dates.length === 1 ? '' : 's'} (${span})`,
    );
  }
  for (const r of report.revisions) lines.push(`revised: ${formatRevision(r)}`);
  if (report.upToDate.length > 0) {
    lines.push(`up to date (${report.latestClosed}): ${report.upToDate.join(' ')}`);
  }
  for (const [symbol, last] of Object.entries(report.behind)) {
    lines.push(`${symbol}: still ends ${last}, before ${report.latestClosed}`);
  }
  for (const [symbol, why] of Object.entries(report.failed))
    lines.push(`${symbol}: FAILED (${why})`);
  for (const note of report.notes) lines.push(`note: ${note}`);
  lines.push(`${report.written.length} file(s) written from ${report.provider}`);
  return lines;
}

/**
 * The report of a run: `merged` are the symbols fetched and merged (with their file's series),
 * `rest` what the run found or did besides. A symbol is `behind` when its file, after the run,
 * still ends before `latestClosed`.
 */
export function buildFetchReport(
  provider: string,
  latestClosed: string,
  merged: readonly { readonly series: Series; readonly plan: MergePlan }[],
  rest: { upToDate: string[]; failed: Record<string, string>; written: string[] },
): FetchReport {
  const appended: Record<string, string[]> = {};
  const behind: Record<string, string> = {};
  for (const { series, plan } of merged) {
    const dates = plan.append.map((r) => r.date);
    if (dates.length > 0) appended[plan.symbol] = dates;
    const last = dates[dates.length - 1] ?? (series.dates[series.dates.length - 1] as string);
    if (last < latestClosed) behind[plan.symbol] = last;
  }
  const revisions = merged.flatMap((m) => m.plan.revisions);
  const notes = merged.flatMap((m) => m.plan.notes);
  return { provider, latestClosed, appended, revisions, behind, notes, ...rest };
}
