/**
 * The drawdown fact: an index closing at a new low of a fall of 10% or more from its record,
 * ranked by depth and pace, and a bear market entered on the decline's first close 20% or more
 * below the record.
 */
import { formatLongDate, formatNumber } from '../../model/format.js';
import type { DrawdownEpisode } from '../../stats/drawdownEpisode.js';
import { atOrBeyond, BEAR_DEPTH } from '../../stats/marketCycle.js';
import { prose, type SafeHtml } from '../narrative/prose.js';
import { countWords } from '../narrative/wording.js';
import { closedMove } from './closedMove.js';
import type { Fact } from './fact.js';
import { monthYear, pctAbs, sinceWhen } from './phrasing.js';
import { cite, indices, type StoryInput } from './storyInput.js';

/** Longest fall (a quarter's sessions) whose record pace the headline gives as "the fastest". */
const FAST_SESSIONS = 63;

/** The drawdown fact's headline: a bear market entered today, a record pace, or the depth's rank. */
function drawdownHeadline(name: string, d: DrawdownEpisode, date: string): string {
  const depth = pctAbs(d.value, 1);
  const n = countWords(d.sessionsSincePeak, 'session');
  // The pace made it rare (2020-03-12: 26.7% down in 16 sessions, "the deepest since October
  // 2011" undersold it): the headline says so.
  const fastest =
    d.pacePercentile >= 1 &&
    d.pacePercentile > d.percentile &&
    d.sessionsSincePeak <= FAST_SESSIONS;
  if (enteredBear(d))
    return fastest
      ? `${name} enters a bear market, ${depth} down in ${n}: the fastest on record`
      : `${name} enters a bear market, ${depth} below its ${monthYear(d.peak.date)} record`;
  if (fastest)
    return `${name} falls ${depth} from its record in ${n}, the fastest such fall on record`;
  const deepest = d.deepestSince
    ? `the deepest since ${sinceWhen(d.deepestSince, date)}`
    : `the deepest since its data begin in ${d.historyFrom.slice(0, 4)}`;
  return `${name} closes ${depth} below its ${monthYear(d.peak.date)} record, ${deepest}`;
}

/**
 * Rarity of a bear market entered today, at least. An index's first close 20% below its record
 * is rare (the S&P 500: 12 times in 24,777 sessions since 1927) and is the day's news whatever
 * the depth's own rank: at 0.997 it leads before a depth "the deepest since" a few years and a
 * five-session fall (2022-06-13: the S&P 500, not the Nasdaq's 32.7%, 0.9966; 2025-04-04: the
 * Nasdaq, not the S&P 500's 17.4%, 0.9963), and after a one-day fall the largest in years
 * (2011-08-08: the Russell 2000's -8.91%, 0.9990).
 */
export const BEAR_ENTRY_RARITY = 0.997;

/** Today's close is the decline's first 20% or more below the record. */
const enteredBear = (d: DrawdownEpisode): boolean =>
  atOrBeyond(d.value, BEAR_DEPTH) && !atOrBeyond(d.deepestBefore, BEAR_DEPTH);

/**
 * An index closing at a new low of a fall of 10% or more from its record; on the decline's first
 * close 20% or more below it, a bear market entered (2020-03-12: the S&P 500).
 */
export function drawdownFacts(x: StoryInput): Fact[] {
  return indices(x).flatMap((s) => {
    const d = x.stats.indexHistory[s.symbol]?.drawdown;
    if (!d || !d.lowSincePeak || d.value > -0.1) return [];
    const c = cite(x, 'indexHistory', [s.symbol], d.peak.date, x.stats.date);
    const bear = enteredBear(d);
    const low = bear
      ? 'a new low of this decline, and its first close 20% or more below that record, the usual line of a bear market'
      : 'a new low of this decline';
    const depth = `${pctAbs(d.value, 1)} below its ${monthYear(d.peak.date)} record`;
    const below = `${pctAbs(d.value, 1)} below its record of ${formatLongDate(d.peak.date)}`;
    const closed = closedMove(x, s);
    const said = (opening: SafeHtml) => prose`The ${s.name} ${opening}, ${below}: ${low}${c}.`;
    return [
      {
        kind: 'drawdown' as const,
        rarity: Math.max(d.pacePercentile, d.percentile, bear ? BEAR_ENTRY_RARITY : 0),
        headline: drawdownHeadline(s.name, d, x.stats.date),
        happened: said(closed.html),
        // After a fact that gave the day's move: the close alone (2011-10-03).
        ...(closed.moved ? { retold: said(prose`closed at ${formatNumber(s.close)}`) } : {}),
        context: depthContext(x, s.symbol, d),
        // A bear market entered is told second after another index's drawdown (2025-04-04).
        ...(bear
          ? { also: prose`The ${s.name} entered a bear market, closing ${below}${c}.` }
          : {}),
        gist: bear
          ? `the ${s.name} entered a bear market, ${depth}`
          : `the ${s.name} closed ${depth}, a new low of this decline`,
        closes: [s.symbol],
        dayMoves: closed.moved ? [s.symbol] : [],
        ...(bear ? { bearEntry: true, alsoMoves: [] } : {}),
        index: s.symbol,
      },
    ];
  });
}

/** "It was last this far below a record in May 2023[, and no earlier decline got this deep ...]". */
function depthContext(x: StoryInput, symbol: string, d: DrawdownEpisode): SafeHtml {
  const since = d.deepestSince
    ? `It was last this far below a record in ${monthYear(d.deepestSince)}`
    : `It has never been this far below a record since its data begin in ${d.historyFrom.slice(0, 4)}`;
  const fast =
    d.pacePercentile >= 1
      ? `, and no earlier decline got this deep in as few as ${countWords(d.sessionsSincePeak, 'session')}`
      : '';
  const ch = cite(x, 'indexHistory', [symbol], d.historyFrom, x.stats.date);
  return prose`${since}${fast}${ch}.`;
}
