/**
 * Plain-English sentences about an outperformance streak, built only from the figures.
 */
import type { PairStats } from '../stats/briefStats.js';
import { isAvailable } from '../stats/figure.js';
import { formatLongDate, ordinal } from './format.js';

/** Streaks shorter than this are too common for a rank to mean anything; it is not quoted. */
export const MIN_RANKED = 3;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Short table cell: "13 sessions (3rd longest)" or "none today". */
export function streakCell(p: PairStats): string {
  if (!isAvailable(p.streak)) return 'n/a';
  const s = p.streak;
  if (s.current === 0 || s.rank === null) return 'none today';
  if (s.current < MIN_RANKED) return plural(s.current, 'session');
  const rank = s.rank === 1 ? (s.tiedWith > 0 ? 'ties the record' : 'record') : `${ordinal(s.rank)} longest`;
  return `${plural(s.current, 'session')} (${rank})`;
}

/** One or two sentences placing the current streak in the pair's history. */
export function streakSentence(p: PairStats, smallName: string, largeName: string): string {
  if (!isAvailable(p.streak)) return `${p.label}: no streak figures (${p.streak.unavailable}).`;
  const s = p.streak;
  const since = `since ${formatLongDate(s.historyFrom)}`;
  const record = `The record is ${plural(s.record.length, 'session')}, from ${formatLongDate(s.record.start)} to ${formatLongDate(s.record.end)}`;
  if (s.current === 0 || s.rank === null || s.currentStart === null) {
    return `${smallName} did not beat ${largeName} today, so no outperformance streak is running. ${record}.`;
  }
  if (s.current < MIN_RANKED) {
    return `${smallName} beat ${largeName} in the last ${plural(s.current, 'session')} (since ${formatLongDate(s.currentStart)}). ${record}.`;
  }
  const tie = s.tiedWith > 0 ? `, tied with ${plural(s.tiedWith, 'earlier run')}` : '';
  const rank = s.rank === 1 && s.tiedWith === 0 ? 'the longest' : `the ${ordinal(s.rank)}-longest`;
  const head =
    `${smallName} has beaten ${largeName} for ${plural(s.current, 'session')} in a row ` +
    `(since ${formatLongDate(s.currentStart)}), ${rank} of ${s.streakCount.toLocaleString('en-US')} such runs ${since}${tie}.`;
  const last = s.lastAtLeastAsLong
    ? ` The last run at least as long was ${plural(s.lastAtLeastAsLong.length, 'session')}, ending ${formatLongDate(s.lastAtLeastAsLong.end)}.`
    : '';
  const rec = s.record.end === s.historyTo ? '' : ` ${record}.`;
  return head + last + rec;
}
