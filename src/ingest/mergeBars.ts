/**
 * Pure merge of fetched bars into an existing series: which rows to append, which past closes
 * the provider now reports differently (revisions), and notes on what was left out and why.
 *
 * Rules (see FIELD-NOTES "Data providers"):
 * - Only sessions (calendar `isSession`) after the file's last date and up to `latestClosed` are
 *   appended, contiguously: a bar of a session that has not closed yet is partial and left out,
 *   and a session the provider skipped stops the append there (no gaps are written).
 * - A fetched bar for a date already in the file whose close, rounded to 7 significant digits,
 *   differs by more than {@link REVISION_TOLERANCE} (relative) is a revision. The caller stops
 *   or, when revisions are accepted, rewrites those rows with `replace`.
 * - adj_close of past rows is never compared or rewritten: a provider's adjusted close changes
 *   with every dividend. Instead the new rows' adj_close is rescaled onto the file's basis with
 *   the file's last row as the anchor: r = (file adj/close) / (provider adj/close) on that date,
 *   new adj = provider adj x r (r = 1 within 1e-6). Returns across a new ex-date are then right
 *   and no old byte changes. Without a provider adj_close (Stooq) or anchor, new adj = close x
 *   the file's last adj/close factor, with a note.
 * - Columns the file leaves empty throughout (RUT volume, index adj_close) stay empty.
 */
import { isSession, nextSession } from '../calendar/index.js';
import type { FetchedBar } from './providers/provider.js';
import { type Series } from '../model/series.js';
import { type CsvRow, formatPrice, roundPrice } from './writeCsv.js';

/** Relative close difference above which a past close counts as revised. */
export const REVISION_TOLERANCE = 1e-6;

/** A past close the provider reports differently. */
export interface Revision {
  readonly symbol: string;
  readonly date: string;
  readonly oldClose: number;
  readonly newClose: number;
}

/** What to do with one symbol's file. */
export interface MergePlan {
  readonly symbol: string;
  /** New rows, ascending, each the next session after the previous. */
  readonly append: CsvRow[];
  readonly revisions: Revision[];
  /** The rewritten rows for `revisions` (same dates), used only when revisions are accepted. */
  readonly replace: CsvRow[];
  /** Bars left out and adjustments made, one line each, e.g. `IWM 2026-08-26: ...`. */
  readonly notes: string[];
}

/** `IWM 2026-08-21 299.96 -> 301.5` */
export function formatRevision(r: Revision): string {
  return `${r.symbol} ${r.date} ${formatPrice(r.oldClose)} -> ${formatPrice(r.newClose)}`;
}

/** Merges `bars` (ascending) into `series` as of `latestClosed` (see the module rules). */
export function mergeBars(
  series: Series,
  bars: readonly FetchedBar[],
  latestClosed: string,
): MergePlan {
  const notes: string[] = [];
  const adjust = adjuster(series, bars);
  const toRow = rowMaker(series, adjust.adjClose);
  const last = series.dates[series.dates.length - 1] as string;
  const revisions: Revision[] = [];
  const replace: CsvRow[] = [];
  const index = new Map(series.dates.map((d, i) => [d, i]));
  for (const bar of bars) {
    if (bar.date > last) continue;
    const i = index.get(bar.date);
    if (i === undefined) {
      notes.push(
        `${series.symbol} ${bar.date}: provider has a bar the file lacks; history is not filled in`,
      );
      continue;
    }
    const oldClose = series.close[i] as number;
    const newClose = roundPrice(bar.close);
    if (Math.abs(newClose - oldClose) / oldClose <= REVISION_TOLERANCE) continue;
    revisions.push({ symbol: series.symbol, date: bar.date, oldClose, newClose });
    replace.push(toRow(bar));
  }
  const append = newRows(series.symbol, last, bars, latestClosed, notes).map(toRow);
  if (append.length > 0 && adjust.note !== null) notes.push(adjust.note);
  return { symbol: series.symbol, append, revisions, replace, notes };
}

/** Bars after `last` that may be appended: closed sessions, contiguous from the next session. */
function newRows(
  symbol: string,
  last: string,
  bars: readonly FetchedBar[],
  latestClosed: string,
  notes: string[],
): FetchedBar[] {
  const rows: FetchedBar[] = [];
  let expected = nextSession(last);
  let stopped = false;
  for (const bar of bars) {
    if (bar.date <= last) continue;
    if (!isSession(bar.date)) {
      notes.push(`${symbol} ${bar.date}: not a New York session; left out`);
    } else if (bar.date > latestClosed) {
      notes.push(
        `${symbol} ${bar.date}: session not closed yet (after ${latestClosed}); partial bar left out`,
      );
    } else if (!stopped && bar.date !== expected) {
      notes.push(`${symbol}: provider has no bar for ${expected}; nothing appended from there on`);
      stopped = true;
    } else if (!stopped) {
      rows.push(bar);
      expected = nextSession(bar.date);
    }
  }
  return rows;
}

/** Builds a rounded CSV row from a bar, keeping the file's empty columns empty. */
function rowMaker(
  series: Series,
  adjClose: (bar: FetchedBar) => number | null,
): (bar: FetchedBar) => CsvRow {
  const price = (has: boolean, v: number | null) => (has && v !== null ? roundPrice(v) : null);
  return (bar) => {
    const adj = adjClose(bar);
    return {
      date: bar.date,
      open: price(series.open !== null, bar.open),
      high: price(series.high !== null, bar.high),
      low: price(series.low !== null, bar.low),
      close: roundPrice(bar.close),
      adjClose: adj === null ? null : roundPrice(adj),
      volume: series.volume !== null && bar.volume !== null ? Math.round(bar.volume) : null,
    };
  };
}

/** How new rows get their adj_close (see the module rules), and a note when it is not exact. */
function adjuster(
  series: Series,
  bars: readonly FetchedBar[],
): { adjClose: (bar: FetchedBar) => number | null; note: string | null } {
  if (series.adjClose === null) return { adjClose: () => null, note: null };
  const n = series.dates.length - 1;
  const anchorDate = series.dates[n] as string;
  const fileFactor = (series.adjClose[n] as number) / (series.close[n] as number);
  if (!(fileFactor > 0)) {
    const note = `${series.symbol}: ${anchorDate} has no adj_close; new rows get an empty adj_close`;
    return { adjClose: () => null, note };
  }
  const anchor = bars.find((b) => b.date === anchorDate);
  if (anchor === undefined || anchor.adjClose === null) {
    const note =
      `${series.symbol}: no provider adj_close for ${anchorDate}; new adj_close = close x ` +
      `${fileFactor.toPrecision(7)} (a dividend in the new rows would be missed)`;
    return { adjClose: (b) => b.close * fileFactor, note };
  }
  let r = fileFactor / (anchor.adjClose / anchor.close);
  if (Math.abs(r - 1) <= REVISION_TOLERANCE) r = 1;
  const note =
    r === 1
      ? null
      : `${series.symbol}: provider adj_close rescaled by ${r.toPrecision(7)} onto the file's basis (anchor ${anchorDate})`;
  return { adjClose: (b) => (b.adjClose === null ? b.close * fileFactor : b.adjClose * r), note };
}
