/**
 * A bear market entered from a bull market's high below the record (cycleBearFacts.ts), on real
 * sessions: told as the lead's fact, as the second one's "also", and never twice with the record's.
 */
import { describe, expect, it } from 'vitest';
import { storyAt } from '../../helpers/storyAt.js';

describe('cycleBearFacts', () => {
  it('2025-04-03: the Russell 2000 enters a bear market 21.8% below its November 2024 high', () => {
    // RUT.csv: 1,910.55 / 2,442.03 (2024-11-25) - 1 = -21.76%; from the record 2,442.74
    // (2021-11-08): 1,910.55 / 2,442.74 - 1 = -21.79%, the same 21.8%: so the sentence gives
    // how far the high fell short of the record instead, 2,442.03 / 2,442.74 - 1 = -0.029%.
    const { lead, bottomLine } = storyAt('2025-04-03');
    expect(lead).toMatch(
      /^The Russell 2000 closed at 1,910\.55, 21\.8% below its high of November 25, 2024: its first close 20% or more below that high, the usual line of a bear market \[\d+\]\. That high was 0\.03% short of its record close, 2,442\.74 on November 8, 2021 \[\d+\]\./,
    );
    // The day's -6.59% (1,910.55 / 2,045.36 - 1) is still told, second.
    expect(lead).toContain('The Russell 2000 plunged 6.59% on the day');
    expect(bottomLine).toMatch(
      /^The Russell 2000 entered a bear market, 21\.8% below its November 2024 high;/,
    );
  });

  it('2002-07-11: the depth from the record beside it, when it reads differently', () => {
    // RUT.csv: 416.68 / 522.95 (2002-04-16) - 1 = -20.32%; 416.68 / 606.05 (2000-03-09) - 1 =
    // -31.25%.
    expect(storyAt('2002-07-11').lead).toMatch(
      /below its high of April 16, 2002: its first close 20% or more below that high, the usual line of a bear market \[\d+\]\. Measured from its record close, 606\.05 on March 9, 2000, it is 31\.2% down \[\d+\]\./,
    );
  });

  it('2009-03-03: told as "also" after the Russell 2000\'s record depth', () => {
    // IXIC.csv: 1,321.01 / 1,652.38 (2009-01-06) - 1 = -20.05%, the first close 20% below the
    // high of the bull market that began with the 20% rally off the November 2008 low.
    const { lead, story } = storyAt('2009-03-03');
    expect(story.headline).toMatch(/^Russell 2000 closes 57\.8% below its July 2007 record/);
    expect(lead).toContain(
      'The Nasdaq Composite entered a bear market, closing 20.1% below its high of January 6, 2009',
    );
  });

  it('a bear market entered from the record is told once, by the drawdown fact', () => {
    // GSPC.csv 2022-06-13: 3,749.63 / 4,796.56 (2022-01-03, the record and the cycle's high)
    // - 1 = -21.83%.
    const { lead } = storyAt('2022-06-13');
    expect(lead.match(/bear market/g)).toHaveLength(1);
    expect(lead).not.toMatch(/Measured from its record close|short of its record close/);
  });

  it('is not told on the days after the bear market began', () => {
    // 2025-04-04: RUT 1,827.03, still the bear market that began on 2025-04-03.
    expect(storyAt('2025-04-04').lead).not.toContain('Russell 2000 entered a bear market');
  });
});
