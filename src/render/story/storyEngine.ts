/**
 * The story engine: from the figures, every candidate fact (storyFacts.ts), ranked by rarity
 * against the series' own history (ties: the market before the race, fact.ts WEIGHT). The rarest
 * fact at RARE or more leads: it makes the headline and the lead (what happened, how rare, what
 * history says or what else happened, what to watch), and the bottom line closes the brief. With
 * no fact that rare, the lead says the session was quiet and gives the race's standing, on the
 * day and over the past 21 sessions.
 * Deterministic: the same figures always tell the same story.
 */
import { prose, type SafeHtml } from '../narrative/prose.js';
import { alsoRanked, alsoSame } from './alsoWording.js';
import { RARE, WEIGHT, type Fact } from './fact.js';
import { explainUnits } from './explainUnits.js';
import { RACE_KINDS, secondFact } from './secondFact.js';
import { capitalise, openingWord } from './phrasing.js';
import { raceToday, type Untold } from './raceSentences.js';
import { raceMonth, raceMonthAndYear, raceYear, raceYearGist } from './raceSpans.js';
import { leadership } from './leadership.js';
import { ratioTrend } from './ratioTrend.js';
import { race } from './rotationFacts.js';
import { storyFacts } from './storyFacts.js';
import { quietFact } from './quietFact.js';
import { recordCloses, recordsToday } from './recordsToday.js';
import { withEarlyClose } from './earlyCloseNote.js';
import { withBearEntry } from './withBearEntry.js';
import type { StoryInput } from './storyInput.js';

export interface Story {
  readonly headline: string;
  /** The lead: three or four sentences, one paragraph. */
  readonly lead: SafeHtml;
  /** The closing two sentences (units spelled out where the lead did not use them). */
  readonly bottomLine: SafeHtml;
  /** The same, no unit spelled out: for a page that spells them out in its own order. */
  readonly bottomLineBare: SafeHtml;
  /** The fact that leads (for tests and the archive), and every candidate, rarest first. */
  readonly top: Fact;
  readonly facts: readonly Fact[];
}

/** Facts rarest first; equally rare ones by weight (the market before the race). */
export function rankFacts(facts: readonly Fact[]): Fact[] {
  return [...facts].sort((a, b) => b.rarity - a.rarity || WEIGHT[b.kind] - WEIGHT[a.kind]);
}

/** Join sentences, skipping nulls and any that opens like the one before it; at most `max`. */
function paragraph(sentences: readonly (SafeHtml | null | undefined)[], max: number): SafeHtml {
  const out: SafeHtml[] = [];
  for (const s of sentences) {
    if (!s || out.length >= max) continue;
    const prev = out[out.length - 1];
    if (prev && openingWord(prev.html) === openingWord(s.html)) continue;
    out.push(s);
  }
  return { html: out.map((s) => capitalise(s.html)).join(' ') };
}

/**
 * The index of the race (small or large) whose day move the lead's facts do not state, so the
 * race sentence gives it (2011-08-08: the Russell 2000's and the Nasdaq's falls, never the S&P
 * 500's; 2020-03-16: the S&P 500's drawdown, not its day); 'neither' when no fact states either
 * (the sentence gives both); undefined when both are stated.
 */
function untoldIndex(x: StoryInput, told: ReadonlySet<string>): Untold | undefined {
  const r = race(x);
  if (!r) return undefined;
  const [small, large] = [told.has(r.pair.small), told.has(r.pair.large)];
  if (small && large) return undefined;
  if (small || large) return small ? 'large' : 'small';
  return 'neither';
}

/**
 * The day moves the lead's facts state: the top's, and the second's in the form told (`said`):
 * a bear market told second by its `also` gives no move (2011-08-08: the Russell 2000's, told by
 * its move fact first).
 */
function movesTold(top: Fact, second: Fact | undefined, said: SafeHtml | undefined): Set<string> {
  const told = new Set(top.dayMoves ?? []);
  if (!second || !said) return told;
  for (const s of movesOf(second, said !== second.happened)) told.add(s);
  return told;
}

/** The day moves `f` states told by its `also` form (when it has one and `byAlso`), else `happened`. */
function movesOf(f: Fact, byAlso: boolean): readonly string[] {
  return (byAlso && f.also ? f.alsoMoves : undefined) ?? f.dayMoves ?? [];
}

/**
 * The second fact's sentence: its `also` form, the move with its rank in one sentence, where it
 * has one ("The Russell 2000 lost 24.07% over five sessions, its largest five-session decline
 * since October 1987": 2020-03-12 gave the loss alone); it also leaves out a close `top` may
 * have given (1998-08-31: "closed at 1,499.25" twice). Where that form only states day moves
 * `top` stated, its `retold` form, or nothing without one: a move's rank alone (2025-04-03), a
 * drawdown's close without the move (2011-10-03: the spread's lead gave the Russell 2000's
 * -5.38%); none of a move fact whose rank is a few weeks old. Where it states one move `top`
 * stated and one more, its `alsoTold` form gives the other alone.
 */
function secondSaid(second: Fact | undefined, top: Fact): SafeHtml | undefined {
  if (!second) return undefined;
  const moves = movesOf(second, true);
  const told = moves.filter((s) => top.dayMoves?.includes(s));
  if (moves.length > 0 && told.length === moves.length) return second.retold;
  const partly = told.length === 1 ? second.alsoTold?.[told[0] as string] : undefined;
  return partly ?? second.also ?? second.happened;
}

/** The lead when `top` is rare: what happened, how rare, then history or the second fact. */
function rareLead(x: StoryInput, top: Fact, ranked: readonly Fact[]): SafeHtml {
  const second = secondFact(top, ranked, x.stats.date);
  if (RACE_KINDS.has(top.kind))
    return paragraph(
      [
        top.happened,
        top.context,
        top.history ?? secondSaid(second, top),
        leadership(x),
        top.watch,
        raceYear(x),
      ],
      4,
    );
  const raceTold = second !== undefined && RACE_KINDS.has(second.kind);
  // The second fact of the top's kind is told by its `also`, if it has one (secondFact).
  const said = second?.kind === top.kind ? alsoSame(top, second.also) : secondSaid(second, top);
  return paragraph(
    [
      top.happened,
      top.context,
      said,
      raceTold
        ? null
        : alsoRanked(
            [top.context, said],
            raceToday(x, untoldIndex(x, movesTold(top, second, said))),
          ),
      raceYear(x),
    ],
    4,
  );
}

/**
 * The closing two sentences: the gist with the year to date, then what to watch (the longer
 * trend instead when the lead already said what to watch).
 */
function bottomLine(x: StoryInput, top: Fact, lead: SafeHtml): SafeHtml {
  const year = raceYearGist(x, /^small caps\s/i.test(top.gist) ? 'they' : undefined);
  const first = year ? prose`${top.gist}; ${year}.` : prose`${top.gist}.`;
  const told = top.watch && lead.html.includes(top.watch.html.slice(1));
  const watch = top.watch && !told ? top.watch : ratioTrend(x);
  return paragraph([first, watch], 2);
}

/**
 * The lead of a day with no rare fact: the day's moves, who led, the indices at a record (when
 * any: recordsToday.ts), the past 21 sessions, and the
 * growth index when it led (else, and always on a year's last session, the year to date, joined
 * to the 21 sessions when they agree).
 */
function quietLead(x: StoryInput, quiet: Fact): SafeHtml {
  // A year's last session tells the year (raceYear: "for the year ...") before who led the day.
  const g = x.universe.indices.growth.symbol;
  const growthRecord = recordCloses(x).find((r) => r.symbol === g);
  const lead = x.stats.session.lastOfYear ? null : leadership(x, growthRecord?.close);
  const both = lead ? null : raceMonthAndYear(x);
  const told = (omit: string | undefined) =>
    paragraph(
      [
        quiet.happened,
        raceToday(x),
        recordsToday(x, omit)?.sentence,
        both ?? raceMonth(x),
        lead ?? (both ? null : raceYear(x)),
      ],
      4,
    );
  if (!lead || !growthRecord) return told(undefined);
  // The growth index's record goes in the leadership sentence when that sentence is told, else
  // in the records' own (2020-01-17: four sentences without it, so the Nasdaq's record is there).
  const folded = told(g);
  return folded.html.includes(lead.html.slice(1)) ? folded : told(undefined);
}

/** Tell the day's story. Throws only if the brief has no index day moves at all (a caller bug). */
export function tellStory(x: StoryInput): Story {
  const ranked = rankFacts(storyFacts(x));
  const best = ranked[0];
  const quiet = quietFact(x);
  const top = best && best.rarity >= RARE ? best : quiet;
  if (!top) throw new Error('the story needs the day moves of the small- and large-cap indices');
  const lead = withEarlyClose(x, top === quiet ? quietLead(x, quiet) : rareLead(x, top, ranked));
  const told = top === quiet ? top : withBearEntry(top, secondFact(top, ranked, x.stats.date));
  const bottom = bottomLine(x, told, lead);
  return {
    headline: told.headline,
    lead: { html: explainUnits(lead.html) },
    bottomLine: { html: explainUnits(bottom.html, lead.html) },
    bottomLineBare: bottom,
    top,
    facts: ranked,
  };
}
