/**
 * One watch rule's finding for one index (seriesWatch.ts words them, watchpoints.ts lists them),
 * and how a rule cites its figures.
 */
import type { SafeHtml } from './prose.js';
import type { SourceNotes } from './sourceNotes.js';

/** The index rules, in the order the watch list gives them. */
export const WATCH_RULES = ['rsi', 'volatility', 'drawdown', 'range52w'] as const;

/** A rule that fired for one index: its sentence alone, and its part of a shared sentence. */
export interface WatchItem {
  readonly rule: (typeof WATCH_RULES)[number];
  /**
   * What must match for indices to share a sentence: "overbought", "bear-market", "intraday
   * low"; unique to the index when its sentence cannot be shared (a low on a day that closed up).
   */
  readonly variant: string;
  readonly alone: SafeHtml;
  readonly part: SafeHtml;
  /** The part's citation when the shared sentence puts citations at its end (52-week range). */
  readonly note?: SafeHtml;
  /**
   * A correction measured from a bull market's high while the record is 20% or more above: the
   * sentence names the rule, or "correction territory" beside "29.8% below its record close"
   * reads as a mistake (2011-10-03).
   */
  readonly fromHigh?: boolean;
}

/** Cite one figure family of the index over a window (a note's placeholder). */
export type Cite = (family: string, from: string, to: string) => ReturnType<SourceNotes['cite']>;
