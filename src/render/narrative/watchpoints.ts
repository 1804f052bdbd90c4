/**
 * Watchpoints: short, checkable statements derived from the figures by fixed rules, each with
 * its source note. A rule fires only when its figure is available.
 *
 * Rules: RSI(14) >= 70 or <= 30; an outperformance streak within 2 sessions of the record; the
 * small/large ratio's one-year z-score beyond +/-2; 20-session volatility above 1.25x its
 * one-year level; a drawdown deeper than 10% (correction) or 20% (bear market); a 52-week high or
 * low set today; (series left out of the brief are noted below the list).
 */
import type { Universe } from '../../model/universe.js';
import type { BriefStats, SeriesStats } from '../../stats/briefStats.js';
import { isAvailable } from '../../model/figure.js';
import { formatLongDate, formatPercent } from '../../model/format.js';
import { oldRecordClause } from '../story/phrasing.js';
import { prose, type SafeHtml } from './prose.js';
import type { SourceNotes } from './sourceNotes.js';

const abs1 = (x: number) => formatPercent(Math.abs(x), 1).replace('+', '');
const pct2 = (x: number) => formatPercent(Math.abs(x), 2).replace('+', '');

function seriesWatch(s: SeriesStats, date: string, notes: SourceNotes): SafeHtml[] {
  const out: SafeHtml[] = [];
  const r = s.risk;
  if (isAvailable(r.rsi14) && (r.rsi14.overbought || r.rsi14.oversold)) {
    const c = notes.cite({
      series: [s.symbol],
      from: r.rsi14.historyFrom,
      to: date,
      family: 'rsi14',
    });
    out.push(
      prose`${s.name} RSI(14) at ${r.rsi14.value.toFixed(1)}: ${r.rsi14.overbought ? 'overbought (70 or more); stretched rallies often pause' : 'oversold (30 or less)'}${c}.`,
    );
  }
  const v20 = r.volatility.sessions20;
  const v252 = r.volatility.sessions252;
  if (isAvailable(v20) && isAvailable(v252) && v20.value > 1.25 * v252.value) {
    const c = notes.cite({
      series: [s.symbol],
      from: v252.from,
      to: date,
      family: 'volatility',
    });
    out.push(
      prose`${s.name} volatility is elevated: ${abs1(v20.value)} annualised over 20 sessions against ${abs1(v252.value)} over a year${c}.`,
    );
  }
  const dd = r.drawdown.current.value;
  if (dd <= -0.1) {
    const c = notes.cite({
      series: [s.symbol],
      from: r.drawdown.current.peak.date,
      to: date,
      family: 'drawdown',
    });
    out.push(
      prose`${s.name} is ${abs1(dd)} below its record close of ${formatLongDate(r.drawdown.current.peak.date)}${oldRecordClause(r.drawdown.current.peak.date, date)}: ${dd <= -0.2 ? 'bear-market' : 'correction'} territory${c}.`,
    );
  }
  if (isAvailable(r.range52w) && (r.range52w.high.date === date || r.range52w.low.date === date)) {
    const high = r.range52w.high.date === date;
    const c = notes.cite({
      series: [s.symbol],
      from: r.range52w.from,
      to: date,
      family: 'range52w',
    });
    const basis = r.range52w.basis === 'intraday' ? 'intraday ' : 'closing ';
    // An intraday low on a day that closed up (or a high on a day that closed down) says so, or
    // "touched a 52-week low" on a +8.66% day reads as an error.
    const day = isAvailable(s.day) ? s.day.value : 0;
    const turned = basis === 'intraday ' && (high ? day < 0 : day > 0);
    const then = turned ? `, then closed ${high ? 'down' : 'up'} ${pct2(day)} on the day` : '';
    out.push(prose`${s.name} touched a 52-week ${basis}${high ? 'high' : 'low'} today${then}${c}.`);
  }
  return out;
}

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
    const left = s.record.length - s.current;
    out.push(
      prose`The ${p.label} outperformance streak is ${left === 0 ? 'at' : `${left} session${left === 1 ? '' : 's'} from`} the record of ${s.record.length} sessions${c}.`,
    );
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

/** The brief's watchpoints, most specific first. */
export function watchpoints(stats: BriefStats, u: Universe, notes: SourceNotes): SafeHtml[] {
  const idx = [u.indices.smallCap, u.indices.largeCap, u.indices.growth].map(
    (x) => stats.series[x.symbol],
  );
  const out = [...pairWatch(stats, notes)];
  for (const s of idx) if (s) out.push(...seriesWatch(s, stats.date, notes));
  return out;
}
