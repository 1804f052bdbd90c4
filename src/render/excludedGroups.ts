/**
 * The series left out of a brief, as the notes list them: series left out for the same reason
 * share one entry, dates as a reader writes them, and a reason every entry shares is said once
 * ("Left out of this brief, as their data begin after Sep 22, 2011: AAPL, AMZN, GOOG, META, MSFT,
 * NVDA, TSLA (June 2016); XLC (Jun 19, 2018)", where nine entries had repeated one clause).
 * stats.json keeps each series' own reason as computed.
 */
import type { Excluded } from '../stats/asOf.js';
import { formatShortDate } from '../model/format.js';
import { monthYear } from './story/phrasing.js';

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
        reason:
          new Set(g.from).size === 1
            ? formatShortDate(g.from[0] as string)
            : monthYear(g.from[0] as string),
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
