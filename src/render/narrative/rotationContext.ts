/**
 * The rotation in historical context: the current outperformance streak and where it stands
 * (ranked only from five sessions, "longest since YEAR"), what followed earlier streaks at least
 * as long (listed below five cases, summarised from five), and where the small/large ratio stands
 * against its averages and its one-year range.
 */
import type { PairStats } from '../../stats/briefStats.js';
import { isAvailable } from '../../model/figure.js';
import { formatBeside, formatLongDate, formatPercent, roundsToZeroBp } from '../../model/format.js';
import { zStretched } from '../../stats/ratioZScore.js';
import { analogHistory } from '../story/analogHistory.js';
import { streakStanding } from '../streakStanding.js';
import { prose, type SafeHtml } from './prose.js';
import type { SourceNotes } from './sourceNotes.js';
import { count, countWords } from './wording.js';

interface Names {
  readonly small: string;
  readonly large: string;
}

function streakSentence(
  p: PairStats,
  n: Names,
  notes: SourceNotes,
  told: boolean,
): SafeHtml | null {
  if (!isAvailable(p.streak)) return null;
  const s = p.streak;
  const c = notes.cite({
    series: [p.small, p.large],
    from: s.historyFrom,
    to: s.historyTo,
    family: 'streak',
  });
  const record = prose`The longest small-cap outperformance streak on record is ${count(s.record.length, 'session')}, from ${formatLongDate(s.record.start)} to ${formatLongDate(s.record.end)}.`;
  const level = isAvailable(p.spreads.day) && roundsToZeroBp(p.spreads.day.value);
  if ((s.current === 0 || s.currentStart === null) && level)
    return prose`The ${n.small} and the ${n.large} finished level today, less than half a basis point apart (a tie ends a streak), so no small-cap outperformance streak is running${c}. ${record}`;
  if (s.current === 0 || s.currentStart === null)
    return prose`The ${n.large} beat the ${n.small} today, so no small-cap outperformance streak is running${c}. ${record}`;
  if (s.current === 1)
    return prose`The ${n.small} beat the ${n.large} today, after trailing it the session before${c}. ${record}`;
  const standing = streakStanding(s);
  if (standing === null)
    return prose`The ${n.small} has beaten the ${n.large} in each of the last ${countWords(s.current, 'session')}${c}. ${record}`;
  if (told) {
    const began = prose`The run began on ${formatLongDate(s.currentStart)}${c}.`;
    return s.record.end === s.historyTo ? began : { html: `${began.html} ${record.html}` };
  }
  const last = s.lastAtLeastAsLong;
  const where = !last
    ? `no run since the pair's data begin on ${formatLongDate(s.historyFrom)} was as long, so it is a record`
    : standing.startsWith('ties')
      ? `it ${standing}`
      : `the longest run since the ${count(last.length, 'session')} that ended on ${formatLongDate(last.end)}`;
  const head = prose`The ${n.small} has beaten the ${n.large} for ${count(s.current, 'session')} in a row, since ${formatLongDate(s.currentStart)}: ${where}${c}.`;
  return s.record.end === s.historyTo ? head : { html: `${head.html} ${record.html}` };
}

/** The ratio against its averages, and how stretched it is against its past year. */
function ratioSentence(p: PairStats, n: Names, notes: SourceNotes): SafeHtml | null {
  if (!isAvailable(p.ratio)) return null;
  const r = p.ratio;
  const parts: string[] = [];
  const side = (d: number) =>
    `${formatPercent(Math.abs(d)).replace('+', '')} ${d >= 0 ? 'above' : 'below'}`;
  if (isAvailable(r.ma200)) parts.push(`${side(r.ma200.distance)} its 200-session average`);
  if (isAvailable(r.ma50)) parts.push(`${side(r.ma50.distance)} its 50-session average`);
  if (!isAvailable(r.zScore252) || parts.length === 0) return null;
  const z = r.zScore252;
  const c = notes.cite({ series: [p.small, p.large], from: z.from, to: r.date, family: 'ratio' });
  // "1.96", not "2.0", for a z-score of 1.955 that the rule does not call stretched.
  const sd = formatBeside(Math.abs(z.value), zStretched);
  const stretched = zStretched(z.value) ? ', an unusually stretched reading' : '';
  return prose`The ratio of the ${n.small} to the ${n.large} stands ${parts.join(' and ')}, ${sd} standard deviations ${z.value >= 0 ? 'above' : 'below'} its mean of the past year (a z-score of ${z.value >= 0 ? '+' : '-'}${sd})${stretched}${c}.`;
}

/**
 * Paragraphs for one pair. `told`: what the lead already told. `'streak'`: the streak, its
 * standing and what followed earlier runs, so this section only dates the run and leaves the
 * history to the table. `'streakEnded'`: the run that ended today and where it ranks, so this
 * section says nothing more of streaks (it would repeat the lead and the record).
 */
export function rotationContext(
  p: PairStats,
  n: Names,
  notes: SourceNotes,
  told: 'streak' | 'streakEnded' | null = null,
): SafeHtml[] {
  const toldAnalogs = told === 'streak';
  const ranked = isAvailable(p.streak) && streakStanding(p.streak) !== null;
  const analogs =
    ranked && !toldAnalogs && isAvailable(p.streak) ? analogHistory(p, p.streak, n, notes) : null;
  const ended = told === 'streakEnded' && isAvailable(p.streak) && p.streak.current === 0;
  return [
    ended ? null : streakSentence(p, n, notes, toldAnalogs && ranked),
    analogs,
    ratioSentence(p, n, notes),
  ].filter((x): x is SafeHtml => x !== null);
}
