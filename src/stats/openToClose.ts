/**
 * The session's open-to-close move: close[i] / open[i] - 1. Not a daily return: the
 * seeds quote it as one ("RUT +1.35%" on 2026-01-21 was open-to-close; close-to-close was +2.00%).
 */
import type { Series } from '../model/series.js';
import type { Change, Maybe } from '../model/figure.js';

/** Open-to-close move of session i, unavailable when the file has no open for it. */
export function openToClose(s: Series, i: number): Maybe<Change> {
  const open = s.open?.[i];
  const date = s.dates[i] as string;
  if (open === undefined || !Number.isFinite(open)) {
    return { unavailable: `${s.symbol}: no open price on ${date}` };
  }
  const close = s.close[i] as number;
  if (open === close && s.high?.[i] === close && s.low?.[i] === close) {
    return {
      unavailable: `${s.symbol}: open = high = low = close on ${date} (close-only history)`,
    };
  }
  return { value: close / open - 1, from: date, to: date, sessions: 0 };
}
