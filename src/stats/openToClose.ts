/**
 * The session's open-to-close move: close[i] / open[i] - 1. Not a daily return: the seeds quote
 * it as one ("RUT +1.35%" on 2026-01-21 was open-to-close; close-to-close was +2.00%).
 *
 * Shown only where the file's opens are real opens: in the RUT and GSPC files the open equals the
 * previous close on 94-97% of sessions before about 2007 (a vendor filled the open in), and the
 * open-to-close move is then the daily move again. When more than {@link SYNTHETIC_OPEN_SHARE} of
 * the 252 sessions up to the date open at exactly the previous close, the figure is unavailable
 * and says why.
 */
import type { Change, Maybe } from '../model/figure.js';
import type { Series } from '../model/series.js';
import { perSeries } from './perSeries.js';

/** Share of sessions opening at exactly the previous close above which opens are not real. */
export const SYNTHETIC_OPEN_SHARE = 0.1;
const WINDOW = 252;

/** Prefix counts: entry k = sessions in rows 1..k-1 whose open equals the previous close. */
const openAtPreviousClose = perSeries((s: Series): Int32Array => {
  const n = s.close.length;
  const out = new Int32Array(n + 1);
  for (let k = 1; k < n; k++) {
    const same = s.open !== null && s.open[k] === s.close[k - 1];
    out[k + 1] = (out[k] as number) + (same ? 1 : 0);
  }
  return out;
});

/** Open-to-close move of session i; unavailable without a real open for it. */
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
  const from = Math.max(1, i - WINDOW + 1);
  const counts = openAtPreviousClose(s);
  const share = ((counts[i + 1] as number) - (counts[from] as number)) / (i + 1 - from || 1);
  if (share > SYNTHETIC_OPEN_SHARE) {
    return {
      unavailable: `${s.symbol}: the file's open equals the previous close on ${Math.round(share * 100)}% of the ${i + 1 - from} sessions to ${date}: not real opens, so no open-to-close move`,
    };
  }
  return { value: close / open - 1, from: date, to: date, sessions: 0 };
}
