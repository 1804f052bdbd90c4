/**
 * The key figures of a real brief, as a reader meets them. On 2026-01-23 the Russell 2000 fell
 * from 2,718.77 to 2,669.16 (2669.16 / 2718.77 - 1 = -1.82%, data/closes/RUT.csv) while the
 * S&P 500 rose from 6,913.35 to 6,915.61 (+0.03%, GSPC.csv): the small-cap streak of the day
 * before ended, and the card says so in figures.
 */
import { describe, expect, it } from 'vitest';
import { builtBriefHtml } from '../helpers/builtBrief.js';

/** The value and detail of the key-figure card labelled `label`. */
function card(html: string, label: string): { value: string; detail: string } {
  const re = new RegExp(
    `<div class="kf-label">${label}</div>\\s*<div class="kf-value">([^<]*)</div>\\s*<div class="kf-detail[^"]*">([^<]*)</div>`,
  );
  const m = re.exec(html);
  if (!m) throw new Error(`no key figure "${label}"`);
  const text = (t: string) => t.replace(/\u00a0/g, ' '); // the brief keeps "since 1996" together
  return { value: text(m[1] as string), detail: text(m[2] as string) };
}

describe('key figures', () => {
  it('gives a streak that ended today as 0 sessions, with who led, not as a code word', async () => {
    const html = await builtBriefHtml('2026-01-23');
    expect(card(html, 'Small-cap streak')).toEqual({
      value: '0 sessions',
      detail: 'S&amp;P 500 led today',
    });
  }, 60_000);

  it("names the month of the last run as long when it ended in the brief's own year", async () => {
    const html = await builtBriefHtml('2024-11-06');
    // A 6-session run to 2024-11-06; the last run at least as long ended 2024-09-19 (6 sessions):
    // "since 2024" would say nothing on a 2024 brief.
    expect(card(html, 'Small-cap streak')).toEqual({
      value: '6 sessions',
      detail: 'longest since September 2024',
    });
  }, 60_000);

  it('gives a running streak in sessions, with its standing', async () => {
    const html = await builtBriefHtml('2026-01-22');
    // 14 sessions to 2026-01-22 (the golden brief of that date); none as long since 1996.
    expect(card(html, 'Small-cap streak')).toEqual({
      value: '14 sessions',
      detail: 'longest since 1996',
    });
  }, 60_000);
});
