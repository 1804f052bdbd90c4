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
  // 2026-01-23: the streak ended (see above). 2024-11-06: a 6-session run; the last run at least
  // as long ended 2024-09-19 (6 sessions), and "since 2024" would say nothing on a 2024 brief.
  // 2026-01-22: 14 sessions (the golden brief of that date); none as long since 1996.
  it.each([
    ['2026-01-23', '0 sessions', 'S&amp;P 500 led today'],
    ['2024-11-06', '6 sessions', 'longest since September 2024'],
    ['2026-01-22', '14 sessions', 'longest since 1996'],
  ])(
    'gives the small-cap streak of %s as "%s", "%s"',
    async (date, value, detail) => {
      expect(card(await builtBriefHtml(date), 'Small-cap streak')).toEqual({ value, detail });
    },
    60_000,
  );
});
