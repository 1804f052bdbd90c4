/**
 * Watchpoints on record days of the bundled data: a 52-week high set by a record close says the
 * record (alone, and in the sentence several indices share), and the ratio watch names the indices.
 */
import { describe, expect, it } from 'vitest';
import { builtBriefHtml } from '../helpers/builtBrief.js';
import { renderedText } from '../helpers/renderedText.js';

async function watchText(date: string): Promise<string> {
  const text = renderedText(await builtBriefHtml(date)).replace(/\s+/g, ' ');
  return text.slice(text.indexOf('Watchpoints'), text.indexOf('The bottom line'));
}

describe('watchpoints on record days', () => {
  it('2017-01-09: the Nasdaq closed at a record (5,531.82 above its 5,521.06 of 2017-01-06)', async () => {
    const watch = await watchText('2017-01-09');
    expect(watch).toMatch(
      /Nasdaq Composite closed at a record \[\d+\] and touched a 52-week intraday high today \[\d+\]\./,
    );
  }, 60_000);

  it('2026-05-28: three record closes share one sentence', async () => {
    const watch = await watchText('2026-05-28');
    expect(watch).toMatch(
      /Russell 2000, S&P 500 and Nasdaq Composite closed at records and touched a 52-week intraday high today( \[\d+\])+\./,
    );
    expect(watch).not.toMatch(/, at a record close/);
  }, 60_000);

  it('2026-06-02: a 52-week high with a record close apart from a plain one', async () => {
    // GSPC closed at a record and set its 52-week intraday high; IXIC closed at a record too, but
    // its 52-week intraday high was set on an earlier session, so it has no 52-week item.
    const watch = await watchText('2026-06-02');
    expect(watch).toMatch(
      /S&P 500 closed at a record \[\d+\] and touched a 52-week intraday high today \[\d+\]\./,
    );
    expect(watch).not.toMatch(/Nasdaq Composite[^.]*52-week/);
  }, 60_000);

  it('2013-12-31: a record close without a 52-week high is still said (the headline is about it)', async () => {
    // RUT.csv: 1,163.64 closes above every earlier close, but the day's high, 1,165.64, stays
    // below the 52-week intraday high of 1,167.96: no 52-week item, yet the record is the news.
    // GSPC's record close set its 52-week intraday high as well: one sentence each.
    const watch = await watchText('2013-12-31');
    expect(watch).toMatch(/Russell 2000 closed at a record today \[\d+\]\./);
    expect(watch).toMatch(
      /S&P 500 closed at a record \[\d+\] and touched a 52-week intraday high today \[\d+\]\./,
    );
  }, 60_000);

  it('2026-01-22: the stretched ratio is named by its indices, not RUT/GSPC', async () => {
    const watch = await watchText('2026-01-22');
    expect(watch).toMatch(
      /The ratio of the Russell 2000 to the S&P 500 is 3\.4 standard deviations above its one-year mean \[\d+\]\./,
    );
    expect(watch).not.toMatch(/\bRUT\b|\bGSPC\b/);
  }, 60_000);
});
