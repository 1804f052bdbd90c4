/**
 * What history says came after earlier streaks at least as long as today's: with five or more
 * cases, the share in which small caps kept leading and the median spread over the next 21
 * sessions; with fewer, each case named (a median of two runs means nothing); with none, that.
 */
import { isAvailable } from '../../model/figure.js';
import type { PairStats } from '../../stats/briefStats.js';
import type { StreakStats } from '../../stats/streaks.js';
import { prose, type SafeHtml } from '../narrative/prose.js';
import { cardinal, countWords } from '../narrative/wording.js';
import { monthYear, spreadText } from './phrasing.js';
import type { SourceNotes } from '../narrative/sourceNotes.js';

/** Fewer cases than this are listed one by one instead of summarised. */
export const MIN_SUMMARISED = 5;
const HORIZON = 21;

/** "+1.2 pp" / "-45 bp": a signed spread in the unit rule. */
function signed(x: number): string {
  return `${x >= 0 ? '+' : '\u2212'}${spreadText(x)}`;
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
  const c = notes.cite({ family: 'analogs', series: [pair.small, pair.large], from: s.historyFrom, to: a.asOf });
  if (a.analogCount === 0)
    return prose`No earlier run was this long, so history offers no guide to what comes next${c}.`;
  const { small, large } = names;
  const sum = a.summary[HORIZON];
  if (a.analogCount >= MIN_SUMMARISED && sum && isAvailable(sum)) {
    const led = Math.round(sum.shareSmallLed * sum.count);
    const share = led === 0 ? 'in none of them' : `in ${cardinal(led)} of the ${cardinal(sum.count)}`;
    return prose`After the ${countWords(a.analogCount, 'earlier run')} of ${a.length} sessions or more, small caps kept the lead over the next ${HORIZON} sessions ${share}, by a median of ${signed(sum.median)}${c}.`;
  }
  const only = a.cases[0];
  const f = only?.forward[HORIZON];
  if (a.analogCount === 1 && only && typeof f === 'number')
    return prose`The one earlier run this long ended in ${monthYear(only.end)}; over the next ${HORIZON} sessions the ${small} ${f >= 0 ? 'led' : 'trailed'} the ${large} by ${spreadText(f)}${c}.`;
  const told = a.cases.map((k) => {
    const v = k.forward[HORIZON];
    const year = k.end.slice(0, 4);
    return typeof v === 'number' ? `${year} ${signed(v)}` : `${year} (not ${HORIZON} sessions yet)`;
  });
  return prose`After each of the ${countWords(a.analogCount, 'earlier run')} this long, the ${small} did better (+) or worse (\u2212) than the ${large} over the next ${HORIZON} sessions: ${told.join(', ')}${c}.`;
}
