import { describe, expect, it } from 'vitest';
import { recordsToday } from '../../../src/render/story/recordsToday.js';
import { storyAt } from '../../helpers/storyAt.js';

// Each record below was checked in python over data/closes/{RUT,GSPC,IXIC}.csv: the day's close
// is above every earlier close of the file.
describe('records on a day no rare fact leads', () => {
  it('1993-10-15: all three indices, in one sentence, the headline and the bottom line', () => {
    // RUT 259.98 > 259.03, GSPC 469.50 > 466.83, IXIC 787.42 > 785.41 (all of 1993-10-14).
    const { story, lead, bottomLine } = storyAt('1993-10-15');
    expect(story.top.kind).toBe('quiet');
    expect(story.headline).toBe('Large caps beat small caps as all three indices close at records');
    expect(lead).toMatch(
      /All three indices closed at records: the Russell 2000 at 259\.98, the S&P 500 at 469\.50 and the Nasdaq Composite at 787\.42 \[\d+\]\./,
    );
    // The sentence follows the race of the day and comes before the 21 sessions.
    expect(lead.indexOf('Large caps led on the day')).toBeLessThan(lead.indexOf('All three'));
    expect(lead.indexOf('All three')).toBeLessThan(lead.indexOf('Over the past 21 sessions'));
    // Said once: the bottom line gives the session's tone the headline left out.
    expect(bottomLine).toMatch(/^The day's moves stayed within their usual range; small caps lead/);
    expect(bottomLine).not.toContain('record');
    // Not an "ordinary session" in the headline beside three records.
    expect(story.headline).not.toContain('ordinary');
  });

  it('2013-12-18: one index, with its close and citation', () => {
    // GSPC 1,810.65 > 1,808.37 (2013-12-09); RUT 1,133.72 < 1,142.89, IXIC 4,070.06 < 5,048.62.
    const { story, lead, bottomLine } = storyAt('2013-12-18');
    expect(story.headline).toBe('Large caps beat small caps as the S&P 500 closes at a record');
    expect(lead).toMatch(/The S&P 500 closed at a record 1,810\.65 \[\d+\]\./);
    expect(lead).not.toMatch(/Russell 2000 closed at a record|Nasdaq Composite closed at a record/);
    expect(bottomLine).toMatch(
      /^The day's moves were larger than usual; small caps lead large caps/,
    );
  });

  it('2020-01-17: two indices, each with its close', () => {
    // GSPC 3,329.62 > 3,316.81 and IXIC 9,388.94 > 9,357.13 (both 2020-01-16); RUT 1,699.64 is
    // below its 1,740.75 of 2018-08-31.
    const { story, lead } = storyAt('2020-01-17');
    expect(story.headline).toBe(
      'Large caps beat small caps as the S&P 500 and Nasdaq Composite close at records',
    );
    expect(lead).toMatch(
      /The S&P 500 closed at a record 3,329\.62(?: \[\d+\])? and the Nasdaq Composite at a record 9,388\.94 \[\d+\]\./,
    );
  });

  it('leaves out of the sentence only the index it is asked to, never from the headline', () => {
    const { input } = storyAt('2020-01-17');
    const r = recordsToday(input, 'IXIC');
    expect(r?.headline).toBe('as the S&P 500 and Nasdaq Composite close at records');
    expect(r?.sentence?.html).toContain('The S&amp;P 500 closed at a record 3,329.62');
    expect(r?.sentence?.html).not.toContain('Nasdaq');
    // Nothing left to tell: no sentence, the headline still names the record.
    const only = recordsToday(storyAt('2017-01-09').input, 'IXIC');
    expect(only?.sentence).toBeNull();
    expect(only?.headline).toBe('as the Nasdaq Composite closes at a record');
  });

  it('says nothing on a day without a record (2026-08-21)', () => {
    // RUT 3,017.87 < 3,068.42 (2026-08-14), GSPC 7,674.37 < 7,798.99 (2026-08-13), IXIC
    // 26,180.46 < 27,093.90 (2026-06-02): no record, and the quiet headline keeps its tone.
    expect(storyAt('2026-08-21').story.headline).toContain('in an ordinary session');
    expect(recordsToday(storyAt('2026-08-21').input)).toBeNull();
  });

  it('a record after a long wait still leads on its own (2024-01-19)', () => {
    // GSPC 4,839.81 > 4,796.56 of 2022-01-03, 513 sessions earlier: rare, so the record fact
    // leads and the quiet lead (with its record sentence) is not used.
    const { story, lead } = storyAt('2024-01-19');
    expect(story.top.kind).toBe('record');
    expect(story.headline).toBe('S&P 500 closes at a record, its first since January 2022');
    expect(lead.match(/closed at a record/g)).toHaveLength(1);
  });
});
