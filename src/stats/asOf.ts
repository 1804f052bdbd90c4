/**
 * Which series take part in the brief for a date, and the row of each on that date.
 * - history begins after the date: left out, with a note (e.g. XLC before 2018-06-19);
 * - data ends before the date: an error naming the series (stale data is never
 *   reported as the day's), unless the universe marks the series optional: then left out;
 * - no row on the date although later rows exist: an error (a gap in the file).
 */
import { BriefError } from '../errors.js';
import { indexAtOrBefore, type Series } from '../model/series.js';

export interface Excluded {
  readonly symbol: string;
  readonly reason: string;
}

export interface AsOf {
  readonly date: string;
  /** Row index of `date` in each included series. */
  readonly index: ReadonlyMap<string, number>;
  readonly excluded: readonly Excluded[];
}

/** Resolve each series' row for `date`; `optional` symbols may be left out when stale. */
export function resolveAsOf(
  series: ReadonlyMap<string, Series>,
  date: string,
  optional: ReadonlySet<string>,
  order: readonly string[] = [],
): AsOf {
  const index = new Map<string, number>();
  const excluded: Excluded[] = [];
  const stale: Series[] = [];
  for (const [sym, s] of [...series].sort(([a], [b]) => a.localeCompare(b))) {
    const i = indexAtOrBefore(s, date);
    const last = s.dates[s.dates.length - 1] as string;
    if (i < 0) {
      excluded.push({ symbol: sym, reason: `history begins ${s.dates[0]}, after ${date}` });
    } else if (s.dates[i] === date) {
      index.set(sym, i);
    } else if (last < date) {
      if (!optional.has(sym)) stale.push(s);
      else excluded.push({ symbol: sym, reason: `data ends ${last}, before ${date}` });
    } else {
      throw new BriefError(
        'data',
        `${s.source}: ${sym} has no row for session ${date} (rows around it: ${s.dates[i]}, ${s.dates[i + 1]})`,
        'a missing session in the file; restore the row from the data source',
      );
    }
  }
  if (stale.length > 0) throw staleError(stale, date, order);
  return { date, index, excluded };
}

/** One error for every stale series, the most important (earliest in `order`) named first. */
function staleError(stale: Series[], date: string, order: readonly string[]): BriefError {
  const rank = (sym: string) => (order.includes(sym) ? order.indexOf(sym) : order.length);
  const sorted = [...stale].sort((a, b) => rank(a.symbol) - rank(b.symbol));
  const first = sorted[0] as Series;
  const lastOf = (s: Series) => s.dates[s.dates.length - 1] as string;
  const more =
    sorted.length > 1
      ? ` (and ${sorted.length - 1} more: ${sorted
          .slice(1, 6)
          .map((s) => s.symbol)
          .join(', ')}${sorted.length > 6 ? ', ...' : ''})`
      : '';
  return new BriefError(
    'data',
    `${first.source}: ${first.symbol} data ends ${lastOf(first)}, before ${date}${more}`,
    `stale data is never reported as the day's: update the data (brief fetch) or choose --date ${lastOf(first)} or earlier`,
  );
}

/**
 * The series a brief cannot do without (the universe's indices) must take part and hold the
 * previous session's close: without it the day's move, the headline and the streak are all
 * unavailable, and a brief headed "Russell 2000 n/a" is refused instead.
 */
export function requireHistory(
  series: ReadonlyMap<string, Series>,
  asOf: AsOf,
  required: readonly string[],
): void {
  for (const sym of required) {
    const s = series.get(sym);
    if (s === undefined) continue; // a missing file is reported when loading
    const i = asOf.index.get(sym);
    if (i !== undefined && i >= 1) continue;
    const rows = i === undefined ? 0 : i + 1;
    throw new BriefError(
      'data',
      `${s.source}: ${sym} has ${rows} row${rows === 1 ? '' : 's'} up to ${asOf.date} (the file starts ${s.dates[0]}); a brief needs at least the previous session's close of every index`,
      `restore the history of ${sym} from the data source, or choose a later --date`,
    );
  }
}
