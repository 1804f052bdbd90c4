/**
 * The series left out of a brief, as the notes list them: series left out for the same reason
 * share one entry, dates as a reader writes them, and a reason every entry shares is said once
 * ("Left out of this brief, as their data begin after Sep 22, 2011: AAPL, AMZN, GOOG, META, MSFT,
 * NVDA, TSLA (Jun 27–28, 2016); XLC (Jun 19, 2018)", where nine entries had repeated one clause;
 * a group's days in one form with the single dates', not "June 2016" beside "Jun 19, 2018").
 * stats.json keeps each series' own reason as computed.
 */
import type { Excluded } from '../stats/asOf.js';
import { formatShortDate } from '../model/format.js';

/** One entry of the list: the symbols, joined, and their reason. */
export interface ExcludedGroup {
  readonly symbol: string;
  readonly reason: string;
}

/** The list's opening words and its entries. */
export interface ExcludedList {
  readonly intro: string;
  readonly groups: readonly ExcludedGroup[];
}

const BEGINS = /^history begins (\d{4}-\d{2}-\d{2}), after (\d{4}-\d{2}-\d{2})$/;
const ISO = /\b\d{4}-\d{2}-\d{2}\b/g;

/** ISO dates of one month as a reader writes them: "Jun 19, 2018", or "Jun 27–28, 2016". */
function daysOfMonth(dates: readonly string[]): string {
  const sorted = [...dates].sort();
  const [first, last] = [sorted[0] as string, sorted[sorted.length - 1] as string];
  if (first === last) return formatShortDate(first);
  const [month, year] = [formatShortDate(first).split(' ')[0], first.slice(0, 4)];
  return `${month} ${Number(first.slice(8))}–${Number(last.slice(8))}, ${year}`;
}

/** Group `excluded` by reason, in the order each reason first appears. */
export function excludedGroups(excluded: readonly Excluded[]): ExcludedList {
  const begins = excluded.map((x) => BEGINS.exec(x.reason));
  const after = begins[0]?.[2];
  // Every series' data begins after the brief's date: said once, in the opening words.
  if (after && begins.every((m) => m?.[2] === after)) {
    const groups = new Map<string, { symbols: string[]; from: string[] }>();
    excluded.forEach((x, k) => {
      const from = begins[k]?.[1] as string;
      const g = groups.get(from.slice(0, 7)) ?? { symbols: [], from: [] };
      g.symbols.push(x.symbol);
      g.from.push(from);
      groups.set(from.slice(0, 7), g);
    });
    return {
      intro: `Left out of this brief, as their data begin after ${formatShortDate(after)}`,
      groups: [...groups.values()].map((g) => ({
        symbol: g.symbols.join(', '),
        reason: daysOfMonth(g.from),
      })),
    };
  }
  const byReason = new Map<string, string[]>();
  for (const x of excluded) {
    const reason = x.reason.replace(ISO, formatShortDate);
    byReason.set(reason, [...(byReason.get(reason) ?? []), x.symbol]);
  }
  return {
    intro: 'Left out of this brief',
    groups: [...byReason].map(([reason, symbols]) => ({ symbol: symbols.join(', '), reason })),
  };
}
