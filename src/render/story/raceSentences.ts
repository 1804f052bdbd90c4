/**
 * Sentences about the small-vs-large race that the lead uses when the race is not itself the
 * news: the day's standing (with the streak, unranked below five sessions), the past 21 sessions
 * and the year to date (who led when the race and the market disagree: leadership.ts; the
 * ratio's trend: ratioTrend.ts).
 */
import { isAvailable } from '../../model/figure.js';
import { formatPercent, roundsToZeroBp } from '../../model/format.js';
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
  if (level && s.current >= 2)
    return prose`Small caps beat large caps for ${withArticle(s.current)} straight session, though the ${r.small.name} and the ${r.large.name} ended less than half a basis point apart today${c}.`;
  if (level)
    return prose`Small and large caps finished level on the day, the ${r.small.name} and the ${r.large.name} less than half a basis point apart${c}.`;
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
  const theirs = untold === 'neither' ? bracketedMove(x, told) : prose``;
  return prose`the ${other.name} ${movePhrase(other.day.value)}${co}${ranked}${spreadText(spread.value)} ${versus} the ${told.name}${theirs}${c}`;
}

/** " (-5.97%, its largest one-day fall since March 2020)": a move no fact gave, after a name. */
function bracketedMove(x: StoryInput, s: Race['small']): SafeHtml {
  if (!isAvailable(s.day)) return prose``;
  const rank = dayMoveRank(x, s);
  const c = citeChange(x, 'day', [s.symbol], s.day);
  return rank
    ? prose` (${formatPercent(s.day.value)}${c}, ${rank})`
    : prose` (${formatPercent(s.day.value)}${c})`;
}

/**
 * The race over the calendar year, as a clause: "year to date the Russell 2000 leads the S&P 500
 * by 8.55 pp" (on a year's last session: "for the year the Russell 2000 finished 9 bp ahead of
 * the S&P 500"). Null without a year-to-date spread.
 */
function raceYearClause(x: StoryInput): SafeHtml | null {
  const r = race(x);
  const y = r?.pair.spreads.ytd;
  if (!r || !y || !isAvailable(y)) return null;
  const c = citeChange(x, 'spreads', [r.pair.small, r.pair.large], y.small);
  const gap = spreadText(y.value);
  // Both down: "has lost 6.97 pp less than", not "leads by", which reads as a gain.
  if (y.small.value < 0 && y.large.value < 0)
    return prose`${x.stats.session.lastOfYear ? 'for the year' : 'year to date'} the ${r.small.name} ${x.stats.session.lastOfYear ? 'lost' : 'has lost'} ${gap} ${y.value >= 0 ? 'less' : 'more'} than the ${r.large.name}${c}`;
  if (x.stats.session.lastOfYear)
    return prose`for the year the ${r.small.name} finished ${gap} ${y.value >= 0 ? 'ahead of' : 'behind'} the ${r.large.name}${c}`;
  return prose`year to date the ${r.small.name} ${y.value >= 0 ? 'leads' : 'trails'} the ${r.large.name} by ${gap}${c}`;
}

/**
 * The year's race for the bottom line, in other words than the lead's (raceYearClause): "small
 * caps lead large caps by 9.49 pp this year", "small caps have lost 9.48 pp more than large caps
 * this year", "small caps finished the year 13.29 pp behind large caps"; `they` after a clause whose
 * subject is small caps already. Null without the spread.
 */
export function raceYearGist(x: StoryInput, they = 'small caps'): SafeHtml | null {
  const r = race(x);
  const y = r?.pair.spreads.ytd;
  if (!r || !y || !isAvailable(y)) return null;
  const c = citeChange(x, 'spreads', [r.pair.small, r.pair.large], y.small);
  const gap = spreadText(y.value);
  const last = x.stats.session.lastOfYear;
  if (y.small.value < 0 && y.large.value < 0)
    return prose`${they} ${last ? 'lost' : 'have lost'} ${gap} ${y.value >= 0 ? 'less' : 'more'} than large caps this year${c}`;
  if (last)
    return prose`${they} finished the year ${gap} ${y.value >= 0 ? 'ahead of' : 'behind'} large caps${c}`;
  return prose`${they} ${y.value >= 0 ? 'lead' : 'trail'} large caps by ${gap} this year${c}`;
}

/** The year-to-date race as a sentence. */
export function raceYear(x: StoryInput): SafeHtml | null {
  const clause = raceYearClause(x);
  return clause ? prose`${clause}.` : null;
}

/**
 * The race over the past 21 sessions (the tables' "21 sess." column), set against the day's:
 * "Over the past 21 sessions, though, the Russell 2000 trails the S&P 500 by 95 bp" when the
 * month went the other way, without "though" when it went the same way; `tail` ends the sentence
 * (raceMonthAndYear). Null without the spread.
 */
export function raceMonth(x: StoryInput, tail: SafeHtml = prose``): SafeHtml | null {
  const r = race(x);
  const m = r?.pair.spreads.sessions21;
  const d = r?.pair.spreads.day;
  if (!r || !m || !isAvailable(m) || roundsToZeroBp(m.value)) return null;
  const c = citeChange(x, 'spreads', [r.pair.small, r.pair.large], m.small);
  const against = d && isAvailable(d) && !roundsToZeroBp(d.value) && d.value > 0 !== m.value > 0;
  return prose`Over the past 21 sessions${against ? ', though,' : ''} the ${r.small.name} ${m.value > 0 ? 'leads' : 'trails'} the ${r.large.name} by ${spreadText(m.value)}${c}${tail}.`;
}

/**
 * The past 21 sessions and the year to date in one sentence when both point the same way: "Over
 * the past 21 sessions the Russell 2000 leads the S&P 500 by 2.84 pp, and by 9.68 pp year to
 * date" (two sentences in a row had opened "the Russell 2000 leads the S&P 500 by"). Null when
 * they differ, when either prints as zero, when both indices are down for the year (raceYear
 * says "has lost ... less") or on a year's last session (raceYear says "for the year").
 */
export function raceMonthAndYear(x: StoryInput): SafeHtml | null {
  const r = race(x);
  const m = r?.pair.spreads.sessions21;
  const y = r?.pair.spreads.ytd;
  if (!r || !m || !y || !isAvailable(m) || !isAvailable(y)) return null;
  if (roundsToZeroBp(m.value) || roundsToZeroBp(y.value) || m.value > 0 !== y.value > 0)
    return null;
  if ((y.small.value < 0 && y.large.value < 0) || x.stats.session.lastOfYear) return null;
  const cy = citeChange(x, 'spreads', [r.pair.small, r.pair.large], y.small);
  return raceMonth(x, prose`, and by ${spreadText(y.value)} year to date${cy}`);
}
