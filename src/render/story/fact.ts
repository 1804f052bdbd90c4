/**
 * A candidate fact of the day's story: what happened, measured against the series' own history.
 * The story engine (storyEngine.ts) ranks the facts by rarity and builds the headline, the lead
 * and the bottom line from the rarest.
 *
 * Rarity is a share of history in [0, 1]: the share of the series' earlier moves (or streaks,
 * drawdowns, spreads) that were less extreme. A fact leads the brief only at {@link RARE} or
 * more, i.e. when at most 2% of history was as extreme; below it the lead says the day was quiet.
 */
import type { SafeHtml } from '../narrative/prose.js';

/** Rarity from which a fact may lead the brief (top 2% of the series' own history). */
export const RARE = 0.98;

/** Which kind of fact; the order of {@link WEIGHT} breaks ties between equally rare facts. */
export type FactKind =
  | 'closure'
  | 'drawdown'
  | 'move'
  | 'streak'
  | 'streakEnded'
  | 'record'
  | 'spread'
  | 'yearEnd'
  | 'quiet';

/**
 * Ties in rarity: the market (closures, crashes, bear-market lows) before the rotation. A move
 * ties only as the largest on record (rarity 1), which leads before a record-fast decline: on
 * 2020-03-16 the Russell 2000's worst day in its data, not its depth below the record.
 */
export const WEIGHT: Readonly<Record<FactKind, number>> = {
  closure: 9,
  move: 8,
  drawdown: 7,
  yearEnd: 6,
  streak: 5,
  streakEnded: 4,
  record: 3,
  spread: 2,
  quiet: 0,
};

export interface Fact {
  readonly kind: FactKind;
  /** Share of the series' own history less extreme, in [0, 1] (see the module doc). */
  readonly rarity: number;
  /** Plain text, the headline when this fact leads (one line of about 90 characters at most). */
  readonly headline: string;
  /** What happened, one sentence with its citations. */
  readonly happened: SafeHtml;
  /** How rare it is, or since when (one sentence), when there is something to say. */
  readonly context?: SafeHtml;
  /**
   * What happened and how rare in one sentence, for a lead that tells it second after a fact of
   * the same kind (another index's record fall on a crash day); without it, it is not told then.
   */
  readonly also?: SafeHtml;
  /**
   * The fact told second after a first fact that stated its day move: a move's rank alone ("The
   * Russell 2000's one-day fall was its largest since June 2020"), a drawdown's close without the
   * move. Without it, such a fact is not told second.
   */
  readonly retold?: SafeHtml;
  /** What history says came next (with the sample size), when the data has it. */
  readonly history?: SafeHtml;
  /** What to watch next. */
  readonly watch?: SafeHtml;
  /** One plain-text clause for the bottom line, e.g. "small caps' run is the longest since 1996". */
  readonly gist: string;
  /** Symbols whose day move `happened` (and `also`, unless `alsoMoves`) states: the lead gives the others' itself. */
  readonly dayMoves?: readonly string[];
  /**
   * The `also` form without one of its day moves, keyed by that symbol: for a lead whose first
   * fact stated it (2008-10-23: the drawdown gave the Russell 2000's -2.40%, the spread then gives
   * the S&P 500's +1.26% alone).
   */
  readonly alsoTold?: Readonly<Record<string, SafeHtml>>;
  /** Symbols whose day move `also` states, where fewer than `dayMoves` (a bear market told second). */
  readonly alsoMoves?: readonly string[];
  /** Symbols whose close `happened` states ("closed at 1,499.25", "to 1,499.25"). */
  readonly closes?: readonly string[];
  /**
   * An index entered a bear market today: when another fact leads, the lead tells this one
   * second, before rarer moves (2011-08-08: the Russell 2000's, after its -8.91% day).
   */
  readonly bearEntry?: boolean;
  /** The index the fact is about, for a fact about one (a move, a drawdown, a bear market). */
  readonly index?: string;
  /**
   * A move's rank: the session of the last larger move (null: the largest on record). A rank
   * under three months old is told second only when no other fact can be (phrasing.recentSince).
   */
  readonly rankSince?: string | null;
}
