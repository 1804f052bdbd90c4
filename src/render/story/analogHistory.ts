/**
 * What history says came after earlier streaks at least as long as today's: with five or more
 * cases, how often the small-cap index beat the large-cap one over the next 21 sessions and
 * the median spread (small minus large, close to close); with fewer, each case named (a median of two runs means nothing); with none, that.
 */
import { isAvailable } from '../../model/figure.js';
import type { PairStats } from '../../stats/briefStats.js';
import type { StreakStats } from '../../stats/streaks.js';
import { prose, type SafeHtml } from '../narrative/prose.js';
import { cardinal, countWords } from '../narrative/wording.js';
import { capitalise, spreadText } from './phrasing.js';
import type { SourceNotes } from '../narrative/sourceNotes.js';

/** Fewer cases than this are listed one by one instead of summarised. */
export const MIN_SUMMARISED = 5;
const HORIZON = 21;

/** How often small caps led: "never", "only once", "in three of the five", "every time". */
function howOften(led: number, count: number): string {
  if (led === 0) return 'never';
  if (led === count) return count === 2 ? 'both times' : 'every time';
  if (led === 1) return 'only once';
  return `in ${cardinal(led)} of the ${cardinal(count)}`;
}

/** One sentence on the earlier streaks at least as long, or null when there are no analogs. */
export function analogHistory(
  pair: PairStats,
  s: StreakStats,
  names: { readonly small: string; readonly large: string },
  notes: SourceNotes,
): SafeHtml | null {
  const a = pair.analogs;
  if (!isAvailable(a)) return null;
  const c = notes.cite({
    family: 'analogs',
    series: [pair.small, pair.large],
    from: s.historyFrom,
    to: a.asOf,
  });
  if (a.analogCount === 0)
    return prose`No earlier run was this long, so history offers no guide to what comes next${c}.`;
  const { small, large } = names;
  const sum = a.summary[HORIZON];
  if (a.analogCount >= MIN_SUMMARISED && sum && isAvailable(sum)) {
    const led = Math.round(sum.shareSmallLed * sum.count);
    const median =
      sum.median >= 0 ? `led by ${spreadText(sum.median)}` : `trailed by ${spreadText(sum.median)}`;
    return prose`Over the ${HORIZON} sessions after the ${countWords(sum.count, 'earlier run')} of ${a.length} sessions or more, the ${small} beat the ${large} ${howOften(led, sum.count)}; in the median case it ${median}${c}.`;
  }
  const only = a.cases[0];
  const f = only?.forward[HORIZON];
  if (a.analogCount === 1 && only && typeof f === 'number')
    return prose`That ${only.end.slice(0, 4)} run is the only precedent, one case rather than a pattern: over the ${HORIZON} sessions after it the ${small} ${f >= 0 ? 'led' : 'trailed'} the ${large} by ${spreadText(f)}${c}.`;
  const told = a.cases.map((k, i) => {
    const v = k.forward[HORIZON];
    const year = k.end.slice(0, 4);
    const after =
      i === 0 ? `in the ${HORIZON} sessions after the ${year} run` : `after the ${year} run`;
    if (typeof v !== 'number') return `${after} fewer than ${HORIZON} sessions have passed`;
    const verb = v >= 0 ? 'led' : 'trailed';
    return i === 0
      ? `${after} the ${small} ${verb} the ${large} by ${spreadText(v)}`
      : `${after} it ${verb} by ${spreadText(v)}`;
  });
  const list =
    told.length > 1
      ? `${told.slice(0, -1).join(', ')}, and ${told[told.length - 1]}`
      : (told[0] ?? '');
  return prose`${capitalise(countWords(a.analogCount, 'earlier run'))} were at least this long: ${list}${c}.`;
}
