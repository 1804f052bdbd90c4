/**
 * The lead of a day with nothing rare: the two indices' moves, said to be quiet (both smaller
 * than on more than 70% of their history's days, {@link QUIET}: a day near the median is ordinary),
 * ordinary, or volatile (the larger of the two, against its own history, from the
 * {@link VOLATILE} share of days: a 3.02% jump of the Russell 2000 is not "within the range of
 * most days" though no fact ranks it rare), and the headline tells the race the reader can still
 * use: who won the day against who leads over the past 21 sessions (the
 * tables' "21 sess."; not "month", which a reader takes for the month to date). "Small caps beat
 * large caps in an ordinary session but still trail over the past 21 sessions", not "An ordinary
 * session" with two figures the key figures already give.
 */
import { isAvailable } from '../../model/figure.js';
import { formatPercent, roundsToZeroBp } from '../../model/format.js';
import { prose } from '../narrative/prose.js';
import type { Fact } from './fact.js';
import { capitalise, fellOnDay, movePhrase, shareText } from './phrasing.js';
import { recordsToday } from './recordsToday.js';
import { race } from './rotationFacts.js';
import { citeChange, indices, type StoryInput } from './storyInput.js';

type Side = 'small' | 'large' | null;

/** Share of an index's day moves (up or down) a move must exceed to make the session volatile. */
export const VOLATILE = 0.8;

/**
 * Share of an index's day moves the larger move must stay under for a quiet session: smaller than
 * on more than 70% of days ("smaller than on 55% of days" is a median day, not a quiet one).
 */
export const QUIET = 0.3;

/** How the day's moves compare with history, from the larger move's percentile. */
type Tone = 'quiet' | 'ordinary' | 'volatile';

const toneOf = (p: number): Tone => (p < QUIET ? 'quiet' : p < VOLATILE ? 'ordinary' : 'volatile');

const CALM: Record<Tone, string> = {
  quiet: 'a quiet session',
  ordinary: 'an ordinary session',
  volatile: 'a volatile session',
};

const GIST: Record<Tone, string> = {
  quiet: 'the session was quiet',
  ordinary: "the day's moves stayed within their usual range",
  volatile: "the day's moves were larger than usual",
};

/** Who led by a spread; null (level) when it rounds to 0 bp, as the text would print it. */
const side = (v: number): Side => (roundsToZeroBp(v) ? null : v > 0 ? 'small' : 'large');

/** Widest margin (5 bp) a headline calls "edge out" rather than "beat". */
const EDGE_MAX = 0.0005;

/**
 * Who won the day, as the streak counts it: small caps strictly ahead, however narrowly; large
 * caps only by 0.5 bp or more (below it, a tie, which ends a streak: level). `narrow` below
 * 5 bp: the headline says the winner "edge out" the other, not "beat" (2026-04-06's 2 bp).
 */
const dayWinner = (v: number): { day: Side; narrow: boolean } => {
  const day = v > 0 ? 'small' : side(v);
  return { day, narrow: day !== null && Math.abs(v) < EDGE_MAX };
};

/**
 * "Small caps beat large caps in a quiet session" (`calm`: "in a quiet session", or "as the S&P
 * 500 closes at a record" on a record day, `news`: recordsToday.ts) ("edge out" by less than half a basis point),
 * then the 21 sessions: " but still trail over the past 21 sessions". When both indices fell (each by 0.10% or more, as raceSentences.ts words it), the
 * day's winner "fall less than" the other. A headline's verbs are in the present, as its records
 * are ("Large caps fall less than small caps as the Nasdaq Composite closes at a record"); the
 * lead's sentences tell the session in the past.
 */
function raceHeadline(
  { day, narrow }: { day: Side; narrow: boolean },
  sessions21: Side,
  calm: string,
  bothFell: boolean,
  news: boolean,
): string {
  const [a, b] = day === 'small' ? ['Small', 'large'] : ['Large', 'small'];
  const won =
    day === null
      ? 'Small and large caps finish level'
      : `${a} caps ${narrow ? 'edge out' : bothFell ? 'fall less than' : 'beat'} ${b} caps`;
  // The day's winner stays the subject: "Large caps beat small caps ... but still trail", not
  // ", but small caps still lead" (which ran to 112 characters).
  const tail =
    sessions21 === null || day === null
      ? ''
      : sessions21 === day
        ? ' and lead over the past 21 sessions'
        : ' but still trail over the past 21 sessions';
  const full = `${won} ${calm}${tail}`;
  // Over HEADLINE_MAX, the session's tone goes (the lead's first sentence says it), but a record
  // stays and the 21 sessions go (the lead gives them): the record is the day's news.
  if (full.length <= HEADLINE_MAX) return full;
  return news ? `${won} ${calm}` : `${won}${tail}`;
}

/** Longest headline (characters) with the session's tone in it ("about 90": fact.ts). */
const HEADLINE_MAX = 95;

/** Nothing rare: the quiet day, with the race of the day against the past 21 sessions'. */
export function quietFact(x: StoryInput): Fact | null {
  const [small, large] = indices(x);
  if (!small || !large || !isAvailable(small.day) || !isAvailable(large.day)) return null;
  const h = x.stats.indexHistory;
  // The larger move against its own history; an index without one counts as ordinary (never
  // quiet, never volatile: neither can be said of a move that was not ranked).
  const ranked = [small, large].map((s) => {
    const r = h[s.symbol]?.day;
    return { s, p: r && isAvailable(r) ? r.percentile : 0.5 };
  });
  const bigger = ranked.reduce((a, b) => (b.p > a.p ? b : a));
  const p = bigger.p;
  const tone = toneOf(p);
  const cs = citeChange(x, 'day', [small.symbol], small.day);
  const cl = citeChange(x, 'day', [large.symbol], large.day);
  const records = recordsToday(x);
  const calm = records ? records.headline : `in ${CALM[tone]}`;
  const spreads = race(x)?.pair.spreads;
  const past21 = spreads && isAvailable(spreads.sessions21) ? side(spreads.sessions21.value) : null;
  // Without the day's spread, the two moves (nothing to say who led).
  const headline =
    spreads && isAvailable(spreads.day)
      ? raceHeadline(
          dayWinner(spreads.day.value),
          past21,
          calm,
          fellOnDay(small.day.value) && fellOnDay(large.day.value),
          records !== null,
        )
      : `${capitalise(CALM[tone])}: ${small.name} ${formatPercent(small.day.value)}, ${large.name} ${formatPercent(large.day.value)}`;
  const [ps, pl] = [movePhrase(small.day.value), movePhrase(large.day.value)];
  // Equal in print: "the Russell 2000 and the S&P 500 both slid 1.59%", not the verb twice.
  const both = ps.startsWith('was ') ? `were both ${ps.slice(4)}` : `both ${ps}`;
  const moves =
    ps === pl
      ? prose`the ${small.name} and the ${large.name} ${both}${cs}${cl}`
      : prose`the ${small.name} ${ps}${cs} and the ${large.name} ${pl}${cl}`;
  const happened =
    tone === 'quiet'
      ? prose`It was a quiet session: ${moves}, moves smaller than on ${shareText(1 - p)} of days in their history.`
      : tone === 'ordinary'
        ? prose`It was a session with no move out of the ordinary: ${moves}, moves within the range of most days in their history.`
        : prose`It was a volatile session: ${moves}; the ${bigger.s.name}'s move was larger than on ${shareText(p)} of days in its history.`;
  return {
    kind: 'quiet',
    rarity: 0,
    headline,
    happened,
    // Not the headline again: the bottom line's first half (the lead told the race, and any
    // record, already; on a record day the headline dropped the tone, which this gives).
    gist: GIST[tone],
    dayMoves: [small.symbol, large.symbol],
  };
}
