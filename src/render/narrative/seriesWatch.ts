/**
 * The watch rules of one index (RSI(14) at 70+ or 30 or less, 20-session volatility above 1.25x
 * its one-year level, 10% below the market cycle's high (correction) or a bear market (by depth,
 * or one no 20% rally has ended yet), a 52-week high or low
 * set today), and the one sentence a rule gets when it fires for several indices at once: on
 * 2020-03-16 "Volatility is elevated: Russell 2000 ...; S&P 500 ...; Nasdaq Composite ...", not
 * the same sentence three times.
 */
import { isAvailable } from '../../model/figure.js';
import { formatBeside, formatLongDate, formatNumber } from '../../model/format.js';
import { rsiFlagged } from '../../stats/rsi.js';
import type { SeriesStats } from '../../stats/briefStats.js';
import { listed } from '../../model/listed.js';
import { atOrBeyond, BEAR_DEPTH, BULL_RALLY } from '../../stats/marketCycle.js';
import { oldRecordClause, pctAbs } from '../story/phrasing.js';
import { joinProse, prose, type SafeHtml } from './prose.js';
import { AT_RECORD, rangeItem, RECORD_CLOSE } from './rangeWatch.js';
import type { Cite, WatchItem } from './watchItem.js';
import type { SourceNotes } from './sourceNotes.js';

export { WATCH_RULES, type WatchItem } from './watchItem.js';

const abs1 = (x: number) => pctAbs(x, 1);

/** The zone's words, with the rule where the depth from the record says otherwise. */
function zoneRule(zone: string, fromHigh: boolean): string {
  return fromHigh
    ? `${zone} territory, 10% to 20% below the bull market's high`
    : `${zone} territory`;
}

function rsiItem(s: SeriesStats, cite: Cite, date: string): WatchItem | null {
  const r = s.risk.rsi14;
  if (!isAvailable(r) || !(r.overbought || r.oversold)) return null;
  const c = cite('rsi14', r.historyFrom, date);
  const state = r.overbought ? 'overbought (70 or more)' : 'oversold (30 or less)';
  const rsi = formatBeside(r.value, rsiFlagged);
  return {
    rule: 'rsi',
    variant: r.overbought ? 'overbought' : 'oversold',
    alone: prose`${s.name} RSI(14) at ${rsi}: ${state}${c}.`,
    part: prose`${s.name} at ${rsi}${c}`,
  };
}

function volatilityItem(s: SeriesStats, cite: Cite, date: string): WatchItem | null {
  const { sessions20: v20, sessions252: v252 } = s.risk.volatility;
  if (!isAvailable(v20) || !isAvailable(v252) || !(v20.value > 1.25 * v252.value)) return null;
  const c = cite('volatility', v252.from, date);
  const [now, year] = [abs1(v20.value), abs1(v252.value)];
  return {
    rule: 'volatility',
    variant: '',
    alone: prose`${s.name} volatility is elevated: ${now} annualised over 20 sessions against ${year} over a year${c}.`,
    part: prose`${s.name} ${now} against ${year}${c}`,
  };
}

/**
 * Correction territory (10% or more below the market cycle's high, marketCycle.ts) or bear-market
 * territory (20% or more), measured from the bull market's high: from the record
 * when that is the high, else from the high with the record beside it (2011-09-22: "S&P 500 is
 * 17.2% below its high of April 29, 2011 (27.8% below its record close of October 9, 2007, nearly
 * four years ago): correction territory", not bear-market territory from a record it had
 * rallied 20% away from).
 */
function drawdownItem(s: SeriesStats, cite: Cite, date: string): WatchItem | null {
  const cycle = s.risk.cycle;
  // By depth below the cycle's high: a bear market that has rallied back to 8.6% below it
  // (2019-02-12, the Nasdaq) is not "bear-market territory".
  const zone = atOrBeyond(cycle.value, BEAR_DEPTH)
    ? 'bear-market'
    : cycle.bear
      ? 'bear-still'
      : atOrBeyond(cycle.value, -0.1)
        ? 'correction'
        : null;
  if (zone === null) return null;
  const { value: dd, peak } = s.risk.drawdown.current;
  const on = `${formatLongDate(peak.date)}${oldRecordClause(peak.date, date)}`;
  // The same depth from both reads as a repeat (2025-04-03: 21.8% and 21.8%): the gap instead.
  const record =
    cycle.high.date !== peak.date && abs1(dd) === abs1(cycle.value)
      ? `a high ${pctAbs(cycle.high.close / peak.close - 1)} short of its record close of ${on}`
      : `${abs1(dd)} below its record close of ${on}`;
  const fromRecord = cycle.high.date === peak.date;
  const fromHigh = !fromRecord && zone === 'correction' && atOrBeyond(dd, BEAR_DEPTH);
  const cd = cite('drawdown', peak.date, date);
  // The cycle's note for the high it is measured from, the drawdown's for the record beside it.
  const c = fromRecord ? cd : prose`${cite('cycle', s.risk.drawdown.historyFrom, date)}${cd}`;
  const below = fromRecord
    ? record
    : `${abs1(cycle.value)} below its high of ${formatLongDate(cycle.high.date)} (${record})`;
  if (zone === 'bear-still')
    return bearStillItem(s, below, prose`${cite('cycle', s.risk.drawdown.historyFrom, date)}${cd}`);
  return {
    rule: 'drawdown',
    variant: zone,
    alone: prose`${s.name} is ${below}: ${zoneRule(zone, fromHigh)}${c}.`,
    part: prose`${s.name} ${below}${c}`,
    fromHigh,
  };
}

/**
 * A bear market not over by the 20% rule, though the index has rallied to less than 20% below
 * its high: on 2023-03-13 the S&P 500 was 19.6% below its record, in the bear market that began
 * on June 13, 2022 (stats.json's `bear`), which "correction territory" contradicted; on
 * 2019-02-12 the Nasdaq, 8.6% below its high, 19.7% above its low.
 */
function bearStillItem(s: SeriesStats, below: string, c: SafeHtml): WatchItem {
  const { bearFrom: from, low } = s.risk.cycle;
  const [on, since] = from
    ? [` on ${formatLongDate(from.date)}`, ` since ${formatLongDate(from.date)}`]
    : ['', ''];
  // The level that ends it, rounded up to the cent: a close there is 20% or more above the low.
  const end = low ? formatNumber(Math.ceil(low.close * (1 + BULL_RALLY) * 100 - 1e-6) / 100) : '';
  const lowText = low ? `${formatNumber(low.close)} on ${formatLongDate(low.date)}` : '';
  return {
    rule: 'drawdown',
    variant: 'bear-still',
    alone: low
      ? prose`${s.name} is ${below}, still in the bear market it entered${on}: a close of ${end} or more, 20% above its lowest close of ${lowText}, would end it${c}.`
      : prose`${s.name} is ${below}, still in the bear market it entered${on} (${BEAR_END})${c}.`,
    part: low
      ? prose`${s.name} ${below}, in one${since}, with a lowest close of ${lowText} (a close of ${end} or more ends it)${c}`
      : prose`${s.name} ${below}, in one${since}${c}`,
  };
}

/** What ends a bear market, as the watch list says it. */
const BEAR_END = 'a close 20% above its low would end it';

/** The rules that fired for index `s` on `date`, in the list's order. */
export function seriesWatch(s: SeriesStats, date: string, notes: SourceNotes): WatchItem[] {
  const cite: Cite = (family, from, to) => notes.cite({ series: [s.symbol], from, to, family });
  return [rsiItem, volatilityItem, drawdownItem, rangeItem].flatMap((rule) => {
    const item = rule(s, cite, date);
    return item ? [item] : [];
  });
}

/** The one sentence of `items` (two or more indices, one rule and variant). */
export function sharedWatch(items: readonly WatchItem[]): SafeHtml {
  const first = items[0] as WatchItem;
  const parts = items.map((x) => x.part);
  switch (first.rule) {
    case 'rsi':
      return first.variant === 'overbought'
        ? prose`RSI(14) overbought (70 or more): ${joinProse(parts, '; ')}.`
        : prose`RSI(14) oversold (30 or less): ${joinProse(parts, '; ')}.`;
    case 'volatility':
      return prose`Volatility is elevated (annualised, over 20 sessions against a year): ${joinProse(parts, '; ')}.`;
    case 'drawdown':
      if (first.variant === 'bear-still')
        return prose`Still in a bear market, with no close yet 20% above its lowest close: ${joinProse(parts, '; ')}.`;
      return prose`In ${zoneRule(
        first.variant,
        items.some((x) => x.fromHigh),
      )}: ${joinProse(parts, '; ')}.`;
    case 'range52w': {
      // "Russell 2000, S&P 500 and Nasdaq Composite touched a 52-week intraday low today [22]."
      const notes = joinProse(
        items.flatMap((x) => (x.note ? [x.note] : [])),
        '',
      );
      const who = { html: listed(parts.map((p) => p.html)) };
      if (first.variant === RECORD_CLOSE) return prose`${who} closed at records today${notes}.`;
      const record = first.variant.endsWith(AT_RECORD);
      const what = record ? first.variant.slice(0, -AT_RECORD.length) : first.variant;
      return prose`${who} ${record ? 'closed at records and ' : ''}touched a 52-week ${what} today${notes}.`;
    }
  }
}
