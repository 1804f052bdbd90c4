/**
 * Spread units are spelled out at their first use in the brief as it is read: the lead, then the
 * key figures (which spell their unit out), then the market section.
 */
import { describe, expect, it } from 'vitest';
import { builtBriefHtml } from '../helpers/builtBrief.js';

/** The brief's visible text, charts and styles dropped. */
const textOf = (html: string): string =>
  html
    .replace(/<svg[\s\S]*?<\/svg>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('spread units at first use', () => {
  it('2002-05-02: the lead has no bp, so the market section spells out its "67 bp"', async () => {
    // RUT 510.83 -> 513.37 (+0.497%), GSPC 1,086.46 -> 1,084.56 (-0.175%): a spread of +67 bp,
    // the market section's first sentence; the lead gives the moves and a YTD gap in pp.
    const text = textOf(await builtBriefHtml('2002-05-02'));
    const first = text.search(/\d bp\b/);
    const spelled = text.indexOf('67 basis points (bp, hundredths of a percentage point)');
    expect(spelled).toBeGreaterThan(text.indexOf('Market performance'));
    expect(first === -1 || first > spelled).toBe(true);
  }, 60_000);

  it('2026-01-22: the lead spells out bp, so the market section keeps "21 bp"', async () => {
    // The lead's "95 basis points (bp, ...)"; the market section: +0.76% - 0.55% = 21 bp.
    const text = textOf(await builtBriefHtml('2026-01-22'));
    const market = text.slice(
      text.indexOf('Market performance'),
      text.indexOf('Series Close 1 day'),
    );
    expect(text.indexOf('95 basis points (bp, hundredths')).toBeLessThan(text.indexOf(market));
    expect(market).toContain('outperformed the S&P 500 by 21 bp');
    expect(market).not.toContain('basis points');
  }, 60_000);

  it('2008-11-20: bp is spelled out once, at first use in the lead, and never again', async () => {
    // The lead opens on the Russell 2000's drawdown with its -6.56% day; the race sentence
    // gives the S&P 500's -6.71%, 15 bp more (-6.56 - -6.71 = +0.15 pp = 15 bp). The market
    // section's "by 15 bp" and the bottom line's YTD gap of -94 bp then use the short form.
    const text = textOf(await builtBriefHtml('2008-11-20'));
    const spelled = 'basis points (bp, hundredths of a percentage point)';
    expect(text).toContain(`15 ${spelled} more than the Russell 2000`);
    expect(text.split(spelled)).toHaveLength(2);
    expect(text).toContain('outperformed the S&P 500 by 15 bp,');
    const bottom = text.slice(text.indexOf('The bottom line'), text.indexOf('Source notes'));
    expect(bottom).toContain('small caps have lost 94 bp more than large caps this year');
    expect(bottom).not.toContain('basis points');
  }, 60_000);
});
