/**
 * The small/large ratio against its 200-session average: the longer trend behind the daily
 * moves, and the bottom line's watch when the day's fact has none of its own. Said with how long
 * the ratio has closed on today's side of the average, or that it crossed today (stats.json's
 * `ma200Side`), so the sentence tells something new each day, not the same words with another
 * figure.
 */
import { isAvailable } from '../../model/figure.js';
import { formatNumber, formatPercent } from '../../model/format.js';
import type { RatioSide } from '../../stats/ratioSide.js';
import { prose, type SafeHtml } from '../narrative/prose.js';
import { race } from './rotationFacts.js';
import { cite, type StoryInput } from './storyInput.js';

const sessions = (n: number): string => `${formatNumber(n, 0)} ${n === 1 ? 'session' : 'sessions'}`;

/**
 * "and has closed above it for 37 straight sessions" (2019-12-31: 318, counted over the whole
 * history); a run that reaches the first session with an average (the pair's common history
 * begins inside it): "... for at least 253 straight sessions"; a cross (the caller says "crossed
 * above that average today"): "after 12 sessions below it", or "for the first time in at least
 * 252 sessions" when that run reached the first average.
 */
export function sideRunText(s: RatioSide): string {
  const other = s.side === 'above' ? 'below' : 'above';
  if (s.sessions === 1)
    return s.beforeAtLeast
      ? `for the first time in at least ${sessions(s.before)}`
      : `after ${sessions(s.before)} ${other} it`;
  return s.atLeast
    ? `and has closed ${s.side} it for at least ${formatNumber(s.sessions, 0)} straight sessions`
    : `and has closed ${s.side} it for ${formatNumber(s.sessions, 0)} straight sessions`;
}

/** The small/large ratio against its 200-session average: the trend to watch. */
export function ratioTrend(x: StoryInput): SafeHtml | null {
  const r = race(x);
  const ratio = r?.pair.ratio;
  if (!r || !ratio || !isAvailable(ratio) || !isAvailable(ratio.ma200)) return null;
  const d = ratio.ma200.distance;
  const s = ratio.ma200Side;
  const counted = isAvailable(s) ? s.readsFrom : ratio.ma200.from;
  // One note for the average and the count: from the earlier of their first sessions.
  const c = cite(
    x,
    'ratio',
    [r.pair.small, r.pair.large],
    counted < ratio.ma200.from ? counted : ratio.ma200.from,
    ratio.date,
    isAvailable(s)
      ? "the ratio's 200-session average (the mean of its last 200 sessions) and the ratio's side of it on each session, counted back from the date"
      : "the ratio's last 200 sessions, whose mean is its 200-session average",
  );
  const side = d >= 0 ? 'above' : 'below';
  const gap = formatPercent(Math.abs(d)).replace('+', '');
  const opening = prose`Watch the longer trend: the ratio of the ${r.small.name} to the ${r.large.name}`;
  if (!isAvailable(s)) return prose`${opening} stands ${gap} ${side} its 200-session average${c}.`;
  return s.sessions === 1
    ? prose`${opening} crossed ${side} its 200-session average today, to ${gap} ${side} it, ${sideRunText(s)}${c}.`
    : prose`${opening} stands ${gap} ${side} its 200-session average, ${sideRunText(s)}${c}.`;
}
