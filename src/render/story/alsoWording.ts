/**
 * "Also" where a lead says a second time what it said of another index: the same record ("The
 * Nasdaq Composite plunged 6.90% on the day, also its largest one-day fall since December 2008"),
 * the same bear market entered the same day (2020-03-12).
 */
import { plainText } from '../../model/plainText.js';
import type { SafeHtml } from '../narrative/prose.js';
import type { Fact } from './fact.js';

/**
 * The second index's record told after the first's, with "also" where it is the same record
 * ("The Nasdaq Composite plunged 6.90% on the day, also its largest one-day fall since December
 * 2008" after the Russell 2000's), not the same words as if new.
 */
export function alsoSame(top: Fact, also: SafeHtml | undefined): SafeHtml | undefined {
  // Two indices entering a bear market on one day (2020-03-12).
  if (
    also &&
    /entered a bear market/.test(top.gist) &&
    also.html.includes(' entered a bear market')
  )
    return { html: also.html.replace(' entered a bear market', ' also entered a bear market') };
  const same = /\b(its largest [^:.]+)/.exec(top.context ? plainText(top.context.html) : '')?.[1];
  if (!also || !same || !also.html.includes(`, ${same}`)) return also;
  return { html: also.html.replace(`, ${same}`, `, also ${same}`) };
}

/**
 * The race sentence with "also" before a rank an earlier sentence gave another index in the same
 * words (2011-08-08: "the S&P 500 plunged 6.66%, also its largest one-day fall since December
 * 2008", after the Russell 2000's).
 */
export function alsoRanked(
  before: readonly (SafeHtml | undefined)[],
  s: SafeHtml | null,
): SafeHtml | null {
  if (!s) return s;
  for (const b of before) {
    // To the rank's year: "since April 20, 2009" is not "since April 2009" cut at its comma.
    for (const [, same] of plainText(b?.html ?? '').matchAll(
      /\b(its largest [^:.]*?(?:\d{4}|on record))/g,
    ))
      if (s.html.includes(`, ${same}`))
        return { html: s.html.replace(`, ${same}`, `, also ${same}`) };
  }
  return s;
}
