/**
 * The market cycle by the usual 20% rule, on closes (close-to-close, raw closes). A bear market
 * begins at the first close 20% or more below the cycle's high; it ends at the first close 20%
 * or more above its lowest close (a new bull market, whose high starts there and rises with each
 * higher close), or at a close above the old high. A close below that bear market's low, before
 * a close above its high, resumes it: the rally was one inside it. The depth that says "correction" or "bear
 * market" is measured from the cycle's high, not from a record the index has since rallied away
 * from: on 2011-09-22 the S&P 500 was 27.8% below its 2007 record but 17.2% below its high of
 * April 29, 2011, in a bull market that began with the 20% rally off the March 2009 low.
 * Reads rows 0..i only; O(n) once per series (memoized), then O(1) a call.
 */
import type { Series } from '../model/series.js';
import type { DatedClose } from './drawdown.js';
import { perSeries } from './perSeries.js';

/** Depth below the cycle's high that begins a bear market. */
export const BEAR_DEPTH = -0.2;
/** Rise from a bear market's lowest close that ends it. */
export const BULL_RALLY = 0.2;

/**
 * Slack for "20% or more" in floating point: 80 / 100 - 1 is -0.19999999999999996, and IWB's
 * 68.04 on 2008-07-11 is exactly 20% below its 85.05 high.
 */
export const RATIO_SLACK = 1e-9;

/** `x` at or beyond `line` (further from 0), within {@link RATIO_SLACK}. */
export const atOrBeyond = (x: number, line: number): boolean =>
  line < 0 ? x <= line + RATIO_SLACK : x >= line - RATIO_SLACK;

/** Where the cycle stands on a session. */
export interface MarketCycle {
  /** close / the cycle's high - 1 (<= 0). */
  readonly value: number;
  /** The cycle's high: the highest close of the bull market (earliest of equals). */
  readonly high: DatedClose;
  /** In a bear market: a close 20% below the high came, and no 20% rally off the low since. */
  readonly bear: boolean;
  /**
   * In a bear market, its first close (20% or more below the high; for a bear market a close
   * below its low resumed, the first close of that one): on that session the bear market began.
   * Null in a bull market.
   */
  readonly bearFrom: DatedClose | null;
  /**
   * In a bear market, its lowest close so far and that session (earliest of equals): a close 20%
   * or more above it would end the bear market. Null in a bull market.
   */
  readonly low: DatedClose | null;
}

interface CyclePrefix {
  readonly highAt: Int32Array;
  /** The row of the bear market's first close, or -1 in a bull market. */
  readonly bearFrom: Int32Array;
  /** The row of the bear market's lowest close so far, or -1 in a bull market. */
  readonly lowAt: Int32Array;
}

/** A bear market a 20% rally ended: rows of its high, its low and its first close. */
interface EndedBear {
  readonly high: number;
  readonly low: number;
  readonly from: number;
}

/**
 * The bear market a close below its low resumes (the earliest of those it is below, popped with
 * every later one), or null.
 */
function resumedBear(ended: EndedBear[], c: ArrayLike<number>, ck: number): EndedBear | null {
  let resumed: EndedBear | null = null;
  while (ended.length > 0) {
    const last = ended.at(-1) as EndedBear;
    if (!(ck < (c[last.low] as number))) break;
    resumed = last;
    ended.pop();
  }
  return resumed;
}

/** The cycle of every row of `s`, each from rows 0..k only. */
const prefix = perSeries((s: Series): CyclePrefix => {
  const c = s.close;
  const n = c.length;
  const highAt = new Int32Array(n);
  const bearFrom = new Int32Array(n);
  const lowAt = new Int32Array(n);
  let high = 0;
  let low = 0;
  let bear = false;
  let from = -1;
  // The bear markets a 20% rally ended, latest last, until a close above their high: a close
  // below one's low resumes it (the rally was one inside it: 2009-03-09, below 2008-11-20's low).
  const ended: EndedBear[] = [];
  for (let k = 0; k < n; k++) {
    const ck = c[k] as number;
    const resumed = resumedBear(ended, c, ck);
    if (resumed !== null) [high, bear, low, from] = [resumed.high, true, k, resumed.from];
    else if (ck > (c[high] as number)) {
      while (ended.length > 0 && ck > (c[(ended.at(-1) as EndedBear).high] as number)) ended.pop();
      [high, bear] = [k, false]; // a new high ends a bear market (an equal close keeps the earlier)
    } else if (bear) {
      if (ck < (c[low] as number)) low = k;
      else if (atOrBeyond(ck / (c[low] as number) - 1, BULL_RALLY)) {
        ended.push({ high, low, from });
        [high, bear] = [k, false]; // a new bull market: its high starts at this close
      }
    } else if (atOrBeyond(ck / (c[high] as number) - 1, BEAR_DEPTH))
      [bear, low, from] = [true, k, k];
    highAt[k] = high;
    bearFrom[k] = bear ? from : -1;
    lowAt[k] = bear ? low : -1;
  }
  return { highAt, bearFrom, lowAt };
});

/** The market cycle of `s` at row i (see the module doc for the rule). */
export function marketCycle(s: Series, i: number): MarketCycle {
  const p = prefix(s);
  const h = p.highAt[i] as number;
  const f = p.bearFrom[i] as number;
  const l = p.lowAt[i] as number;
  const dated = (k: number): DatedClose => ({
    date: s.dates[k] as string,
    close: s.close[k] as number,
  });
  return {
    value: (s.close[i] as number) / (s.close[h] as number) - 1,
    high: dated(h),
    bear: f >= 0,
    bearFrom: f >= 0 ? dated(f) : null,
    low: l >= 0 ? dated(l) : null,
  };
}
