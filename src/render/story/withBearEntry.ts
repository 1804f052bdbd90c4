/**
 * A day move and a bear market of the same index, in one headline: on 2011-08-08 the Russell
 * 2000's -8.91% led (the rarer fact) and its bear market came second, in the lead only; the
 * headline and the bottom line now carry both.
 */
import type { Fact } from './fact.js';

/** Longest headline that takes the bear market (a line of about 90 characters, with slack). */
const MAX_HEADLINE = 100;

/**
 * `top` with the bear market of `second` in its headline and gist, when `top` is a move of the
 * index whose bear market began today ("Russell 2000 falls 8.9%, its largest one-day fall since
 * December 2008, and enters a bear market"); else `top` unchanged.
 */
export function withBearEntry(top: Fact, second: Fact | undefined): Fact {
  if (!second?.bearEntry || top.kind !== 'move' || !top.index || top.index !== second.index)
    return top;
  const headline = `${top.headline.replace(/ on the day,/, ',')}, and enters a bear market`;
  if (headline.length > MAX_HEADLINE) return top;
  return { ...top, headline, gist: `${top.gist}, and the index entered a bear market` };
}
