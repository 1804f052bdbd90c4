/**
 * An index's close as a fact's opening words, with the day's move when it has one: "plunged
 * 5.82% on the day to 15,587.79" (the close-to-close simple return, cited), so a lead that opens
 * on a drawdown or a bear market still gives the index's own move (2025-04-04: the Nasdaq
 * Composite). After an unscheduled closure the change spans several weekdays and is no day's
 * move: "closed at 15,587.79". So is a rare move of a race index: the race sentence tells it with
 * its rank (2020-03-12: "the S&P 500 plunged 9.51%, its largest one-day fall since October 1987"),
 * and a move under 0.10% (2022-05-10: not "was little changed (-0.02%) on the day to 1,761.79").
 */
import { formatNumber } from '../../model/format.js';
import { isAvailable } from '../../model/figure.js';
import type { SeriesStats } from '../../stats/briefStats.js';
import { prose, type SafeHtml } from '../narrative/prose.js';
import { moveVerb } from '../narrative/wording.js';
import { dayMoveRank } from './moveFacts.js';
import { movePhrase } from './phrasing.js';
import { race } from './rotationFacts.js';
import { citeChange, type StoryInput } from './storyInput.js';

/** The words and whether they state the day's move (the fact's `dayMoves`). */
export interface ClosedMove {
  readonly html: SafeHtml;
  readonly moved: boolean;
}

/** "plunged 5.82% on the day to 15,587.79" or "closed at 15,587.79" for `s` on the brief's date. */
export function closedMove(x: StoryInput, s: SeriesStats): ClosedMove {
  const close = formatNumber(s.close);
  const r = race(x);
  const raced = r !== null && [r.pair.small, r.pair.large].includes(s.symbol);
  if (
    x.stats.session.unscheduled ||
    !isAvailable(s.day) ||
    moveVerb(s.day.value) === 'was little changed' ||
    (raced && dayMoveRank(x, s))
  )
    return { html: prose`closed at ${close}`, moved: false };
  const c = citeChange(x, 'day', [s.symbol], s.day);
  return { html: prose`${movePhrase(s.day.value)} on the day to ${close}${c}`, moved: true };
}
