/**
 * The mega-cap basket: an EQUAL-WEIGHT basket of the universe's mega-cap stocks (the bundled
 * universe: AAPL MSFT NVDA AMZN META TSLA GOOG) against the small-cap index. CONVENTIONS:
 * - Equal weight = the mean of the members' period returns: the weights are set equal at the
 *   close that starts the period and are NOT rebalanced within it (a buy-and-hold basket of
 *   equal dollar amounts). basket = (r_AAPL + ... + r_GOOG) / 7.
 * - Returns are close-to-close SIMPLE returns on raw closes (price return, no dividends):
 *   5 sessions (trading sessions) and YTD (from the last close of the previous year).
 * - Spread = RUT return minus basket return over the same window (small minus large, the
 *   brief's convention; a fraction, 0.01 = 1 percentage point; > 0 when small caps did better).
 * - Every member is required: when any is missing on the date, or has no close at the start of
 *   the window (the stock files begin 2016-06-27/28, so there is no YTD in 2016), the window is
 *   unavailable, naming the stock. A smaller basket would silently be a different index.
 * Reads rows <= each row i only; O(members + YTD sessions) per call.
 */
import type { Series } from '../model/series.js';
import { isAvailable, spreadOf, type Change, type Maybe, type Spread } from '../model/figure.js';
import { periodToDate, sessionsReturn } from './returns.js';

/** A series and its row on the brief's date (a stock absent on the date is not passed). */
export interface RowOf {
  readonly series: Series;
  readonly i: number;
}

/** One member's return over the window. */
export interface BasketMember {
  readonly symbol: string;
  readonly change: Change;
}

/** The basket, its members and RUT over one window. */
export interface BasketWindow {
  /** value = mean of the members' returns; from / to / sessions of the common window. */
  readonly basket: Change;
  /** Each member's return, in `members` order. */
  readonly members: readonly BasketMember[];
  readonly rut: Change;
  /** RUT minus basket: spread.small is RUT, spread.large is the basket. */
  readonly spread: Spread;
}

/** The equal-weight basket against RUT over 5 sessions and YTD. */
export interface MegaCapBasket {
  readonly date: string;
  /** Symbols of the basket (all must be present for a window to be available). */
  readonly members: readonly string[];
  readonly sessions5: Maybe<BasketWindow>;
  readonly ytd: Maybe<BasketWindow>;
}

type Window = (s: Series, i: number) => Maybe<Change>;

/**
 * 5-session and YTD returns of the equal-weight basket of `members` and their spread against
 * RUT, as of RUT's row. Stocks not in `members` are ignored. Every stock row must be on RUT's
 * date (throws otherwise, a caller bug).
 */
export function megaCapBasket(
  stocks: readonly RowOf[],
  rut: RowOf,
  members: readonly string[],
): MegaCapBasket {
  const date = rut.series.dates[rut.i] as string;
  for (const x of stocks)
    if (x.series.dates[x.i] !== date)
      throw new RangeError(
        `megaCapBasket: ${x.series.symbol} row ${x.i} is ${x.series.dates[x.i]}, not ${date}`,
      );
  const five: Window = (s, i) => sessionsReturn(s, i, 5);
  const ytd: Window = (s, i) => periodToDate(s, i, 'year');
  return {
    date,
    members,
    sessions5: basketWindow(stocks, rut, members, five),
    ytd: basketWindow(stocks, rut, members, ytd),
  };
}

/** The basket over one window, unavailable when any member or RUT lacks that return. */
function basketWindow(
  stocks: readonly RowOf[],
  rut: RowOf,
  members: readonly string[],
  window: Window,
): Maybe<BasketWindow> {
  const date = rut.series.dates[rut.i] as string;
  const r = window(rut.series, rut.i);
  if (!isAvailable(r)) return r;
  const out: BasketMember[] = [];
  for (const sym of members) {
    const x = stocks.find((st) => st.series.symbol === sym);
    if (!x)
      return {
        unavailable: `${sym}: not in the brief on ${date}; the equal-weight basket needs all of ${members.join(' ')}`,
      };
    const c = window(x.series, x.i);
    if (!isAvailable(c)) return c;
    if (c.from !== r.from)
      return {
        unavailable: `${sym}: window starts ${c.from}, not ${r.from} like ${rut.series.symbol}; the files should share one calendar`,
      };
    out.push({ symbol: sym, change: c });
  }
  if (out.length === 0) return { unavailable: `mega-cap basket: no members given on ${date}` };
  const value = out.reduce((t, m) => t + m.change.value, 0) / out.length;
  const basket: Change = { value, from: r.from, to: r.to, sessions: r.sessions };
  return { basket, members: out, rut: r, spread: spreadOf(r, basket) as Spread };
}
