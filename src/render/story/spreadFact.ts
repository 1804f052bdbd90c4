/**
 * The day's small-minus-large spread when it is wide in the pair's history: "Large caps beat
 * small caps by 2.03 pp, the widest margin since December 2008".
 */
import { isAvailable } from '../../model/figure.js';
import type { SeriesStats } from '../../stats/briefStats.js';
import { prose, type Citation, type SafeHtml } from '../narrative/prose.js';
import type { Fact } from './fact.js';
import {
  fellOnDay,
  movePhrase,
  recentSince,
  shareText,
  sinceWhen,
  spreadText,
} from './phrasing.js';
import { bothFellOnDay, race } from './rotationFacts.js';
import { cite, citeChange, type StoryInput } from './storyInput.js';

/**
 * "The S&P 500 beat the Russell 2000 by 2.03 pp on the day[, the widest margin since ...]: it
 * rose 0.54% while the Russell 2000 fell 1.49%"; "outperformed" when both fell (1998-08-26: not
 * "beat ... it fell 0.79%").
 */
function spreadSaid(
  x: StoryInput,
  winner: SeriesStats,
  loser: SeriesStats,
  spread: number,
  c: Citation,
  since?: string,
  told?: string,
): SafeHtml {
  const rank = since === undefined ? '' : `, ${since}`;
  if (!isAvailable(winner.day) || !isAvailable(loser.day))
    return prose`The ${winner.name} beat the ${loser.name} by ${spreadText(spread)} on the day${rank}${c}.`;
  const verb = fellOnDay(winner.day.value) && fellOnDay(loser.day.value) ? 'outperformed' : 'beat';
  const opening = prose`The ${winner.name} ${verb} the ${loser.name} by ${spreadText(spread)} on the day${rank}`;
  const won = prose`${movePhrase(winner.day.value)}${citeChange(x, 'day', [winner.symbol], winner.day)}`;
  const lost = prose`${movePhrase(loser.day.value)}${citeChange(x, 'day', [loser.symbol], loser.day)}`;
  // A move the lead gave already is not given again (2008-10-23: the drawdown gave the Russell 2000's -2.40%).
  if (told === loser.symbol) return prose`${opening}: it ${won}${c}.`;
  if (told === winner.symbol) return prose`${opening}: the ${loser.name} ${lost}${c}.`;
  return prose`${opening}: it ${won} while the ${loser.name} ${lost}${c}.`;
}

/** A day's small-minus-large spread that is wide in the pair's history. */
export function spreadFact(x: StoryInput): Fact | null {
  const r = race(x);
  const d = r?.pair.daySpreadRarity;
  if (!r || !d || !isAvailable(d)) return null;
  const small = d.value > 0;
  const [winner, loser] = small ? [r.small, r.large] : [r.large, r.small];
  const since = d.widestSince
    ? `the widest margin since ${sinceWhen(d.widestSince, x.stats.date)}`
    : `the widest margin since ${d.historyFrom.slice(0, 4)}`;
  const c = cite(x, 'daySpreadRarity', [r.pair.small, r.pair.large], d.historyFrom, x.stats.date);
  const bothFell = bothFellOnDay(r);
  // Told second, a rank a few weeks old is left out (2020-03-23: "since March 19, 2020").
  const secondRank = d.widestSince && recentSince(d.widestSince, x.stats.date) ? undefined : since;
  return {
    kind: 'spread',
    rarity: d.percentile,
    // Both fell (0.10% or more each): "fall 1.84 pp less than", as the quiet headline says (a
    // headline is in the present; the lead tells the session in the past).
    headline: `${small ? 'Small' : 'Large'} caps ${bothFell ? `fall ${spreadText(d.value)} less than` : 'beat'} ${small ? 'large' : 'small'} caps${bothFell ? '' : ` by ${spreadText(d.value)}`}, ${since}`,
    // With the two moves: a 2.14 pp margin reads otherwise the same on a rally and on a rout.
    happened: spreadSaid(x, winner, loser, d.value, c),
    // Told second (2010-07-06, after a bear market): with its rank, in one sentence.
    also: spreadSaid(x, winner, loser, d.value, c, secondRank),
    alsoTold: Object.fromEntries(
      [winner.symbol, loser.symbol].map((t) => [
        t,
        spreadSaid(x, winner, loser, d.value, c, secondRank, t),
      ]),
    ),
    context: prose`That is ${since}, wider than ${shareText(d.percentile)} of the pair's ${d.sample.toLocaleString('en-US')} daily gaps${c}.`,
    gist: `${small ? 'small' : 'large'} caps won the day by ${since}`,
    rankSince: d.widestSince,
    dayMoves: isAvailable(winner.day) && isAvailable(loser.day) ? [r.pair.small, r.pair.large] : [],
  };
}
