/**
 * Facts tied to the calendar of records and years: an index's record close after a long wait,
 * and the close of a calendar year that ranks among its best or worst. (When nothing is rare,
 * the quiet day leads: quietFact.ts.)
 */
import { isAvailable } from '../../model/figure.js';
import { formatLongDate, formatNumber } from '../../model/format.js';
import { prose } from '../narrative/prose.js';
import { cardinal } from '../narrative/wording.js';
import type { Fact } from './fact.js';
import { pctAbs, sinceWhen } from './phrasing.js';
import { cite, indices, type StoryInput } from './storyInput.js';

/** An index's record close; rare when the wait since the previous record was long. */
export function recordFacts(x: StoryInput): Fact[] {
  return indices(x).flatMap((s) => {
    const prev = x.stats.indexHistory[s.symbol]?.previousRecord;
    if (!prev) return [];
    const c = cite(x, 'allTimeHighs', [s.symbol], prev.date, x.stats.date);
    const long = prev.gapSessions > 252;
    return [
      {
        kind: 'record' as const,
        rarity: prev.gapPercentile,
        headline: long
          ? `${s.name} closes at a record, its first since ${sinceWhen(prev.date, x.stats.date)}`
          : `${s.name} closes at a record ${formatNumber(s.close)}`,
        happened: prose`The ${s.name} closed at a record ${formatNumber(s.close)}${c}.`,
        context: long
          ? prose`It is the first record since ${formatLongDate(prev.date)}, ${prev.gapSessions.toLocaleString('en-US')} sessions earlier${c}.`
          : prose`The previous record was ${formatLongDate(prev.date)}${c}.`,
        gist: `the ${s.name} closed at a record`,
      },
    ];
  });
}

/** The last session of a calendar year whose result ranks among the index's best or worst. */
export function yearEndFacts(x: StoryInput): Fact[] {
  if (!x.stats.session.lastOfYear) return [];
  return indices(x).flatMap((s) => {
    const y = x.stats.indexHistory[s.symbol]?.year;
    if (!y || !isAvailable(y) || y.years < 5) return [];
    const best = y.worse >= y.better;
    const rarity = (best ? y.worse : y.better) / y.years;
    const rank = best ? y.better : y.worse;
    const which = best ? 'best' : 'worst';
    const last = best ? y.lastBetter : y.lastWorse;
    const standing =
      rank === 0
        ? `its ${which} year since its data begin in ${y.firstYear}`
        : `its ${which} year since ${last}`;
    const c = cite(x, 'indexHistory', [s.symbol], `${y.year - 1}-12-31`, x.stats.date);
    const from = x.stats.indexHistory[s.symbol]?.drawdown?.historyFrom ?? `${y.firstYear}-01-01`;
    const ch = cite(x, 'indexHistory', [s.symbol], from, x.stats.date);
    return [
      {
        kind: 'yearEnd' as const,
        rarity,
        headline: `${s.name} ends ${y.year} ${y.value >= 0 ? 'up' : 'down'} ${pctAbs(y.value, 1)}, ${standing}`,
        happened: prose`The ${s.name} ends ${y.year} ${y.value >= 0 ? 'up' : 'down'} ${pctAbs(y.value)}${c}.`,
        context:
          rank === 0
            ? prose`None of its ${y.years} complete calendar years since ${String(y.firstYear)} was ${best ? 'better' : 'worse'}${ch}.`
            : prose`Only ${cardinal(rank)} of its ${y.years} complete calendar years since ${String(y.firstYear)} ${rank === 1 ? 'was' : 'were'} ${best ? 'better' : 'worse'}, the last in ${String(last)}${ch}.`,
        gist: `${y.year} was the ${s.name}'s ${which} year ${last ? `since ${last}` : `since its data begin in ${y.firstYear}`}`,
      },
    ];
  });
}
