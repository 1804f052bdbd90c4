/**
 * The rank the race sentence adds to a rare day move no fact told (moveFacts.ts dayMoveRank),
 * on real dates of the bundled data.
 */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/model/plainText.js';
import { dayMoveRank } from '../../../src/render/story/moveFacts.js';
import { storyAt } from '../../helpers/storyAt.js';

function rankAt(date: string, symbol: string): string | null {
  const { input } = storyAt(date);
  const s = input.stats.series[symbol];
  if (!s) throw new Error(`${symbol} is not in the brief of ${date}`);
  const r = dayMoveRank(input, s);
  return r && plainText(r.html).replace(/\u00a0/g, ' ');
}

describe('dayMoveRank', () => {
  it('a record says since when the data begin, without brackets (it may sit in brackets)', () => {
    // RUT.csv begins 1987-09-10; 2008-10-13: 570.89 / 522.48 - 1 = +9.27%, above every earlier
    // one-day gain of the file (the largest before it: +7.63%).
    expect(rankAt('2008-10-13', 'RUT')).toBe(
      'its largest one-day gain since its data begin in 1987',
    );
  });

  it('a rare move gives the last one at least as large, in the same direction', () => {
    // RUT 2025-04-03: 1,910.55 / 2,045.36 - 1 = -6.59%; the last fall at least as large:
    // 2020-06-11, -7.58% (python over RUT.csv).
    expect(rankAt('2025-04-03', 'RUT')).toBe('its largest one-day fall since June 2020');
  });

  it('a rank under three months old is not given', () => {
    // RUT 2025-04-04: 1,827.03 / 1,910.55 - 1 = -4.37%; the day before fell 6.59%: "its largest
    // one-day fall since April 3, 2025" would rank it against yesterday.
    expect(rankAt('2025-04-04', 'RUT')).toBeNull();
  });

  it('an ordinary move has no rank', () => {
    // GSPC 2026-08-21: +0.43%, a move smaller than most days' (the quiet lead of that date).
    expect(rankAt('2026-08-21', 'GSPC')).toBeNull();
  });
});
