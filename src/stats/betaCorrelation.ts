/**
 * Beta and correlation of the small-cap series against the large-cap series.
 * Convention: daily SIMPLE close-to-close returns on the pair's COMMON sessions
 * (r_k = close[k] / close[k - 1] - 1 between consecutive common sessions, so a session missing
 * from one file makes that return span two sessions); SAMPLE covariance and variance (n - 1);
 * beta of small on large = cov(small, large) / var(large); Pearson correlation
 * = cov / (sd(small) sd(large)). The window counts returns (sessions), ending at the pair's last
 * date. Not annualised (beta and correlation are scale-free).
 */
import type { AlignedPair } from './alignPair.js';
import type { Maybe } from '../model/figure.js';

/** Below this sample variance of daily returns (sd 1e-7) a series counts as flat: no beta/correlation. */
export const MIN_RETURN_VARIANCE = 1e-14;

/** Beta and correlation over one window. */
export interface BetaCorrelation {
  /** cov(small, large) / var(large): small's typical move per 1.00 move of large. */
  readonly beta: number;
  /** Pearson correlation of the daily returns, in [-1, 1]. */
  readonly correlation: number;
  /** Common session whose closes are the base of the first return. */
  readonly from: string;
  /** Last common session (the pair's last date). */
  readonly to: string;
  /** Returns in the window (= the requested window). */
  readonly sessions: number;
}

/** One point of a rolling beta/correlation chart: the window ending on `date`. */
export interface BetaCorrelationPoint {
  readonly date: string;
  readonly beta: number;
  readonly correlation: number;
}

/** The last values of a rolling window, oldest first. */
export interface RollingBetaCorrelation {
  /** Returns in each window. */
  readonly sessions: number;
  /** Points asked for; `points` is shorter when the common history is too short for all of them. */
  readonly requested: number;
  readonly points: BetaCorrelationPoint[];
}

/** Running sums of two return series over a window. */
interface Sums {
  n: number;
  x: number;
  y: number;
  xx: number;
  yy: number;
  xy: number;
}

const ret = (c: Float64Array, k: number): number => (c[k] as number) / (c[k - 1] as number) - 1;

function tooShort(p: AlignedPair, sessions: number): string {
  const first = p.dates[0] ?? 'nowhere (no common sessions)';
  return `${p.small}/${p.large}: ${sessions}-session beta/correlation needs ${sessions + 1} common closes, common history begins ${first} (${p.dates.length} common closes)`;
}

function badWindow(sessions: number): string | null {
  return Number.isInteger(sessions) && sessions >= 2
    ? null
    : `beta/correlation needs a window of at least 2 returns (got ${sessions})`;
}

/** Beta/correlation from window sums, or the reason a side is flat. x = small, y = large. */
function fromSums(
  p: AlignedPair,
  m: Sums,
  end: number,
): Maybe<{ beta: number; correlation: number }> {
  const cov = (m.xy - (m.x * m.y) / m.n) / (m.n - 1);
  const vx = (m.xx - (m.x * m.x) / m.n) / (m.n - 1);
  const vy = (m.yy - (m.y * m.y) / m.n) / (m.n - 1);
  for (const [sym, v] of [
    [p.large, vy],
    [p.small, vx],
  ] as const) {
    if (!(v > MIN_RETURN_VARIANCE)) {
      return {
        unavailable: `${p.small}/${p.large}: ${sym} returns do not vary in the ${m.n}-session window ending ${p.dates[end]}`,
      };
    }
  }
  const correlation = Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
  return { beta: cov / vy, correlation };
}

/**
 * Beta of small on large and their correlation over the last `sessions` common-session
 * returns ending at the pair's last date (sample statistics, n - 1). Unavailable when the common
 * history has fewer than `sessions + 1` closes or a side's returns do not vary. Used with 60
 * and 252. Two-pass (mean first) for accuracy; O(sessions).
 */
export function betaCorrelation(p: AlignedPair, sessions: number): Maybe<BetaCorrelation> {
  const bad = badWindow(sessions);
  if (bad !== null) return { unavailable: `${p.small}/${p.large}: ${bad}` };
  const end = p.dates.length - 1;
  const base = end - sessions;
  if (base < 0) return { unavailable: tooShort(p, sessions) };
  let mx = 0;
  let my = 0;
  for (let k = base + 1; k <= end; k++) {
    mx += ret(p.smallClose, k);
    my += ret(p.largeClose, k);
  }
  mx /= sessions;
  my /= sessions;
  const m: Sums = { n: sessions, x: 0, y: 0, xx: 0, yy: 0, xy: 0 };
  for (let k = base + 1; k <= end; k++) {
    const dx = ret(p.smallClose, k) - mx;
    const dy = ret(p.largeClose, k) - my;
    m.xx += dx * dx;
    m.yy += dy * dy;
    m.xy += dx * dy;
  }
  const r = fromSums(p, m, end);
  if ('unavailable' in r) return r;
  return { ...r, from: p.dates[base] as string, to: p.dates[end] as string, sessions };
}

function add(m: Sums, x: number, y: number, sign: 1 | -1): void {
  m.x += sign * x;
  m.y += sign * y;
  m.xx += sign * x * x;
  m.yy += sign * y * y;
  m.xy += sign * x * y;
}

/**
 * Rolling beta/correlation for a chart: the windows of `sessions` returns ending at each of the
 * last `count` common sessions, oldest first (same convention as {@link betaCorrelation}).
 * Fewer than `count` points when the common history is short (`requested` keeps the ask);
 * unavailable when not even one window fits, or a window has a flat side. O(count + sessions)
 * with running sums (add the newest return, drop the oldest).
 */
export function rollingBetaCorrelation(
  p: AlignedPair,
  sessions: number,
  count: number,
): Maybe<RollingBetaCorrelation> {
  const bad = badWindow(sessions);
  if (bad !== null) return { unavailable: `${p.small}/${p.large}: ${bad}` };
  if (!Number.isInteger(count) || count < 1)
    return { unavailable: `${p.small}/${p.large}: rolling beta needs count >= 1 (got ${count})` };
  const last = p.dates.length - 1;
  if (last - sessions < 0) return { unavailable: tooShort(p, sessions) };
  const firstEnd = Math.max(sessions, last - count + 1);
  const m: Sums = { n: sessions, x: 0, y: 0, xx: 0, yy: 0, xy: 0 };
  for (let k = firstEnd - sessions + 1; k <= firstEnd; k++)
    add(m, ret(p.smallClose, k), ret(p.largeClose, k), 1);
  const points: BetaCorrelationPoint[] = [];
  for (let end = firstEnd; end <= last; end++) {
    if (end > firstEnd) {
      add(m, ret(p.smallClose, end), ret(p.largeClose, end), 1);
      add(m, ret(p.smallClose, end - sessions), ret(p.largeClose, end - sessions), -1);
    }
    const r = fromSums(p, m, end);
    if ('unavailable' in r) return r;
    points.push({ date: p.dates[end] as string, ...r });
  }
  return { sessions, requested: count, points };
}
