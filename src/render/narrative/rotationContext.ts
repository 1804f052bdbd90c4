/**
 * The rotation in historical context: the current outperformance streak and its rank, what
 * followed earlier streaks at least as long, and where the small/large ratio stands.
 */
import type { PairStats } from '../../stats/briefStats.js';
import { isAvailable } from '../../model/figure.js';
import { formatLongDate, formatPercent, formatPoints, ordinal } from '../../model/format.js';
import { prose, type SafeHtml } from './prose.js';
import type { SourceNotes } from './sourceNotes.js';
import { count } from './wording.js';

/** Streaks shorter than this are too common for a rank to mean anything; it is not quoted. */
export const MIN_RANKED = 3;

function streakSentence(
  p: PairStats,
  small: string,
  large: string,
  notes: SourceNotes,
): SafeHtml | null {
  if (!isAvailable(p.streak)) return null;
  const s = p.streak;
  const c = notes.cite({
    series: [p.small, p.large],
    from: s.historyFrom,
    to: s.historyTo,
    family: 'streak',
  });
  const record = prose`The record is ${count(s.record.length, 'session')}, from ${formatLongDate(s.record.start)} to ${formatLongDate(s.record.end)}.`;
  if (s.current === 0 || s.rank === null || s.currentStart === null) {
    return prose`The ${small} did not beat the ${large} today, so no outperformance streak is running${c}. ${record}`;
  }
  if (s.current === 1)
    return prose`The ${small} beat the ${large} today, after trailing it the session before${c}. ${record}`;
  if (s.current < MIN_RANKED)
    return prose`The ${small} has beaten the ${large} in each of the last ${count(s.current, 'session')}${c}. ${record}`;
  const tied = s.tiedWith ?? 0;
  const rank = s.rank === 1 && tied === 0 ? 'the longest' : `the ${ordinal(s.rank)}-longest`;
  const tie = tied > 0 ? `, tied with ${count(tied, 'earlier run')}` : '';
  const head = prose`The ${small} has beaten the ${large} for ${count(s.current, 'session')} in a row, since ${formatLongDate(s.currentStart)}: ${rank} of ${count(s.streakCount, 'run')} since ${formatLongDate(s.historyFrom)}${tie}${c}.`;
  const isRecord = s.record.end === s.historyTo;
  const rec = isRecord ? prose`` : prose` ${record}`;
  return { html: head.html + rec.html };
}

function analogSentence(p: PairStats, small: string, notes: SourceNotes): SafeHtml | null {
  if (!isAvailable(p.analogs) || !isAvailable(p.streak) || p.streak.current < MIN_RANKED)
    return null;
  const a = p.analogs;
  if (a.analogCount === 0)
    return prose`No earlier run was as long, so history offers no precedent for what follows.`;
  const h = a.horizons.find((x) => {
    const s = a.summary[x];
    return s !== undefined && isAvailable(s) && s.count > 0;
  });
  if (h === undefined) return null;
  const sum = a.summary[h];
  if (!sum || !isAvailable(sum)) return null;
  const c = notes.cite({
    series: [p.small, p.large],
    from: p.streak.historyFrom,
    to: a.asOf,
    family: 'analogs',
  });
  const led = Math.round(sum.shareSmallLed * sum.count);
  if (sum.count === 1) {
    return prose`After the one earlier run at least as long, the small-minus-large spread over the next ${h} sessions was ${formatPoints(sum.median)}: the ${small} ${led === 1 ? 'kept leading' : 'gave back ground'}${c}.`;
  }
  return prose`After the ${count(sum.count, 'earlier run')} at least as long, the median small-minus-large spread over the next ${h} sessions was ${formatPoints(sum.median)}, and the ${small} kept leading in ${led} of ${sum.count}${c}.`;
}

function ratioSentence(p: PairStats, notes: SourceNotes): SafeHtml | null {
  if (!isAvailable(p.ratio)) return null;
  const r = p.ratio;
  const parts: string[] = [];
  if (isAvailable(r.ma200))
    parts.push(`${formatPercent(r.ma200.distance)} against its 200-session average`);
  if (isAvailable(r.ma50))
    parts.push(`${formatPercent(r.ma50.distance)} against its 50-session average`);
  if (!isAvailable(r.zScore252) || parts.length === 0) return null;
  const z = r.zScore252;
  const c = notes.cite({
    series: [p.small, p.large],
    from: z.from,
    to: r.date,
    family: 'ratio',
  });
  const zText = z.value.toLocaleString('en-US', {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const unusual = Math.abs(z.value) >= 2 ? ', an unusually stretched reading' : '';
  return prose`The ${p.small}/${p.large} ratio stands ${parts.join(' and ')}, with a one-year z-score of ${zText}${unusual}${c}.`;
}

/** Paragraphs for one pair. */
export function rotationContext(
  p: PairStats,
  small: string,
  large: string,
  notes: SourceNotes,
): SafeHtml[] {
  return [
    streakSentence(p, small, large, notes),
    analogSentence(p, small, notes),
    ratioSentence(p, notes),
  ].filter((x): x is SafeHtml => x !== null);
}
