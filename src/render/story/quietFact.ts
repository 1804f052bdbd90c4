/**
 * The lead of a day with nothing rare: the two indices' moves, said to be quiet (both inside the
 * middle half of their history's day moves) or ordinary, and the headline tells the race the
 * reader can still use: who won the day against who leads over the past 21 sessions (the
 * tables' "21 sess."; not "month", which a reader takes for the month to date). "Small caps beat
 * large caps in an ordinary session but still trail over the past 21 sessions", not "An ordinary
 * session" with two figures the key figures already give.
 */
import { isAvailable } from '../../model/figure.js';
import { formatPercent } from '../../model/format.js';
import { prose } from '../narrative/prose.js';
import type { Fact } from './fact.js';
import { movePhrase, shareText } from './phrasing.js';
import { fellOnDay, roundsToZeroBp } from './raceSentences.js';
import { race } from './rotationFacts.js';
import { citeChange, indices, type StoryInput } from './storyInput.js';

type Side = 'small' | 'large' | null;

/** Who led by a spread; null (level) when it rounds to 0 bp, as the text would print it. */
const side = (v: number): Side => (roundsToZeroBp(v) ? null : v > 0 ? 'small' : 'large');

/**
 * "Small caps beat large caps in a quiet session", then the 21 sessions: " but still trail over
 * the past 21 sessions". When both indices fell (each by 0.10% or more, as raceSentences.ts words it), the
 * day's winner "fell less than" the other.
 */
function raceHeadline(day: Side, sessions21: Side, calm: string, bothFell: boolean): string {
  const [a, b] = day === 'small' ? ['Small', 'large'] : ['Large', 'small'];
  const won =
    day === null
      ? 'Small and large caps finished level'
      : `${a} caps ${bothFell ? 'fell less than' : 'beat'} ${b} caps`;
  const tail =
    sessions21 === null || day === null
      ? ''
      : sessions21 === day
        ? ' and lead over the past 21 sessions'
        : sessions21 === 'large'
          ? ' but still trail over the past 21 sessions'
          : ', but small caps still lead over the past 21 sessions';
  return `${won} in ${calm}${tail}`;
}

/** Nothing rare: the quiet day, with the race of the day against the past 21 sessions'. */
export function quietFact(x: StoryInput): Fact | null {
  const [small, large] = indices(x);
  if (!small || !large || !isAvailable(small.day) || !isAvailable(large.day)) return null;
  const h = x.stats.indexHistory;
  const p = Math.max(
    ...[small, large].map((s) => {
      const r = h[s.symbol]?.day;
      return r && isAvailable(r) ? r.percentile : 1;
    }),
  );
  const cs = citeChange(x, 'day', [small.symbol], small.day);
  const cl = citeChange(x, 'day', [large.symbol], large.day);
  const calm = p < 0.5 ? 'a quiet session' : 'an ordinary session';
  const spreads = race(x)?.pair.spreads;
  const past21 = spreads && isAvailable(spreads.sessions21) ? side(spreads.sessions21.value) : null;
  // Without the day's spread, the two moves (nothing to say who led).
  const headline =
    spreads && isAvailable(spreads.day)
      ? raceHeadline(
          side(spreads.day.value),
          past21,
          calm,
          fellOnDay(small.day.value) && fellOnDay(large.day.value),
        )
      : `${p < 0.5 ? 'A quiet session' : 'An ordinary session'}: ${small.name} ${formatPercent(small.day.value)}, ${large.name} ${formatPercent(large.day.value)}`;
  return {
    kind: 'quiet',
    rarity: 0,
    headline,
    happened: prose`It was ${p < 0.5 ? calm : 'a session with no move out of the ordinary'}: the ${small.name} ${movePhrase(small.day.value)}${cs} and the ${large.name} ${movePhrase(large.day.value)}${cl}, moves ${p < 0.5 ? 'smaller than' : 'within the range of'} ${p < 0.5 ? `on ${shareText(1 - p)} of days` : 'most days'} in their history.`,
    // Not the headline again: the bottom line's first half (the lead told the race already).
    gist: p < 0.5 ? 'the session was quiet' : "the day's moves stayed within their usual range",
  };
}
