/**
 * Watchpoints: short, checkable statements derived from the figures by fixed rules, each with
 * its source note. A rule fires only when its figure is available.
 *
 * Rules: RSI(14) >= 70 or <= 30; an outperformance streak (of a pair of indices) within 2
 * sessions of the record; the small/large ratio's one-year z-score beyond +/-2; 20-session
 * volatility above 1.25x its one-year level; 10% below the market cycle's high (correction) or a
 * bear market; a 52-week high or low set today; (series left out of the brief are noted below
 * the list).
 */
import type { Universe } from '../../model/universe.js';
import type { BriefStats } from '../../stats/briefStats.js';
import type { StreakStats } from '../../stats/streaks.js';
import { isAvailable } from '../../model/figure.js';
import { formatBeside } from '../../model/format.js';
import { zStretched } from '../../stats/ratioZScore.js';
import { type SafeHtml, prose } from './prose.js';
import { seriesWatch, sharedWatch, WATCH_RULES, type WatchItem } from './seriesWatch.js';
import type { SourceNotes } from './sourceNotes.js';

/**
 * A pair's outperformance streak within 2 sessions of its record (3 sessions at least). Every
 * pair of two indices, not only the first: on 2002-05-02 the Russell 2000's 11 sessions against
 * the Nasdaq were a record, said only in a table cell. The fund pairs mirror the indices'.
 */
function streakWatch(
  stats: BriefStats,
  indices: ReadonlySet<string>,
  notes: SourceNotes,
): SafeHtml[] {
  return stats.pairs.flatMap((p) => {
    if (!indices.has(p.small) || !indices.has(p.large)) return [];
    const s = p.streak;
    if (!isAvailable(s) || s.current < 3 || s.record.length - s.current > 2) return [];
    const c = notes.cite({
      series: [p.small, p.large],
      from: s.historyFrom,
      to: s.historyTo,
      family: 'streak',
    });
    return [prose`The ${p.label} outperformance streak ${recordDistance(s)}${c}.`];
  });
}

/** The first pair's ratio stretched beyond 2 standard deviations of its one-year mean. */
function pairWatch(stats: BriefStats, notes: SourceNotes): SafeHtml[] {
  const p = stats.pairs[0];
  if (!p) return [];
  const out: SafeHtml[] = [];
  const nameOf = (symbol: string) => stats.series[symbol]?.name ?? symbol;
  if (
    isAvailable(p.ratio) &&
    isAvailable(p.ratio.zScore252) &&
    zStretched(p.ratio.zScore252.value)
  ) {
    const z = p.ratio.zScore252;
    const c = notes.cite({
      series: [p.small, p.large],
      from: z.from,
      to: p.ratio.date,
      family: 'ratio',
    });
    out.push(
      prose`The ratio of the ${nameOf(p.small)} to the ${nameOf(p.large)} is ${formatBeside(Math.abs(z.value), zStretched)} standard deviations ${z.value > 0 ? 'above' : 'below'} its one-year mean${c}.`,
    );
  }
  return out;
}

/**
 * How far a streak is from the record, in the sessions that matter: tying it takes `left` more,
 * breaking it one more than that. "is 2 sessions from tying the record of 16 sessions (3 to break
 * it)", "ties the record of 16 sessions, set in 1996: one more would set a new one", "is itself
 * the record, at 17 sessions".
 */
function recordDistance(s: StreakStats): string {
  const left = s.record.length - s.current;
  if (s.record.end === s.historyTo) return `is itself the record, at ${s.current} sessions`;
  if (left === 0)
    return `ties the record of ${s.record.length} sessions, set in ${s.record.end.slice(0, 4)}: one more would set a new one`;
  return `is ${left} session${left === 1 ? '' : 's'} from tying the record of ${s.record.length} sessions (${left + 1} to break it)`;
}

/**
 * The brief's watchpoints, most specific first: the pair's, then the index rules in the order of
 * WATCH_RULES (RSI, volatility, drawdown, 52-week range; bear market before correction, each
 * variant in the order its first index comes), one sentence for a rule and variant however many
 * indices it fired for (seriesWatch.ts).
 */
export function watchpoints(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml[] {
  const idx = [u.indices.smallCap, u.indices.largeCap, u.indices.growth].map(
    (x) => stats.series[x.symbol],
  );
  const items = idx.flatMap((s) => (s ? seriesWatch(s, stats.date, notes) : []));
  const groups = new Map<string, WatchItem[]>();
  // Bear market by depth, then one not yet ended, then correction.
  const depth = ['bear-market', 'bear-still', 'correction'];
  const order = (x: WatchItem) =>
    WATCH_RULES.indexOf(x.rule) * 3 + Math.max(0, depth.indexOf(x.variant));
  for (const item of [...items].sort((a, b) => order(a) - order(b))) {
    const key = `${item.rule} ${item.variant}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const shared = [...groups.values()].map((g) =>
    g.length === 1 ? (g[0] as WatchItem).alone : sharedWatch(g),
  );
  const indices = new Set(Object.values(u.indices).map((i) => i.symbol));
  return [...streakWatch(stats, indices, notes), ...pairWatch(stats, notes), ...shared];
}
