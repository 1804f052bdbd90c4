/**
 * Risk and technical signals in words: volatility, RSI, moving averages and drawdowns of the
 * small- and large-cap indices; and the watchpoints derived from all the figures.
 */
import type { BriefStats, SeriesStats } from '../../stats/briefStats.js';
import { isAvailable } from '../../model/figure.js';
import { formatBeside, formatLongDate, formatPercent } from '../../model/format.js';
import { rsiFlagged } from '../../stats/rsi.js';
import { prose, type SafeHtml } from './prose.js';
import type { SourceNotes } from './sourceNotes.js';
import { oldRecordClause } from '../story/phrasing.js';

const pctAbs = (x: number, d = 1) => formatPercent(Math.abs(x), d).replace('+', '');

function volSentence(s: SeriesStats, notes: SourceNotes): SafeHtml | null {
  const v20 = s.risk.volatility.sessions20;
  const v252 = s.risk.volatility.sessions252;
  if (!isAvailable(v20) || !isAvailable(v252)) return null;
  const c = notes.cite({
    series: [s.symbol],
    from: v252.from,
    to: v252.to,
    family: 'volatility',
  });
  const ratio = v20.value / v252.value;
  const trend =
    ratio > 1.25
      ? 'well above'
      : ratio > 1.1
        ? 'above'
        : ratio < 0.8
          ? 'well below'
          : ratio < 0.9
            ? 'below'
            : 'close to';
  return prose`${s.name} volatility over 20 sessions is ${pctAbs(v20.value)} annualised, ${trend} its one-year ${pctAbs(v252.value)}${c}.`;
}

/** "Its 14-session RSI is 71.5"; spelled out where it comes first (`first`). */
function rsiSentence(
  s: SeriesStats,
  date: string,
  notes: SourceNotes,
  first: boolean,
): SafeHtml | null {
  const r = s.risk.rsi14;
  if (!isAvailable(r)) return null;
  const c = notes.cite({
    series: [s.symbol],
    from: r.historyFrom,
    to: date,
    family: 'rsi14',
  });
  const zone = r.overbought
    ? ', in overbought territory'
    : r.oversold
      ? ', in oversold territory'
      : '';
  const name = first ? '14-session relative strength index (RSI)' : '14-session RSI';
  return prose`Its ${name} is ${formatBeside(r.value, rsiFlagged)}${zone}${c}.`;
}

function trendSentence(s: SeriesStats, date: string, notes: SourceNotes): SafeHtml | null {
  const m50 = s.risk.movingAverages.sessions50;
  const m200 = s.risk.movingAverages.sessions200;
  const dd = s.risk.drawdown;
  if (!isAvailable(m50) || !isAvailable(m200)) return null;
  const c = notes.cite({
    series: [s.symbol],
    from: m200.from,
    to: date,
    family: 'movingAverages',
  });
  const side = (d: number) => `${pctAbs(d)} ${d >= 0 ? 'above' : 'below'}`;
  const cd = notes.cite({
    series: [s.symbol],
    from: dd.historyFrom,
    to: date,
    family: 'drawdown',
  });
  const below =
    dd.current.value === 0
      ? 'at its record close'
      : `${pctAbs(dd.current.value)} below its record close of ${formatLongDate(dd.current.peak.date)}${oldRecordClause(dd.current.peak.date, date)}`;
  return prose`It stands ${side(m50.distance)} its 50-session average and ${side(m200.distance)} its 200-session average${c}, ${below}${cd}${bullHigh(s, date, notes)}.`;
}

/**
 * The depth the correction rule reads, where it is not the record's: ", and 7.5% below its
 * bull-market high of May 6, 2019" beside "14.2% below its record close of August 31, 2018"
 * (2019-10-01), so a watch list without a correction does not read as a contradiction. Not in a
 * bear market (the watch list tells that one).
 */
function bullHigh(s: SeriesStats, date: string, notes: SourceNotes): SafeHtml {
  const cycle = s.risk.cycle;
  if (cycle.bear || cycle.high.date === s.risk.drawdown.current.peak.date) return prose``;
  const c = notes.cite({
    series: [s.symbol],
    from: s.risk.drawdown.historyFrom,
    to: date,
    family: 'cycle',
  });
  const at =
    cycle.high.date === date
      ? 'at its bull-market high'
      : `${pctAbs(cycle.value)} below its bull-market high of ${formatLongDate(cycle.high.date)}`;
  return prose`, and ${at}${c}`;
}

/** One paragraph per index (small and large). */
export function riskSignals(
  stats: BriefStats,
  symbols: readonly string[],
  notes: SourceNotes,
): SafeHtml[] {
  let rsiSaid = false;
  return symbols
    .map((sym) => stats.series[sym])
    .filter((s): s is SeriesStats => s !== undefined)
    .map((s) => {
      const rsi = rsiSentence(s, stats.date, notes, !rsiSaid);
      rsiSaid ||= rsi !== null;
      const parts = [volSentence(s, notes), rsi, trendSentence(s, stats.date, notes)].filter(
        (x): x is SafeHtml => x !== null,
      );
      return { html: parts.map((p) => p.html).join(' ') };
    })
    .filter((p) => p.html !== '');
}
