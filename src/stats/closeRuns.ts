/**
 * Runs of consecutive up or down closes of one series (close-to-close on raw closes):
 * session k is "up" when close[k] > close[k-1], "down" when close[k] < close[k-1] and "flat"
 * when equal; an unchanged close ends both an up and a down run. Lengths count sessions.
 * Prefix structures are built once per series (memoized), so a date costs O(log n + D).
 */
import type { Series } from '../model/series.js';
import { perSeries } from './perSeries.js';
import { changeBetween } from './returns.js';
import type { Change, Maybe } from '../model/figure.js';
import { buildRunIndex, runContextAt, type RunIndex } from './streakIndex.js';

export type CloseDirection = 'up' | 'down' | 'flat';

/** A run of same-direction closes, from its first to its last session. */
export interface CloseRun {
  readonly length: number;
  readonly start: string;
  readonly end: string;
}

/** The run of same-direction closes ending at row i, ranked among runs of that direction up to i. */
export interface CloseRunStats {
  readonly direction: CloseDirection;
  /** Sessions in the run ending at row i (>= 1). */
  readonly length: number;
  /** First session of the run. */
  readonly start: string;
  /** Move over the run: close[i] / close[session before start] - 1 (`sessions` = length). */
  readonly change: Change;
  /** 1 + number of earlier runs of this direction strictly longer (ties share a rank). */
  readonly rank: number;
  /** Earlier runs of this direction exactly as long. */
  readonly tiedWith: number;
  /** Runs of this direction in rows 0..i, the current one included. */
  readonly runCount: number;
  /** Longest run of this direction in rows 0..i, the current one included (earliest of equals). */
  readonly record: CloseRun;
  /** Most recent earlier run of this direction at least as long; null when none. */
  readonly lastAtLeastAsLong: CloseRun | null;
  /** First session with a close-to-close change (the history the rank is over). */
  readonly historyFrom: string;
}

interface CloseRunIndex {
  readonly up: RunIndex;
  readonly down: RunIndex;
  readonly flat: RunIndex;
}

/** Up, down and flat run indices of `s.close`, computed once per series (entry k uses rows 0..k). */
const closeRunIndex = perSeries((s: Series): CloseRunIndex => {
  const n = s.close.length;
  const up = new Uint8Array(n);
  const down = new Uint8Array(n);
  const flat = new Uint8Array(n);
  for (let k = 1; k < n; k++) {
    const c = s.close[k] as number;
    const p = s.close[k - 1] as number;
    up[k] = c > p ? 1 : 0;
    down[k] = c < p ? 1 : 0;
    flat[k] = c === p ? 1 : 0;
  }
  const out = { up: buildRunIndex(up), down: buildRunIndex(down), flat: buildRunIndex(flat) };
  return out;
});

/** Direction of the close-to-close move into row i (i >= 1). */
function directionAt(s: Series, i: number): CloseDirection {
  const c = s.close[i] as number;
  const p = s.close[i - 1] as number;
  return c > p ? 'up' : c < p ? 'down' : 'flat';
}

/**
 * The run of consecutive up (or down, or unchanged) closes ending at row i, ranked against all
 * earlier runs of the same direction in rows 0..i. Unavailable at row 0 (no previous close).
 */
export function closeRuns(s: Series, i: number): Maybe<CloseRunStats> {
  if (i < 1)
    return {
      unavailable: `${s.symbol}: a run of closes needs a previous close, history begins ${s.dates[0]}`,
    };
  const direction = directionAt(s, i);
  const ri = closeRunIndex(s)[direction];
  const c = runContextAt(ri, i);
  const runOf = (start: number, end: number): CloseRun => ({
    length: end - start + 1,
    start: s.dates[start] as string,
    end: s.dates[end] as string,
  });
  const rec = c.record ?? { start: i, end: i };
  const o = c.lastAtLeastOrd;
  return {
    direction,
    length: c.current,
    start: s.dates[i - c.current + 1] as string,
    change: changeBetween(s, i - c.current, i),
    rank: c.longer + 1,
    tiedWith: c.tied,
    runCount: c.earlier + 1,
    record: runOf(rec.start, rec.end),
    lastAtLeastAsLong: o >= 0 ? runOf(ri.starts[o] as number, ri.ends[o] as number) : null,
    historyFrom: s.dates[1] as string,
  };
}
