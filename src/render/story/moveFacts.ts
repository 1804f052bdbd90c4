/**
 * Facts about the market itself: a session after an unscheduled closure, and an index's day or
 * five-session move that is rare in its own history (a new low of a fall from the record:
 * drawdownFacts.ts). These lead before the small-vs-large race when they are as rare.
 */
import { isAvailable } from '../../model/figure.js';
import { formatLongDate, formatNumber, formatPercent } from '../../model/format.js';
import type { SeriesStats } from '../../stats/briefStats.js';
import type { MoveRarity } from '../../stats/moveRarity.js';
import { prose, type SafeHtml } from '../narrative/prose.js';
import { cardinal, countWords } from '../narrative/wording.js';
import { RARE, type Fact } from './fact.js';
import { movePhrase, pctAbs, recentSince, shareText, sinceWhen } from './phrasing.js';
import { cite, citeChange, indices, type StoryInput } from './storyInput.js';

/** A closure's reason as a sentence names it: "the September 11 attacks", "Hurricane Sandy". */
function theReason(reason: string): string {
  return /^Hurricane\b/.test(reason) ? reason : `the ${reason}`;
}

/** "the Hurricane Sandy closure"; a long reason is left to the lead: "a one-day closure". */
function closureName(reasons: string, weekdays: number): string {
  if (reasons.length <= 24) return `the ${reasons} closure`;
  return `a ${weekdays === 1 ? 'one' : cardinal(weekdays)}-day closure`;
}

/** "+0.18%", or "little changed" below half a basis point's rounding. */
function headlineMove(x: number): string {
  return Math.abs(x) < 0.00005 ? 'little changed' : formatPercent(x);
}

/** The first session after an unscheduled closure (September 11, Hurricane Sandy, ...). */
export function closureFact(x: StoryInput): Fact | null {
  const s = x.stats.session;
  const large = x.stats.series[x.universe.indices.largeCap.symbol];
  if (!s.unscheduled || !s.previous || !large || !isAvailable(large.day)) return null;
  const unique = [...new Set(s.closedWeekdays.map((c) => c.reason))];
  const reasons = unique.join(' and ');
  const n = s.closedWeekdays.length;
  const c = citeChange(x, 'day', [large.symbol], large.day);
  const cs = cite(x, 'session', [], s.previous, x.stats.date);
  return {
    kind: 'closure',
    rarity: 1,
    headline: `Stocks reopen after ${closureName(reasons, n)}: ${large.name} ${headlineMove(large.day.value)}`,
    happened: prose`The New York exchanges reopened after ${countWords(n, 'weekday')} closed for ${unique.map(theReason).join(' and ')}${cs}, and the ${large.name} ${movePhrase(large.day.value)} from its close of ${formatLongDate(s.previous)}${c}.`,
    context: prose`Every move quoted for today spans the closure, not one session.`,
    gist: `the market reopened after ${closureName(reasons, n)}`,
    dayMoves: [large.symbol],
  };
}

const WINDOW = {
  day: { one: 'one-day', span: 'on the day', family: 'day' },
  sessions5: { one: 'five-session', span: 'over five sessions', family: 'sessions5' },
} as const;

/**
 * "its largest one-day fall since October 1987", cited, when the index's day move is rare (at
 * {@link RARE} or more in its file): the race sentence adds it to a move no fact told
 * (2020-03-12: the S&P 500's -9.51%). A record reads "since its data begin in 1987", without
 * brackets: the phrase may itself sit in brackets. Null when not that rare or not ranked.
 */
export function dayMoveRank(x: StoryInput, s: SeriesStats): SafeHtml | null {
  // After an unscheduled closure the move spans several weekdays: not ranked against single days.
  if (x.stats.session.unscheduled) return null;
  const h = x.stats.indexHistory[s.symbol]?.day;
  if (!h || !isAvailable(h) || h.percentile < RARE) return null;
  // "its largest one-day fall since April 3, 2025" on April 4 ranks nothing worth a clause.
  if (h.largestSince && recentSince(h.largestSince, x.stats.date)) return null;
  const kind = h.value < 0 ? 'fall' : 'gain';
  const tail = h.largestSince
    ? `since ${sinceWhen(h.largestSince, x.stats.date)}`
    : `since its data begin in ${h.historyFrom.slice(0, 4)}`;
  const cr = cite(x, 'indexHistory', [s.symbol], h.historyFrom, x.stats.date);
  return prose`its largest one-day ${kind} ${tail}${cr}`;
}

/** An index's day or five-session move, ranked against every such move of its file. */
function moveFact(x: StoryInput, s: SeriesStats, w: 'day' | 'sessions5'): Fact | null {
  // After an unscheduled closure "the day" spans several weekdays: not ranked against one-day moves.
  if (w === 'day' && x.stats.session.unscheduled) return null;
  const h = x.stats.indexHistory[s.symbol]?.[w];
  const change = s[w];
  if (!h || !isAvailable(h) || !isAvailable(change)) return null;
  const r = h as MoveRarity;
  const down = r.value < 0;
  const kind = down ? (w === 'day' ? 'fall' : 'decline') : w === 'day' ? 'gain' : 'rise';
  // A five-session move larger still that ended inside today's window (two sessions ago, say)
  // shares most of its sessions: "the largest since" then says nothing, the rank does.
  const overlapping = r.largestSince !== null && r.largestSince > change.from;
  // The headline (and an email subject after it) keeps parentheses out: "... on record".
  const dataFrom = r.largestSince ? '' : ` (data from ${r.historyFrom.slice(0, 4)})`;
  const tail = r.largestSince ? `since ${sinceWhen(r.largestSince, x.stats.date)}` : 'on record';
  const short = overlapping
    ? `one of its largest ${WINDOW[w].one} ${kind}s on record`
    : `its largest ${WINDOW[w].one} ${kind} ${tail}`;
  const since = overlapping ? short : `${short}${dataFrom}`;
  const gistTail = overlapping ? 'one of its largest on record' : `its largest ${tail}${dataFrom}`;
  const share =
    r.percentile >= 1
      ? `larger than any of its ${formatNumber(r.sample, 0)} earlier ${WINDOW[w].one} moves`
      : `larger than ${shareText(r.percentile)} of its ${formatNumber(r.sample, 0)} ${WINDOW[w].one} moves`;
  const c = citeChange(x, WINDOW[w].family, [s.symbol], change);
  const cr = cite(x, 'indexHistory', [s.symbol], r.historyFrom, x.stats.date);
  const verb = down ? 'lost' : 'gained';
  return {
    kind: 'move',
    rarity: r.percentile,
    headline: `${s.name} ${down ? 'falls' : 'rises'} ${pctAbs(r.value, 1)} ${WINDOW[w].span}, ${short}`,
    happened:
      w === 'day'
        ? prose`The ${s.name} ${movePhrase(r.value)} ${WINDOW[w].span} to ${formatNumber(s.close)}${c}.`
        : prose`The ${s.name} ${verb} ${pctAbs(r.value)} ${WINDOW[w].span}${c}.`,
    context: prose`That is ${since}: ${share}, up or down${cr}.`,
    also:
      w === 'day'
        ? prose`The ${s.name} ${movePhrase(r.value)} ${WINDOW[w].span}, ${since}${cr}.`
        : prose`The ${s.name} ${verb} ${pctAbs(r.value)} ${WINDOW[w].span}, ${since}${cr}.`,
    // Its rank alone after a fact that gave the move, unless the rank is a few weeks old.
    ...(w === 'day' && !(r.largestSince && recentSince(r.largestSince, x.stats.date))
      ? { retold: prose`The ${s.name}'s one-day ${kind} was ${gistTail}${cr}.` }
      : {}),
    gist: `the ${s.name}'s ${WINDOW[w].one} ${kind} was ${gistTail}`,
    dayMoves: w === 'day' ? [s.symbol] : [],
    closes: w === 'day' ? [s.symbol] : [],
    rankSince: r.largestSince,
    index: s.symbol,
  };
}

/** The rarer of each index's day and five-session moves. */
export function moveFacts(x: StoryInput): Fact[] {
  return indices(x).flatMap((s) => {
    const both = [moveFact(x, s, 'day'), moveFact(x, s, 'sessions5')].filter(
      (f): f is Fact => f !== null,
    );
    both.sort((a, b) => b.rarity - a.rarity);
    return both.slice(0, 1);
  });
}
