import { describe, expect, it } from 'vitest';
import { rotationContext } from '../../src/render/narrative/rotationContext.js';
import { storyAt, textOf } from '../helpers/storyAt.js';

/** The historical-context paragraphs of `date`, told after that date's lead, as plain text. */
function contextAt(date: string): { kind: string; text: string } {
  const { story, input } = storyAt(date);
  const pair = input.stats.pairs[0];
  if (!pair) throw new Error(`no pair on ${date}`);
  const top = story.top.kind;
  const told = top === 'streak' || top === 'streakEnded' ? top : null;
  const names = { small: 'Russell 2000', large: 'S&P 500' };
  const html = rotationContext(pair, names, input.notes, told)
    .map((p) => p.html)
    .join(' ');
  return { kind: top, text: textOf(html.replace(/\{\{cite:[^}]*\}\}/g, '')) };
}

describe('the rotation in historical context', () => {
  // 2026-01-23: the lead tells the 14-session run that ended and the 16-session record; the
  // section used to open "The S&P 500 beat the Russell 2000 today, so no small-cap winning run is
  // going" and state the record a third time.
  it('says nothing more of streaks when the lead told the run that ended today', () => {
    const { kind, text } = contextAt('2026-01-23');
    expect(kind).toBe('streakEnded');
    expect(text).not.toMatch(
      /outperformance streak is running|longest small-cap outperformance streak on record/,
    );
    expect(text).toMatch(/The ratio of the Russell 2000 to the S&P 500 stands/);
  });

  // 2024-05-10: a quiet lead; the S&P 500 beat the Russell 2000, so no run is going.
  // 2026-08-21: a one-session win; "The longest such run on record" had no run to refer to.
  it('names the record as a small-cap outperformance streak whatever came before', () => {
    expect(contextAt('2026-08-21').text).toMatch(
      /after trailing it the session before\. The longest small-cap outperformance streak on record is 16 sessions/,
    );
  });

  it('still says no run is going when the lead told something else', () => {
    const { kind, text } = contextAt('2024-05-10');
    expect(kind).toBe('quiet');
    expect(text).toMatch(/so no small-cap outperformance streak is running/);
    expect(text).toMatch(/The longest small-cap outperformance streak on record is 16 sessions/);
  });
});
