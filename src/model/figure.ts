/**
 * Building blocks of stats.json. Every figure is either a value with the dates it spans
 * or an explicit `unavailable` reason: never a silent 0, NaN or null.
 * Returns are fractions (0.0076 means +0.76%).
 */

/** A close-to-close simple return: close[to] / close[from] - 1. */
export interface Change {
  readonly value: number;
  /** Session whose close is the base. */
  readonly from: string;
  /** Session whose close is the end. */
  readonly to: string;
  /** Sessions spanned (rows from `from` to `to`; 0 for an open-to-close move). */
  readonly sessions: number;
}

/** Why a figure could not be computed, e.g. "IWM history begins 2000-05-26". */
export interface Unavailable {
  readonly unavailable: string;
}

export type Maybe<T> = T | Unavailable;

/** Type guard: the figure has a value. */
export function isAvailable<T extends object>(x: Maybe<T>): x is T {
  return !('unavailable' in x);
}

/** A spread between two returns, in fractions (0.01 = 1 percentage point = 100 bp). */
export interface Spread {
  readonly value: number;
  /** `value` spread evenly over the small series' sessions: value / small.sessions. */
  readonly perSession: number;
  readonly small: Change;
  readonly large: Change;
}

/** Spread of two figures: small minus large, unavailable if either is. */
export function spreadOf(small: Maybe<Change>, large: Maybe<Change>): Maybe<Spread> {
  if (!isAvailable(small)) return small;
  if (!isAvailable(large)) return large;
  const value = small.value - large.value;
  return { value, perSession: small.sessions > 0 ? value / small.sessions : value, small, large };
}
