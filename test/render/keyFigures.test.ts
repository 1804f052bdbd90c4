/**
 * The key figures of a real brief, as a reader meets them. On 2026-01-23 the Russell 2000 fell
 * from 2,718.77 to 2,669.16 (2669.16 / 2718.77 - 1 = -1.82%, data/closes/RUT.csv) while the
 * S&P 500 rose from 6,913.35 to 6,915.61 (+0.03%, GSPC.csv): the 14-session small-cap streak of
 * the day before ended, and the card and the pairs table say so.
 */
import { describe, expect, it } from 'vitest';
import { builtBriefHtml } from '../helpers/builtBrief.js';

/** The value and detail of the key-figure card labelled `label`. */
function card(html: string, label: string): { value: string; detail: string } {
  const re = new RegExp(
    `<div class="kf-label">${label}</div>\\s*<div class="kf-value[^"]*">([^<]*)</div>\\s*<div class="kf-detail[^"]*">([^<]*)</div>`,
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
  // 2026-03-27: a 4-session run ended (RUT against GSPC: March 23 +2.29% vs +1.15%, 24 +0.45% vs
  // -0.37%, 25 +1.23% vs +0.54%, 26 -1.70% vs -1.74%; then 27 -1.75% vs -1.67%). 2026-01-30: a
  // one-session win ended (January 29 +0.05% vs -0.13%; 30 -1.55% vs -0.43%): no run to speak of.
  it.each([
    ['2026-01-23', 'Ended at 14', 'S&amp;P 500 led today'],
    ['2026-03-27', 'Ended at 4', 'S&amp;P 500 led today'],
    ['2026-01-30', 'None', 'S&amp;P 500 led today'],
    ['2024-11-06', '6 sessions', 'longest since September 2024'],
    ['2026-01-22', '14 sessions', 'longest since 1996'],
  ])(
    'gives the small-cap streak of %s as "%s", "%s"',
    async (date, value, detail) => {
      expect(card(await builtBriefHtml(date), 'Small-cap streak')).toEqual({ value, detail });
    },
    60_000,
  );

  it('the pairs table tells the run that ended today (2026-01-23), and "none today" after a one-session win', async () => {
    const cells = (html: string) =>
      [...html.matchAll(/<td>([^<]*)<\/td>\s*<\/tr>/g)].map((m) => m[1]);
    // The pairs table's rows end in the streak cell (the first three such rows): Russell 2000 vs
    // S&P 500 and IWM vs SPY had run 14 sessions to January 22; against the Nasdaq the Russell
    // 2000 had not beaten on January 22, so no run ended there.
    const jan23 = cells(await builtBriefHtml('2026-01-23')).slice(0, 3);
    expect(jan23).toEqual(['14 sessions, ended today', 'none today', '14 sessions, ended today']);
    expect(cells(await builtBriefHtml('2026-01-30'))[0]).toBe('none today');
  }, 60_000);
  it('colours the year-to-date spread by its sign on the value, its "X vs Y" line muted, with the unit spelled out', async () => {
    // 2026-01-22: +8.55 pp (RUT +9.54% against GSPC +0.99%); 2024-07-03: -15.61 pp; 2008-02-06:
    // RUT -9.60% against GSPC -9.66% = +6 bp, under 1 pp so in basis points (the lead, read
    // after the box, defines "pp" and "bp").
    for (const [date, tone, value, unit] of [
      ['2026-01-22', 'up', '+8.55 pp', 'percentage points'],
      ['2024-07-03', 'down', '-15.61 pp', 'percentage points'],
      ['2008-02-06', 'up', '+6 bp', 'basis points'],
    ] as const) {
      const html = (await builtBriefHtml(date)).replace(/\u00a0/g, ' ');
      expect(html).toMatch(
        new RegExp(
          `<div class="kf-label">Small − large, YTD</div>\\s*<div class="kf-value ${tone}">\\${value}</div>\\s*<div class="kf-detail muted">Russell 2000 vs S&amp;P 500, in ${unit}</div>`,
        ),
      );
    }
  }, 60_000);

  it('a tie ends the streak without a leader: 2025-02-27, card, rotation paragraph, pairs table', async () => {
    // RUT 2,174.17 -> 2,139.66 (-1.5873%), GSPC 5,956.06 -> 5,861.57 (-1.5865%): -0.08 bp, a tie
    // in print ("0 bp"). The 2-session streak of the day before ends (the rule: strictly greater).
    const html = await builtBriefHtml('2025-02-27');
    expect(card(html, 'Small-cap streak')).toEqual({
      value: 'Ended at 2',
      detail: 'Level with the S&amp;P 500 today',
    });
    // Prose binds names to their numbers with no-break spaces (bindFigures.ts).
    expect(html).toContain(
      'The Russell\u00a02000 and the S&amp;P\u00a0500 finished level today, less than half a basis point apart (a tie ends a streak)',
    );
    expect(html).not.toMatch(/S&amp;P 500 led today|The S&amp;P 500 beat the Russell 2000 today/);
    // The pairs table's day spread prints "0 bp" in no colour.
    expect(html).toMatch(/<td class="flat">0 bp<\/td>/);
    expect(html).not.toMatch(/<td class="(up|down)">[+-]?0 bp</);
  }, 60_000);
  it('a move that prints as 0.00% takes no colour: 2026-07-02, S&P 500', async () => {
    // GSPC 7,483.23 -> 7,483.24: +0.000134% (0.013 bp), printed "+0.00%" or "0.00%": flat.
    const html = await builtBriefHtml('2026-07-02');
    expect(html).toMatch(
      /<div class="kf-label">S&amp;P 500<\/div>\s*<div class="kf-value[^"]*">7,483.24<\/div>\s*<div class="kf-detail flat">/,
    );
  }, 60_000);
});
