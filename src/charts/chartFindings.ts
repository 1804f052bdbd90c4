/**
 * What each main chart shows, as one or two sentences of plain text: the chart's `<desc>`, which
 * the brief prints under it and a screen reader reads as its text alternative. A finding states
 * the chart's result (where the lines end), not what kind of chart it is.
 */
import { countArticle, formatLongDate, formatPercent } from '../model/format.js';
import { listed } from '../model/listed.js';
import type { ChartData, NamedLine } from '../stats/chartData.js';
import { STREAK_MIN_SHOWN } from './streakHistoryChartSpec.js';

const last = <T>(xs: readonly T[]): T | undefined => xs[xs.length - 1];

/** Rebased lines (100 = the base close): each line's change since the base. */
export function rebasedFinding(lines: readonly NamedLine[], baseYear: number): string {
  const ends = lines.flatMap((l) => {
    const p = last(l.points);
    return p ? [`${l.name} ${formatPercent(p.value / 100 - 1)}`] : [];
  });
  return `Since the last close of ${baseYear}: ${listed(ends)}.`;
}

/** The small/large ratio: its change since the chart's first session, where it ends against its average. */
export function ratioFinding(r: NonNullable<ChartData['ratio']>): string {
  const first = r.ratio[0];
  const end = last(r.ratio);
  if (!first || !end) return '';
  const change = end.value / first.value - 1;
  const who = change >= 0 ? r.small.name : r.large.name;
  const ma = last(r.ma200);
  const vs = ma
    ? ` It ends ${formatPercent(Math.abs(end.value / ma.value - 1)).replace('+', '')} ${end.value >= ma.value ? 'above' : 'below'} its 200-session average.`
    : '';
  // "since" its first session, not "over N sessions": the window is the chart's, one session
  // shorter than the 1-year (252-return) figures of the tables, and the reader can see which.
  return `The ratio has ${change >= 0 ? 'risen' : 'fallen'} ${formatPercent(Math.abs(change)).replace('+', '')} since ${formatLongDate(first.date)}: the ${who} did better.${vs}`;
}

const sessions = (n: number) => `${n.toLocaleString('en-US')} session${n === 1 ? '' : 's'}`;

/**
 * The streak chart: today's streak (running, or ended today after two sessions or more) and what
 * the chart draws: "A 14-session streak ended today; one earlier streak lasted longer. The chart
 * draws ...". The record is the plot's own label ("record: 16 sessions, 1996") and the rotation
 * paragraph's sentence beside it, so the finding does not state it a third time.
 */
export function streaksFinding(s: NonNullable<ChartData['streaks']>): string {
  const drawn = `The chart draws the streaks of ${STREAK_MIN_SHOWN} or more sessions among all ${s.all.length.toLocaleString('en-US')} since ${s.historyFrom.slice(0, 4)}.`;
  const n = s.current?.length ?? 0;
  if (n === 1) return `A new streak began today. ${drawn}`;
  if (n > 0) return `Today's streak has run ${sessions(n)}. ${drawn}`;
  const e = s.ended;
  if (!e || e.length < 2 || s.endedRank === null) return `No streak is running today. ${drawn}`;
  const longer = s.endedRank - 1;
  const rank =
    longer === 0
      ? 'no earlier streak lasted longer'
      : `${longer === 1 ? 'one earlier streak' : `${longer.toLocaleString('en-US')} earlier streaks`} lasted longer`;
  const article = countArticle(e.length) === 'an' ? 'An' : 'A';
  return `${article} ${e.length}-session streak ended today; ${rank}. ${drawn}`;
}

/** The underwater chart: how far each line ends below its record close. */
export function drawdownFinding(lines: readonly NamedLine[]): string {
  const ends = lines.flatMap((l) => {
    const p = last(l.points);
    if (!p) return [];
    return [
      p.value === 0
        ? `${l.name} at its record close`
        : `${l.name} ${formatPercent(Math.abs(p.value), 1).replace('+', '')} below its record close`,
    ];
  });
  return `Today: ${listed(ends)}.`;
}

/** The rotation graph: which funds sit in each quadrant against the benchmark. */
export function rotationFinding(r: NonNullable<ChartData['rotation']>): string {
  const quadrants = ['leading', 'improving', 'weakening', 'lagging'] as const;
  const parts = quadrants.flatMap((q) => {
    const in_ = r.points.filter((p) => p.quadrant === q).map((p) => p.symbol);
    return in_.length ? [`${q}: ${in_.join(', ')}`] : [];
  });
  return `Against ${r.benchmark} today, ${parts.join('; ')}.`;
}
