/**
 * Watchpoints: short, checkable statements derived from the figures by fixed rules, each with
 * its source note. A rule fires only when its figure is available.
 *
 * Rules: RSI(14) >= 70 or <= 30; an outperformance streak within 2 sessions of the record; the
 * small/large ratio's one-year z-score beyond +/-2; 20-session volatility above 1.25x its
 * one-year level; 10% below the market cycle's high (correction) or a bear market; a 52-week high or
 * low set today; (series left out of the brief are noted below the list).
 */
import type { Universe } from '../../model/universe.js';
import type { BriefStats } from '../../stats/briefStats.js';
import type { StreakStats } from '../../stats/streaks.js';
import { isAvailable } from '../../model/figure.js';
import { type SafeHtml, prose } from './prose.js';
import { seriesWatch, sharedWatch, WATCH_RULES, type WatchItem } from './seriesWatch.js';
import type { SourceNotes } from './sourceNotes.js';

function pairWatch(stats: BriefStats, notes: SourceNotes): SafeHtml[] {
  const p = stats.pairs[0];
  if (!p) return [];
  const out: SafeHtml[] = [];
  if (
    isAvailable(p.streak) &&
    p.streak.current >= 3 &&
    p.streak.record.length - p.streak.current <= 2
  ) {
    const s = p.streak;
    const c = notes.cite({
      series: [p.small, p.large],
      from: s.historyFrom,
      to: s.historyTo,
      family: 'streak',
    });
    out.push(prose`The ${p.label} outperformance streak ${recordDistance(s)}${c}.`);
  }
  if (
    isAvailable(p.ratio) &&
    isAvailable(p.ratio.zScore252) &&
    Math.abs(p.ratio.zScore252.value) >= 2
  ) {
    const z = p.ratio.zScore252;
    const c = notes.cite({
      series: [p.small, p.large],
      from: z.from,
      to: p.ratio.date,
      family: 'ratio',
    });
    out.push(
      prose`The ${p.small}/${p.large} ratio is ${Math.abs(z.value).toFixed(1)} standard deviations ${z.value > 0 ? 'above' : 'below'} its one-year mean${c}.`,
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
  const order = (x: WatchItem) =>
    WATCH_RULES.indexOf(x.rule) * 2 + (x.variant === 'correction' ? 1 : 0);
  for (const item of [...items].sort((a, b) => order(a) - order(b))) {
    const key = `${item.rule} ${item.variant}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const shared = [...groups.values()].map((g) =>
    g.length === 1 ? (g[0] as WatchItem).alone : sharedWatch(g),
  );
  return [...pairWatch(stats, notes), ...shared];
}
