/**
 * Rows of the brief's tables, shaped for the templates (figures stay as numbers or Maybe
 * objects; the templates format them with the helpers).
 */
import type { BriefStats, PairStats } from '../stats/briefStats.js';
import { isAvailable, type Maybe } from '../model/figure.js';
import { MIN_SUMMARISED } from './story/analogHistory.js';
import { MIN_STREAK } from './streakStanding.js';

const distanceOf = (m: Maybe<{ distance: number }>): Maybe<{ value: number }> =>
  isAvailable(m) ? { value: m.distance } : m;

/** Risk and technical figures, one row per series. */
export function riskRows(stats: BriefStats, symbols: readonly string[]) {
  return symbols.flatMap((sym) => {
    const s = stats.series[sym];
    if (!s) return [];
    const r = s.risk;
    return [
      {
        symbol: sym,
        name: s.name,
        vol20: r.volatility.sessions20,
        vol252: r.volatility.sessions252,
        rsi: isAvailable(r.rsi14)
          ? {
              value: r.rsi14.value,
              flag: r.rsi14.overbought ? 'overbought' : r.rsi14.oversold ? 'oversold' : '',
            }
          : r.rsi14,
        ma50: distanceOf(r.movingAverages.sessions50),
        ma200: distanceOf(r.movingAverages.sessions200),
        drawdown: r.drawdown.current.value,
        maxDrawdown: r.drawdown.max,
        fromHigh52: isAvailable(r.range52w) ? { value: r.range52w.fromHigh } : r.range52w,
        basis52: isAvailable(r.range52w) ? r.range52w.basis : 'n/a',
      },
    ];
  });
}

/** Beta and correlation of each pair over 60 and 252 sessions. */
/**
 * The pairs a table shows: those whose two series are both in the brief (IWM vs SPY before 2000
 * would be a row of n/a; the source notes say why IWM is missing).
 */
export function briefPairs(stats: BriefStats): PairStats[] {
  const out = new Set(stats.excluded.map((x) => x.symbol));
  return stats.pairs.filter((p) => !out.has(p.small) && !out.has(p.large));
}

export function betaRows(stats: BriefStats) {
  const pick = (
    m: PairStats['betaCorrelation']['sessions60'],
    k: 'beta' | 'correlation',
  ): Maybe<{ value: number }> => (isAvailable(m) ? { value: m[k] } : m);
  return briefPairs(stats).map((p) => ({
    label: p.label,
    beta60: pick(p.betaCorrelation.sessions60, 'beta'),
    corr60: pick(p.betaCorrelation.sessions60, 'correlation'),
    beta252: pick(p.betaCorrelation.sessions252, 'beta'),
    corr252: pick(p.betaCorrelation.sessions252, 'correlation'),
  }));
}

/**
 * Earlier streaks at least as long as the current one and what followed (most recent first),
 * from streaks of five sessions; the median row only from five cases.
 */
export function analogRows(p: PairStats | undefined, limit = 8) {
  // Streaks too short to rank (under five sessions) have hundreds of analogs: not worth a table.
  if (!p || !isAvailable(p.analogs) || p.analogs.length < MIN_STREAK)
    return { rows: [], summary: [], horizons: [], omitted: 0, total: 0, summarised: false };
  const a = p.analogs;
  const cell = (v: number | null | undefined): Maybe<{ value: number }> =>
    v === null || v === undefined ? { unavailable: 'not enough sessions since' } : { value: v };
  const rows = [...a.cases]
    .reverse()
    .slice(0, limit)
    .map((c) => ({
      start: c.start,
      end: c.end,
      length: c.length,
      forward: a.horizons.map((h) => cell(c.forward[h])),
    }));
  const summary = a.horizons.map((h) => {
    const s = a.summary[h];
    return s && isAvailable(s)
      ? { median: { value: s.median }, share: { value: s.shareSmallLed }, count: s.count }
      : { median: s ?? { unavailable: 'none' }, share: s ?? { unavailable: 'none' }, count: 0 };
  });
  return {
    rows,
    summary,
    horizons: a.horizons,
    omitted: a.analogCount - rows.length,
    total: a.analogCount,
    /** A median row only from five cases: fewer are all listed and speak for themselves. */
    summarised: a.analogCount >= MIN_SUMMARISED,
  };
}

/** Calendar-year returns, the most recent `years` years, one column per symbol. */
export function calendarRows(stats: BriefStats, symbols: readonly string[], years = 12) {
  const present = symbols.filter((s) => stats.calendarYears[s]);
  const last = Number(stats.date.slice(0, 4));
  const rows = [];
  for (let y = last; y > last - years; y--) {
    const cells = present.map((sym) => {
      const cy = stats.calendarYears[sym]?.years.find((x) => x.year === y);
      if (cy?.partial) return { unavailable: `${sym} history begins during ${y}: not a full year` };
      return cy ? cy.price : { unavailable: `${sym} has no data for ${y}` };
    });
    if (cells.every((c) => !isAvailable(c))) continue;
    rows.push({ year: y, toDate: y === last, cells });
  }
  return { symbols: present, rows };
}
