/**
 * The day's small-vs-large race as the lead tells it when the race is not itself the news: the
 * day's standing (with the streak, unranked below five sessions), with the day moves no fact of
 * the lead gave (longer spans: raceSpans.ts; who led when the race and the market disagree:
 * leadership.ts; the ratio's trend: ratioTrend.ts).
 */
import { isAvailable } from '../../model/figure.js';
import { formatPercent, roundsToZeroBp } from '../../model/format.js';
import { plainText } from '../../model/plainText.js';
import { prose, type Citation, type SafeHtml } from '../narrative/prose.js';
import { dayMoveRank } from './moveFacts.js';
import { movePhrase, spreadText, withArticle } from './phrasing.js';
import { bothFellOnDay, race, type Race } from './rotationFacts.js';
import { cite, citeChange, type StoryInput } from './storyInput.js';

/** Which race index's day move the lead has not given: the race sentence gives it. */
export type Untold = 'small' | 'large' | 'neither';

/**
 * "Small caps beat large caps for a third straight session" or who led today. With `untold`, the
 * lead has not yet given that index's move (a crash led by the other one): the sentence gives it,
 * set against the other's ("Large caps fell less on the day: the S&P 500 plunged 6.66%, 2.25 pp
 * less than the Russell 2000").
 */
export function raceToday(x: StoryInput, untold?: Untold): SafeHtml | null {
  const r = race(x);
  if (!r || !isAvailable(r.pair.streak) || !isAvailable(r.pair.spreads.day)) return null;
  const s = r.pair.streak;
  const c = cite(x, 'streak', [r.pair.small, r.pair.large], s.historyFrom, s.historyTo);
  const spread = r.pair.spreads.day.value;
  const gap = spreadText(spread);
  // A spread that prints as 0 bp: nobody "led by 0 basis points".
  const level = roundsToZeroBp(spread);
  const moves = level && untold ? levelMoves(x, r, untold) : null;
  if (level && s.current >= 2)
    return moves
      ? prose`Small caps beat large caps for ${withArticle(s.current)} straight session, though by less than half a basis point: ${moves}${c}.`
      : prose`Small caps beat large caps for ${withArticle(s.current)} straight session, though the ${r.small.name} and the ${r.large.name} ended less than half a basis point apart today${c}.`;
  if (level)
    return moves
      ? prose`Small and large caps finished level on the day, less than half a basis point apart: ${moves}${c}.`
      : prose`Small and large caps finished level on the day, the ${r.small.name} and the ${r.large.name} less than half a basis point apart${c}.`;
  // Both fell: the winner "fell less" (on a crash day "large caps led" reads as a rise; after
  // "was little changed (-0.09%)", "fell less" would contradict it).
  const bothFell = bothFellOnDay(r);
  const opening =
    s.current >= 2
      ? `Small caps ${bothFell ? 'outperformed' : 'beat'} large caps for ${withArticle(s.current)} straight session`
      : s.current === 1
        ? `Small caps ${bothFell ? 'fell less than large caps' : 'beat large caps'} on the day`
        : `Large caps ${bothFell ? 'fell less' : 'led'} on the day`;
  const told = untold && untoldMove(x, r, untold, bothFell, c);
  if (told) return prose`${opening}: ${told}.`;
  if (s.current >= 2 && bothFell)
    return prose`${opening}, the ${r.small.name} falling ${gap} less than the ${r.large.name} today${c}.`;
  if (s.current >= 2) return prose`${opening}, the ${r.small.name} ahead by ${gap} today${c}.`;
  const [won, lost] = s.current === 1 ? [r.small, r.large] : [r.large, r.small];
  return prose`${opening}, the ${won.name} ahead of the ${lost.name} by ${gap}${c}.`;
}

/**
 * The moves a level day's race sentence gives when the lead's facts did not (2011-09-22: "the
 * Russell 2000 and the S&P 500 both plunged 3.2%", to one decimal where two print apart;
 * 2018-12-26, after the S&P 500's: "the Russell 2000 surged 4.96%"), the untold one with its rank
 * when rare. Null when none is available.
 */
function levelMoves(x: StoryInput, r: Race, untold: Untold): SafeHtml | null {
  const one = (i: Race['small']): SafeHtml | null => {
    if (!isAvailable(i.day)) return null;
    const rank = dayMoveRank(x, i);
    const co = citeChange(x, 'day', [i.symbol], i.day);
    return rank
      ? prose`the ${i.name} ${movePhrase(i.day.value)}${co}, ${rank}`
      : prose`the ${i.name} ${movePhrase(i.day.value)}${co}`;
  };
  if (untold !== 'neither') return one(untold === 'small' ? r.small : r.large);
  const [a, b] = [r.small.day, r.large.day];
  if (!isAvailable(a) || !isAvailable(b)) return null;
  // Level moves that print apart at two decimals (-3.18% and -3.19%, 0.44 bp) print alike at one.
  const digits = movePhrase(a.value) === movePhrase(b.value) ? 2 : 1;
  const [pa, pb] = [movePhrase(a.value, digits), movePhrase(b.value, digits)];
  const ca = citeChange(x, 'day', [r.small.symbol], a);
  const cb = citeChange(x, 'day', [r.large.symbol], b);
  if (pa !== pb) return prose`the ${r.small.name} ${pa}${ca} and the ${r.large.name} ${pb}${cb}`;
  const both = pa.startsWith('was ') ? `were both ${pa.slice(4)}` : `both ${pa}`;
  return prose`the ${r.small.name} and the ${r.large.name} ${both}${ca}${cb}`;
}

/**
 * "the S&P 500 plunged 9.51%, its largest one-day fall since October 1987, yet 1.67 pp less than
 * the Russell 2000 (-11.18%)": the untold index's move, its rank when rare (moveFacts.ts
 * dayMoveRank), and the gap; the other index's move (and rank) in brackets when no fact gave it
 * either.
 */
function untoldMove(
  x: StoryInput,
  r: Race,
  untold: Untold,
  bothFell: boolean,
  c: Citation,
): SafeHtml | null {
  const spread = r.pair.spreads.day;
  const first =
    untold === 'neither' ? (isAvailable(spread) && spread.value < 0 ? 'large' : 'small') : untold;
  const [other, told] = first === 'small' ? [r.small, r.large] : [r.large, r.small];
  if (!isAvailable(other.day) || !isAvailable(spread)) return null;
  const won = (first === 'small') === spread.value > 0;
  const versus = bothFell ? (won ? 'less than' : 'more than') : won ? 'ahead of' : 'behind';
  const co = citeChange(x, 'day', [other.symbol], other.day);
  const rank = dayMoveRank(x, other);
  // A record fall by the index that fell less: "yet" (and a record gain by the one behind).
  const yet = rank && won === other.day.value < 0 ? 'yet ' : '';
  const ranked = rank ? prose`, ${rank}, ${yet}` : prose`, `;
  const theirs = untold === 'neither' ? bracketedMove(x, told, rank) : prose``;
  return prose`the ${other.name} ${movePhrase(other.day.value)}${co}${ranked}${spreadText(spread.value)} ${versus} the ${told.name}${theirs}${c}`;
}

/**
 * " (-5.97%, its largest one-day fall since March 2020)": a move no fact gave, after a name;
 * "also its largest ..." when it is the same rank as `before`'s (1998-08-27: both since October
 * 1997).
 */
function bracketedMove(x: StoryInput, s: Race['small'], before: SafeHtml | null): SafeHtml {
  if (!isAvailable(s.day)) return prose``;
  const rank = dayMoveRank(x, s);
  const c = citeChange(x, 'day', [s.symbol], s.day);
  if (!rank) return prose` (${formatPercent(s.day.value)}${c})`;
  const same = before !== null && plainText(before.html) === plainText(rank.html);
  return same
    ? prose` (${formatPercent(s.day.value)}${c}, also ${rank})`
    : prose` (${formatPercent(s.day.value)}${c}, ${rank})`;
}
