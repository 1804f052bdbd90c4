/**
 * The day's small-vs-large race as the lead tells it when the race is not itself the news: the
 * day's standing (with the streak, unranked below five sessions), with the day moves no fact of
 * the lead gave (longer spans: raceSpans.ts; who led when the race and the market disagree:
 * leadership.ts; the ratio's trend: ratioTrend.ts).
 */
import { isAvailable } from '../../model/figure.js';
import { roundsToZeroBp } from '../../model/format.js';
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
  // The streak's note for a run of sessions, the spreads' note for the day's gap.
  const runs = s.current >= 2;
  const c = runs ? cite(x, 'streak', [r.pair.small, r.pair.large], s.historyFrom, s.historyTo) : '';
  const cs = citeChange(x, 'spreads', [r.pair.small, r.pair.large], r.pair.spreads.day.small);
  const spread = r.pair.spreads.day.value;
  const gap = spreadText(spread);
  // A spread that prints as 0 bp: nobody "led by 0 basis points"; the streak's winner (strictly
  // ahead) "edged out" the other, as the rotation section and the key figures count it.
  if (roundsToZeroBp(spread)) return narrowDay(x, r, prose`${c}`, cs, untold);
  // Both fell: the winner "fell less" (on a crash day "large caps led" reads as a rise; after
  // "was little changed (-0.09%)", "fell less" would contradict it).
  const bothFell = bothFellOnDay(r);
  const opening = runs
    ? `Small caps ${bothFell ? 'outperformed' : 'beat'} large caps for ${withArticle(s.current)} straight session`
    : s.current === 1
      ? `Small caps ${bothFell ? 'fell less than large caps' : 'beat large caps'} on the day`
      : `Large caps ${bothFell ? 'fell less' : 'led'} on the day`;
  const told = untold && untoldMove(x, r, untold, bothFell, cs);
  if (told) return prose`${opening}${c}: ${told}.`;
  if (runs && bothFell)
    return prose`${opening}${c}, the ${r.small.name} falling ${gap} less than the ${r.large.name} today${cs}.`;
  if (runs) return prose`${opening}${c}, the ${r.small.name} ahead by ${gap} today${cs}.`;
  const [won, lost] = s.current === 1 ? [r.small, r.large] : [r.large, r.small];
  return prose`${opening}, the ${won.name} ahead of the ${lost.name} by ${gap}${cs}.`;
}

/**
 * The race on a day whose spread prints as 0 bp, as the streak and the rotation section count
 * it: small caps strictly ahead won ("Small caps beat large caps for a second straight session,
 * though by less than half a basis point", "Small caps edged out large caps on the day, by less
 * than half a basis point"); otherwise the two finished level (a tie ends a streak). With the
 * moves no fact of the lead gave (`untold`).
 */
function narrowDay(x: StoryInput, r: Race, c: SafeHtml, cs: Citation, untold?: Untold): SafeHtml {
  const s = r.pair.streak;
  const n = isAvailable(s) ? s.current : 0;
  const moves = untold ? levelMoves(x, r, untold) : null;
  const won = isAvailable(r.pair.spreads.day) && r.pair.spreads.day.value > 0;
  if (!won)
    return moves
      ? prose`Small and large caps finished level on the day, less than half a basis point apart${cs}: ${moves}.`
      : prose`Small and large caps finished level on the day, the ${r.small.name} and the ${r.large.name} less than half a basis point apart${cs}.`;
  const opening =
    n >= 2
      ? prose`Small caps ${bothFellOnDay(r) ? 'outperformed' : 'beat'} large caps for ${withArticle(n)} straight session${c}, though by less than half a basis point`
      : prose`Small caps edged out large caps on the day, by less than half a basis point`;
  if (moves) return prose`${opening}${cs}: ${moves}.`;
  return n >= 2 ? prose`${opening} today${cs}.` : prose`${opening}${cs}.`;
}

/**
 * The moves a level day's race sentence gives when the lead's facts did not (2011-09-22: "the
 * Russell 2000 and the S&P 500 both plunged 3.2%", to one decimal where two print apart;
 * 2018-12-26, after the S&P 500's: "the Russell 2000 surged 4.96%"), the untold one with its rank
 * when rare. Null when none is available.
 */
function levelMoves(x: StoryInput, r: Race, untold: Untold): SafeHtml | null {
  if (untold !== 'neither') return rankedMove(x, untold === 'small' ? r.small : r.large);
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

/** "the S&P 500 plunged 9.51%, its largest one-day fall since October 1987": a move, ranked if rare. */
function rankedMove(x: StoryInput, i: Race['small'], before?: SafeHtml | null): SafeHtml | null {
  if (!isAvailable(i.day)) return null;
  const co = citeChange(x, 'day', [i.symbol], i.day);
  const rank = dayMoveRank(x, i);
  if (!rank) return prose`the ${i.name} ${movePhrase(i.day.value)}${co}`;
  const also = before && plainText(before.html) === plainText(rank.html) ? 'also ' : '';
  return prose`the ${i.name} ${movePhrase(i.day.value)}${co}, ${also}${rank}`;
}

/**
 * The day moves no fact of the lead gave, after the race's opening. One index: its move, its rank
 * when rare (moveFacts.ts dayMoveRank) and the gap ("the S&P 500 plunged 6.66%, its largest
 * one-day fall since December 2008, though 2.25 pp less than the Russell 2000's fall"). Neither:
 * both moves, the day's winner first ("the S&P 500 plunged 9.51%, its largest one-day fall since
 * October 1987; the Russell 2000 plunged 11.18%, its largest one-day fall since December 2008").
 */
function untoldMove(
  x: StoryInput,
  r: Race,
  untold: Untold,
  bothFell: boolean,
  c: Citation,
): SafeHtml | null {
  const spread = r.pair.spreads.day;
  if (!isAvailable(spread)) return null;
  const first = untold === 'neither' ? (spread.value < 0 ? 'large' : 'small') : untold;
  const [other, told] = first === 'small' ? [r.small, r.large] : [r.large, r.small];
  const move = rankedMove(x, other);
  if (!move || !isAvailable(other.day)) return null;
  const rank = dayMoveRank(x, other);
  if (untold === 'neither') {
    const second = rankedMove(x, told, rank);
    if (second) return prose`${move}${rank || dayMoveRank(x, told) ? '; ' : ' and '}${second}`;
  }
  const won = (first === 'small') === spread.value > 0;
  const versus = bothFell
    ? `${won ? 'less' : 'more'} than the ${told.name}'s fall`
    : `${won ? 'ahead of' : 'behind'} the ${told.name}`;
  // A record fall by the index that fell less (a record gain by the one behind): "though".
  const though = rank && won === other.day.value < 0 ? 'though ' : '';
  return prose`${move}, ${though}${spreadText(spread.value)} ${versus}${c}`;
}
