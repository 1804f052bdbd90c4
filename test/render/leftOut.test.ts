/**
 * Series left out of a brief (their data ends before its date, or starts after it) are named with
 * the reason in the source notes, which the PDF prints too, not sent to an appendix the PDF does
 * not have; the ETF table's caption explains IJR's dividend-adjusted closes only when IJR is in
 * it; and a brief built without a site URL never sends its reader to an "online brief".
 * Bundled data: IJR's file ends 2026-04-01 and IWB's 2025-09-25 (data/closes/).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import { anyRow, registerHelpers } from '../../src/render/helpers.js';
import { builtBriefHtml } from '../helpers/builtBrief.js';

const html: Record<string, string> = {};
const section = (date: string, id: string): string => {
  const text = html[date] as string;
  const start = text.indexOf(
    `<section class="block${id === 'sources' ? ' notes' : ''}" id="${id}"`,
  );
  expect(start, `section ${id} of ${date}`).toBeGreaterThan(0);
  return text.slice(start, text.indexOf('</section>', start));
};

describe('series left out of a brief', () => {
  beforeAll(async () => {
    for (const date of ['2026-01-22', '2026-08-21']) html[date] = await builtBriefHtml(date);
  }, 60_000);

  it('are named with the reason in the source notes, not under the watchpoints', () => {
    expect(section('2026-08-21', 'sources')).toContain(
      'Left out of this brief: <strong>IJR</strong> (data ends Apr 1, 2026, before Aug 21, 2026); <strong>IWB</strong> (data ends Sep 25, 2025, before Aug 21, 2026).',
    );
    expect(section('2026-01-22', 'sources')).toContain(
      'Left out of this brief: <strong>IWB</strong> (data ends Sep 25, 2025, before Jan 22, 2026).',
    );
    for (const date of ['2026-01-22', '2026-08-21']) {
      expect(section(date, 'watchpoints')).not.toMatch(/left out/i);
      expect(html[date]).not.toContain('online brief');
      expect(html[date]).toContain('the appendix of the HTML brief beside this PDF');
    }
  });

  it("explain IJR's dividend-adjusted closes only on a day IJR is in the ETF table", () => {
    const caption = (date: string) => {
      const text = html[date] as string;
      const start = text.indexOf('id="t-etfs-caption"');
      expect(start, `ETF caption of ${date}`).toBeGreaterThan(0);
      return text.slice(start, text.indexOf('</caption>', start));
    };
    expect(caption('2026-01-22')).toContain(
      'except IJR, whose bundled closes are also dividend-adjusted',
    );
    expect(caption('2026-08-21')).not.toContain('IJR');
    expect(caption('2026-08-21')).toContain('but not for dividends (data/SOURCES.md).');
  });
});

describe('series whose data begin after the date', () => {
  it('are grouped by when they begin, the shared reason said once (1995-03-01)', async () => {
    // data/closes: the stocks begin 2016-06-27 (AAPL, MSFT) or 2016-06-28; IJR, IWB and IWM in
    // May 2000; the nine original sector funds on 1998-12-22.
    const text = await builtBriefHtml('1995-03-01');
    const start = text.indexOf('id="left-out"');
    const list = text.slice(start, text.indexOf('</p>', start));
    expect(list).toContain(
      'Left out of this brief, as their data begin after Mar 1, 1995: <strong>AAPL, AMZN, GOOG, META, MSFT, NVDA, TSLA</strong> (Jun 27–28, 2016); <strong>DIA</strong> (Jan 20, 1998); <strong>IJR, IWB, IWM</strong> (May 19–26, 2000);',
    );
    expect(list).toContain(
      '<strong>XLB, XLE, XLF, XLI, XLK, XLP, XLU, XLV, XLY</strong> (Dec 22, 1998)',
    );
    expect(list.match(/after Mar 1, 1995/g)).toHaveLength(1);
  }, 60_000);
});

describe('anyRow', () => {
  it('is whether some row has the field equal to the value', () => {
    const rows = [{ symbol: 'IWM' }, { symbol: 'IJR' }];
    expect(anyRow(rows, 'symbol', 'IJR')).toBe(true);
    expect(anyRow(rows, 'symbol', 'IWB')).toBe(false);
    expect(anyRow([], 'symbol', 'IJR')).toBe(false);
    expect(anyRow([{}], 'toString', Object.prototype.toString)).toBe(false); // own fields only
  });

  it('in a template, needs all three arguments (a missing value is not compared with anything)', () => {
    const hb = Handlebars.create();
    registerHelpers(hb);
    const render = (t: string) => hb.compile(t, { strict: true })({ rows: [{ symbol: 'IJR' }] });
    expect(render('{{#if (anyRow rows "symbol" "IJR")}}yes{{else}}no{{/if}}')).toBe('yes');
    expect(() => render('{{#if (anyRow rows "symbol")}}yes{{/if}}')).toThrow(/anyRow/);
  });

  it('rejects anything but rows and a field name', () => {
    expect(() => anyRow('IJR', 'symbol', 'IJR')).toThrow(/anyRow/);
    expect(() => anyRow([], 1, 'IJR')).toThrow(/anyRow/);
  });
});
