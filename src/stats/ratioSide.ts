/**
 * How long the small/large ratio has closed on one side of its moving average: consecutive
 * common sessions, the date's included, with the ratio at or above the average ("above") or
 * below it, counted back over the sessions that have an average. It says whether the trend
 * behind the daily moves is old or new: "above it for 37 straight sessions", "crossed today".
 */

/** The ratio's side of its average on the date and how long it has been there. */
export interface RatioSide {
  /** "above": the ratio closed at or above its average on the date; "below": under it. */
  readonly side: 'above' | 'below';
  /** Consecutive sessions on that side, the date's included (1: it crossed on the date). */
  readonly sessions: number;
  /** First session of that run. */
  readonly from: string;
  /** The run reaches the first session with an average in reach: it may be longer still. */
  readonly atLeast: boolean;
  /** Consecutive sessions on the other side just before the run (0 when `atLeast`). */
  readonly before: number;
  /** That earlier run reaches the first session with an average too. */
  readonly beforeAtLeast: boolean;
  /** First session of that earlier run (null when `atLeast`): where the count looked from. */
  readonly beforeFrom: string | null;
  /** First session whose ratio the count reads (the averages of the counted sessions included). */
  readonly readsFrom: string;
}

/** Index of the first of the run of equal `sides` that ends at `end` (never below 0). */
function runStart(sides: readonly boolean[], end: number): number {
  let k = end;
  while (k > 0 && sides[k - 1] === sides[end]) k--;
  return k;
}

/**
 * The side run at the last of `ratio`, where `average(k)` is the moving average on session k
 * (k from `first`, the first session that has one, to the last). `dates[k]` names session k.
 *
 * @example ratios 1, 3, 3, 1, 3 against averages 2 from k = 1: sides above, above, below, above
 *   (k = 1..4): the run at k = 4 is 1 session (it crossed), after 1 session below.
 */
export function ratioSide(
  dates: readonly string[],
  ratio: readonly number[],
  average: (k: number) => number,
  first: number,
): RatioSide {
  const n = ratio.length;
  if (first < 0 || first >= n) throw new RangeError(`ratioSide: no average in ${n} sessions`);
  const above = ratio.slice(first).map((r, j) => r >= average(first + j));
  const end = above.length - 1;
  const start = runStart(above, end);
  const atLeast = start === 0;
  const beforeStart = atLeast ? 0 : runStart(above, start - 1);
  return {
    side: above[end] ? 'above' : 'below',
    sessions: end - start + 1,
    from: dates[first + start] as string,
    atLeast,
    before: atLeast ? 0 : start - beforeStart,
    beforeAtLeast: !atLeast && beforeStart === 0,
    beforeFrom: atLeast ? null : (dates[first + beforeStart] as string),
    // An average of `first + 1` sessions: session k's reads from k - first.
    readsFrom: dates[atLeast ? start : beforeStart] as string,
  };
}
