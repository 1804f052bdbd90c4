/** "Also" before a rank told in the same words, and never before a different rank it prefixes. */
import { describe, expect, it } from 'vitest';
import { alsoRanked } from '../../../src/render/story/alsoWording.js';

const html = (s: string) => ({ html: s });

describe('alsoRanked', () => {
  it('adds "also" where an earlier sentence gave the same rank, to its year', () => {
    const before = [html('That is its largest one-day fall since December 2008: larger than ...')];
    const race = html(
      'Large caps fell less: the S&P 500 plunged 6.66%, its largest one-day fall since December 2008, though ...',
    );
    expect(alsoRanked(before, race)?.html).toBe(
      'Large caps fell less: the S&P 500 plunged 6.66%, also its largest one-day fall since December 2008, though ...',
    );
  });

  it('does not take "since October 2, 2008" for "since October 2002" (a comma inside a date)', () => {
    const before = [
      html('That is its largest one-day fall since October 2, 2008: larger than ...'),
    ];
    const race = html('the S&P 500 plunged 5.00%, its largest one-day fall since October 2002');
    expect(alsoRanked(before, race)?.html).toBe(race.html);
    const same = html('the S&P 500 plunged 5.00%, its largest one-day fall since October 2, 2008');
    expect(alsoRanked(before, same)?.html).toBe(
      'the S&P 500 plunged 5.00%, also its largest one-day fall since October 2, 2008',
    );
  });

  it('leaves a sentence with another rank, or none, as it is', () => {
    const before = [html('That is its largest one-day gain on record (data from 1987): ...')];
    const other = html('the S&P 500 surged 9.00%, its largest one-day gain since March 2009');
    expect(alsoRanked(before, other)?.html).toBe(other.html);
    expect(alsoRanked(before, null)).toBeNull();
  });
});
