/**
 * The shape of stats.json: every figure computed for one brief date. The figures' types follow
 * the registry (src/stats/registry): adding a family there adds it here.
 */
import type { Excluded } from './asOf.js';
import type { BriefFigures } from './registry/briefFigures.js';
import type { PairFigures } from './registry/pairFigures.js';
import type { SeriesFigures } from './registry/seriesFigures.js';
import type { Change, Maybe } from '../model/figure.js';

export { WINDOWS, type Window } from './registry/pairFigures.js';

export type Role =
  'small-cap index' | 'large-cap index' | 'growth index' | 'etf' | 'sector' | 'mega-cap';

/** Figures of one series on the brief's date. */
export type SeriesStats = {
  readonly symbol: string;
  readonly name: string;
  readonly role: Role;
  /** Data file the figures come from, relative to the data folder. */
  readonly source: string;
  readonly close: number;
} & SeriesFigures;

/** Small-minus-large spreads, streak, analogs, ratio, beta of one pair. */
export type PairStats = {
  readonly label: string;
  readonly small: string;
  readonly large: string;
} & PairFigures;

export type BriefStats = {
  readonly schema: 'rotation-brief/stats@2';
  /** The brief's session date (America/New_York). */
  readonly date: string;
  readonly conventions: Readonly<Record<string, string>>;
  /** Figures by symbol, keys sorted. */
  readonly series: Readonly<Record<string, SeriesStats>>;
  /** Series left out of this brief and why. */
  readonly excluded: readonly Excluded[];
  readonly pairs: readonly PairStats[];
  /** With --range FROM..TO: each series' close-to-close return between those two sessions. */
  readonly range?: {
    readonly from: string;
    readonly to: string;
    readonly returns: Readonly<Record<string, Maybe<Change>>>;
  };
} & BriefFigures;
