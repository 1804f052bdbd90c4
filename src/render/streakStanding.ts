/**
 * Where a running outperformance streak stands in its pair's history, in the words every part of
 * the brief uses (the key figure, the pairs table, the rotation section): "longest since 1996"
 * (the month too within the brief's own year: "longest since September 2024"), "a record, data
 * from 2000" (longer than any run since the pair's data begin), "ties the 1996 record". Ranks
 * are given only from {@link MIN_STREAK} sessions: shorter runs are too common for a rank to
 * inform.
 */
import type { StreakStats } from '../stats/streaks.js';
import { monthYear } from './story/phrasing.js';

/** Streaks shorter than this are common: they are neither ranked nor told as news. */
export const MIN_STREAK = 5;

/** The standing of the current streak, or null below {@link MIN_STREAK} sessions. */
export function streakStanding(s: StreakStats): string | null {
  if (s.current < MIN_STREAK) return null;
  const last = s.lastAtLeastAsLong;
  if (!last) return `a record, data from ${s.historyFrom.slice(0, 4)}`;
  // A year says nothing when it is the brief's own: "since September 2024" on 2024-11-06.
  const year = last.end.slice(0, 4);
  const when = year === s.historyTo.slice(0, 4) ? monthYear(last.end) : year;
  if (last.length === s.current && s.record.length === s.current) return `ties the ${when} record`;
  return `longest since ${when}`;
}
