/**
 * The second fact the lead tells, after the one that leads: the day's other news, in an order
 * a reader would rank it.
 */
import { RARE, type Fact } from './fact.js';
import { recentSince } from './phrasing.js';

/** Facts about the small-vs-large race; the others are about the market itself. */
export const RACE_KINDS: ReadonlySet<string> = new Set(['streak', 'streakEnded', 'spread']);

/** From `pool`: after a race fact, a market fact only; after a market fact, a market fact first. */
function pick(top: Fact, pool: readonly Fact[]): Fact | undefined {
  const market = pool.find((f) => !RACE_KINDS.has(f.kind));
  return RACE_KINDS.has(top.kind) ? market : (market ?? pool[0]);
}

/**
 * The second fact the lead tells. A bear market entered today first (2001-03-12: the S&P 500's,
 * not the Nasdaq's fall "the largest since January 2, 2001"). After a market fact: another rare
 * market fact first, so a crash's lead tells the other side of the crash before the day's race;
 * then any. After a race fact: a rare market fact only (the race's other facts retell the day's
 * race). A move ranked "the largest since" under three months back says little: it comes only
 * when no other fact can (2025-04-04: the S&P 500's fall "since March 2020", not the Nasdaq's
 * "since April 3, 2025"; 2010-07-06: the widest small-cap shortfall since 2008, not a decline
 * "since May 20, 2010"). A fact of the top's kind only when it can be told in one sentence
 * (`also`: another index's record fall).
 */
export function secondFact(top: Fact, ranked: readonly Fact[], date: string): Fact | undefined {
  const candidates = ranked.filter(
    (f) => f !== top && f.rarity >= RARE && (f.kind !== top.kind || f.also !== undefined),
  );
  const weak = (f: Fact) => typeof f.rankSince === 'string' && recentSince(f.rankSince, date);
  return (
    candidates.find((f) => f.bearEntry === true) ??
    pick(
      top,
      candidates.filter((f) => !weak(f)),
    ) ??
    pick(top, candidates.filter(weak))
  );
}
