/**
 * Facts about the small-vs-large race of the universe's first pair: a streak of outperformance
 * that is long in the pair's history (from five sessions) and the end of such a streak (the
 * day's spread: spreadFact.ts).
 */
import { isAvailable } from '../../model/figure.js';
import { countArticle, formatLongDate, formatPercentPair } from '../../model/format.js';
import type { PairStats, SeriesStats } from '../../stats/briefStats.js';
import type { Streak, StreakStats } from '../../stats/streaks.js';
import { prose, type SafeHtml } from '../narrative/prose.js';
import { countWords } from '../narrative/wording.js';
import { analogHistory } from './analogHistory.js';
import type { Fact } from './fact.js';
import {
  fellOnDay,
  monthYear,
  movePhrase,
  ordinalText,
  shareText,
  withArticle,
} from './phrasing.js';
import { cite, type StoryInput } from './storyInput.js';
import { MIN_STREAK } from '../streakStanding.js';

export { MIN_STREAK };

export interface Race {
  readonly pair: PairStats;
  readonly small: SeriesStats;
  readonly large: SeriesStats;
}

/**
 * Whether both indices of the race fell on the day, each by 0.10% or more (the verb table's
 * "little changed" line): then the winner "fell less", which "led" or "beat" would misstate.
 */
export function bothFellOnDay(r: Race): boolean {
  const fell = (d: SeriesStats['day']) => isAvailable(d) && fellOnDay(d.value);
  return fell(r.small.day) && fell(r.large.day);
}

/** The first pair with both series in the brief. */
export function race(x: StoryInput): Race | null {
  const pair = x.stats.pairs[0];
  const small = pair && x.stats.series[pair.small];
  const large = pair && x.stats.series[pair.large];
  return pair && small && large ? { pair, small, large } : null;
}

/** Share of the earlier streaks shorter than the current one. */
function streakRarity(s: StreakStats): number {
  const earlier = s.streakCount - 1;
  const shorter = earlier - ((s.rank ?? 1) - 1) - (s.tiedWith ?? 0);
  return earlier > 0 ? shorter / earlier : 0;
}

/** "the longest since the 16 sessions of 1996" / "a record since 1987", and streaks passed. */
function standing(r: Race, s: StreakStats, x: StoryInput): { short: string; sentence: SafeHtml } {
  const last = s.lastAtLeastAsLong;
  const from = s.historyFrom.slice(0, 4);
  const equal = last !== null && last.length === s.current;
  const short = !last
    ? `a record since ${from}`
    : equal
      ? `matching the ${last.end.slice(0, 4)} run`
      : `the longest run since ${last.end.slice(0, 4)}`;
  const ms = r.pair.milestones;
  const passed = isAvailable(ms) ? ms.passed : [];
  const c = cite(x, 'milestones', [r.pair.small, r.pair.large], s.historyFrom, s.historyTo);
  const passing =
    passed.length > 0
      ? `, and it passes the ${passed.map((p) => `${p.length} sessions of ${monthYear(p.end)}`).join(' and the ')}`
      : '';
  const since = equal
    ? prose`It matches the run of ${countWords(last.length, 'session')} that ended on ${formatLongDate(last.end)}; none since has been as long${passing}${c}.`
    : last
      ? prose`It is the longest run since the ${countWords(last.length, 'session')} that ended on ${formatLongDate(last.end)}${passing}${c}.`
      : prose`No run since ${from} has been this long: it is a record${passing}${c}.`;
  return { short, sentence: since };
}

/** What is left to a record, as a thing to watch. */
function watchRecord(r: Race, s: StreakStats, x: StoryInput): SafeHtml | undefined {
  const gap = s.record.length - s.current;
  if (gap < 0 || s.record.end === s.historyTo) return undefined;
  const c = cite(x, 'streak', [r.pair.small, r.pair.large], s.historyFrom, s.historyTo);
  return gap === 0
    ? prose`One more session would make it the longest run on record${c}.`
    : prose`${gap === 1 ? 'One more session' : `${countWords(gap, 'more session')}`} would tie the record of ${s.record.length} sessions, set in ${s.record.end.slice(0, 4)}${c}.`;
}

/** A streak of outperformance of five sessions or more. */
export function streakFact(x: StoryInput): Fact | null {
  const r = race(x);
  if (!r || !isAvailable(r.pair.streak)) return null;
  const s = r.pair.streak;
  if (s.current < MIN_STREAK || !isAvailable(r.small.day) || !isAvailable(r.large.day)) return null;
  const c = cite(x, 'streak', [r.pair.small, r.pair.large], s.historyFrom, s.historyTo);
  const { short, sentence } = standing(r, s, x);
  const pair = formatPercentPair(r.small.day.value, r.large.day.value);
  return {
    kind: 'streak',
    rarity: streakRarity(s),
    headline: `Small caps beat large caps for ${withArticle(s.current)} straight session, ${short}`,
    // Both fell (2000-01-24: -2.06% against -2.76%): it "outperformed", it did not "beat".
    happened: prose`The ${r.small.name} ${bothFellOnDay(r) ? 'outperformed' : 'beat'} the ${r.large.name} for ${withArticle(s.current)} straight session, ${pair[0]} against ${pair[1]}${c}.`,
    context: sentence,
    history:
      analogHistory(r.pair, s, { small: r.small.name, large: r.large.name }, x.notes) ?? undefined,
    watch: watchRecord(r, s, x),
    // Its sentence gives both day moves ("+0.76% against +0.55%"): a fact told after it does not.
    dayMoves: [r.pair.small, r.pair.large],
    gist: s.lastAtLeastAsLong
      ? `small caps' outperformance streak is the longest since ${s.lastAtLeastAsLong.end.slice(0, 4)}`
      : `small caps' outperformance streak is the longest since the data begin in ${s.historyFrom.slice(0, 4)}`,
  };
}

/** "Only 4%", or "Fewer than 1%" when the share rounds to nothing. */
function lastedAsLong(share: number): string {
  return share < 0.01 ? 'Fewer than 1%' : `Only ${shareText(share)}`;
}

/** Place of an ended run among the pair's runs, when it is among the three longest. */
interface EndedStanding {
  /** Headline tail: "the longest since 1987", "the second-longest since 1987". */
  readonly short: string;
  /** The context sentence, without its citation and full stop. */
  readonly sentence: string;
}

/** Years of history before a run's place among the pair's runs is news (not in 1988's data). */
const STANDING_YEARS = 5;

/**
 * {@link EndedStanding} of a run ranked `rank` (1 = none longer) ending on `date`; null below the
 * third, or with under {@link STANDING_YEARS} of history since `from`.
 */
function endedStanding(
  rank: number,
  lastLonger: Streak | null,
  from: string,
  date: string,
): EndedStanding | null {
  const year = from.slice(0, 4);
  if (Number(date.slice(0, 4)) - Number(year) < STANDING_YEARS) return null;
  if (rank === 1)
    return {
      short: `the longest since ${year}`,
      sentence: `No small-cap streak since the data begin in ${year} lasted longer`,
    };
  if (rank > 3 || !lastLonger) return null;
  const [n, end] = [countWords(lastLonger.length, 'session'), formatLongDate(lastLonger.end)];
  return {
    short: `the ${ordinalText(rank)}-longest since ${year}`,
    sentence:
      rank === 2
        ? `Only one small-cap streak since ${year} lasted longer: ${n}, ending on ${end}`
        : `Only two small-cap streaks since ${year} lasted longer, most recently ${n} ending on ${end}`,
  };
}

/** The end of a streak of five sessions or more. */
export function streakEndedFact(x: StoryInput): Fact | null {
  const r = race(x);
  const ms = r && r.pair.milestones;
  if (!r || !ms || !isAvailable(ms) || !ms.ended || ms.ended.length < MIN_STREAK) return null;
  if (!isAvailable(r.small.day) || !isAvailable(r.large.day) || !isAvailable(r.pair.streak))
    return null;
  const e = ms.ended;
  const s = r.pair.streak;
  const c = cite(x, 'milestones', [r.pair.small, r.pair.large], s.historyFrom, s.historyTo);
  const standing =
    ms.endedRank === null
      ? null
      : endedStanding(ms.endedRank, ms.endedLastLonger, s.historyFrom, x.stats.date);
  const share =
    ms.endedShareShorter === null
      ? undefined
      : prose`${lastedAsLong(1 - ms.endedShareShorter)} of the pair's runs since ${s.historyFrom.slice(0, 4)} lasted as long${c}.`;
  return {
    kind: 'streakEnded',
    rarity: ms.endedShareShorter ?? 0,
    headline: `Small caps' ${e.length}-session outperformance streak ends${standing ? `, ${standing.short}` : ''}`,
    // Small caps' move first: the run is theirs ("The Russell 2000 slid 1.82% while the S&P 500
    // was little changed (+0.03%)", not a flat S&P 500 "beat" them).
    happened: prose`The ${r.small.name} ${movePhrase(r.small.day.value)} while the ${r.large.name} ${movePhrase(r.large.day.value)}, ending ${countArticle(e.length)} ${e.length}-session small-cap outperformance streak that began on ${formatLongDate(e.start)}${c}.`,
    context: standing ? prose`${standing.sentence}${c}.` : share,
    gist: `small caps' ${e.length}-session streak has ended`,
    dayMoves: [r.pair.small, r.pair.large],
  };
}
