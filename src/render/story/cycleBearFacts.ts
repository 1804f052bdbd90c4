/**
 * A bear market entered from a bull market's high below the record (marketCycle.ts): the day's
 * news as much as one entered from the record (drawdownFacts.ts), and the same line the
 * watchpoints draw. 2025-04-03: the Russell 2000 closed 21.8% below its high of November 25,
 * 2024, a high 0.03% short of its 2021 record; its drawdown from the record was no new low.
 */
import { formatLongDate, formatNumber } from '../../model/format.js';
import type { DatedClose } from '../../stats/drawdown.js';
import { prose, type Citation, type SafeHtml } from '../narrative/prose.js';
import { BEAR_ENTRY_RARITY } from './drawdownFacts.js';
import { closedMove } from './closedMove.js';
import type { Fact } from './fact.js';
import { monthYear, pctAbs } from './phrasing.js';
import { cite, indices, type StoryInput } from './storyInput.js';

/**
 * The record beside the high: when the depths from the two read the same, how far the high fell
 * short of the record (2025-04-03: 0.03% short, both 21.8%), or that it matched it; else the
 * depth from the record (2002-07-11: 20.3% below the high, 31.2% below the record).
 */
function recordContext(
  cycle: { readonly value: number; readonly high: DatedClose },
  record: DatedClose,
  depth: number,
  cd: Citation,
): SafeHtml {
  const at = `${formatNumber(record.close)} on ${formatLongDate(record.date)}`;
  if (pctAbs(cycle.value, 1) !== pctAbs(depth, 1))
    return prose`Measured from its record close, ${at}, it is ${pctAbs(depth, 1)} down${cd}.`;
  const gap = pctAbs(cycle.high.close / record.close - 1);
  return gap === pctAbs(0)
    ? prose`That high matched its record close, ${at}${cd}.`
    : prose`That high was ${gap} short of its record close, ${at}${cd}.`;
}

/**
 * An index whose bear market began today (its first close 20% or more below the cycle's high)
 * from a high that is not its record: ranked as a bear market entered from the record is.
 */
export function cycleBearFacts(x: StoryInput): Fact[] {
  const date = x.stats.date;
  return indices(x).flatMap((s) => {
    const { cycle, drawdown } = s.risk;
    const record = drawdown.current.peak;
    // From the record, drawdownFacts tells it (with the decline's depth and pace).
    if (cycle.bearFrom?.date !== date || cycle.high.date === record.date) return [];
    const from = drawdown.historyFrom;
    const c = cite(x, 'cycle', [s.symbol], from, date);
    const cd = cite(x, 'drawdown', [s.symbol], record.date, date);
    const high = `its high of ${formatLongDate(cycle.high.date)}`;
    const depth = pctAbs(cycle.value, 1);
    const closed = closedMove(x, s);
    return [
      {
        kind: 'drawdown' as const,
        rarity: BEAR_ENTRY_RARITY,
        headline: `${s.name} enters a bear market, ${depth} below its ${monthYear(cycle.high.date)} high`,
        happened: prose`The ${s.name} ${closed.html}, ${depth} below ${high}: its first close 20% or more below that high, the usual line of a bear market${c}.`,
        context: recordContext(cycle, record, drawdown.current.value, cd),
        also: prose`The ${s.name} entered a bear market, closing ${depth} below ${high}${c}.`,
        gist: `the ${s.name} entered a bear market, ${depth} below its ${monthYear(cycle.high.date)} high`,
        closes: [s.symbol],
        dayMoves: closed.moved ? [s.symbol] : [],
        alsoMoves: [],
        bearEntry: true,
        index: s.symbol,
      },
    ];
  });
}
