import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import { bandsMark, cssString } from '../../src/deliver/printBands.js';
import { launchBrowser, type LaunchedBrowser } from '../../src/deliver/launchBrowser.js';
import {
  pageBandsCss,
  pdfOptions,
  withPageBands,
  printPdf as printWithLimits,
  type PrintOptions,
  type PrintResult,
} from '../../src/deliver/printPdf.js';
import { PT_PER_MM, readPdf } from '../helpers/pdfText.js';
import {
  CHROMIUM,
  launchContext,
  profileDirs,
  scratchTmp,
  TEST_DEADLINES,
} from './browser/chromiumHarness.js';

let expired = 0;
/** printPdf with the test deadlines; a deadline passing is counted (none should). */
function printPdf(browser: Browser, html: string, options: PrintOptions): Promise<PrintResult> {
  return printWithLimits(browser, html, options, {
    deadlines: TEST_DEADLINES,
    expire: () => void expired++,
  });
}

describe('templates and options', () => {
  it('writes the band texts as CSS strings that cannot end early or close their <style>', () => {
    expect(cssString('Rotation Brief')).toBe('"Rotation Brief"');
    // " is 22, \\ is 5c, < is 3c, > is 3e, a line feed is a: each a hex escape and a space.
    expect(cssString('a"b\\c</style><script>\n')).toBe(
      '"a\\22 b\\5c c\\3c /style\\3e \\3c script\\3e \\a "',
    );
    const css = pageBandsCss({ headerTitle: '</style><p>x', footerLeft: 'F' });
    expect(css).not.toContain('<');
    const html = withPageBands('<p>body</p>', { headerTitle: 'T', footerLeft: 'F' });
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    // The style is marked with the first 16 hex digits of the HTML's SHA-256 (bandsMark).
    expect(html).toMatch(/^<p>body<\/p><style data-bands="[0-9a-f]{16}">@page\{/);
    expect(html).toContain(`data-bands="${bandsMark('<p>body</p>')}"`);
    expect(bandsMark('<p>body</p>')).not.toBe(bandsMark('<p>other</p>'));
  });

  it('draws the bands in the page margins at 8pt in Inter, and numbers the pages', () => {
    const css = pageBandsCss({ headerTitle: 'T', headerDate: 'D', footerLeft: 'F' });
    expect(css).toContain(
      '@top-left{content:"T"!important;font:400 8pt/1.2 Inter,sans-serif!important;color:#555!important}',
    );
    expect(css).toContain('@top-right{content:"D"!important;');
    expect(css).toContain('@bottom-left{content:"F"!important;');
    expect(css).toContain(
      '@bottom-right{content:"page " counter(page) " of " counter(pages)!important;',
    );
    const noDate = pageBandsCss({ headerTitle: 'T', footerLeft: 'F' });
    expect(noDate).toContain('@top-right{content:""!important;');
  });

  it('asks for outline, tagging, backgrounds and the right paper', () => {
    const base: PrintOptions = { paper: 'a4', headerTitle: 'T', footerLeft: 'F' };
    const a4 = pdfOptions(base);
    expect(a4).toMatchObject({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: false,
      displayHeaderFooter: false, // the document draws its bands (printBands.ts)
      outline: true,
      tagged: true,
      margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
    });
    expect(pdfOptions({ ...base, paper: 'letter' }).format).toBe('Letter');
  });
});

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Rotation brief</title>
<style>table { border-collapse: collapse } td, th { border: 1px solid #999; padding: 2px 6px }</style>
</head><body>
<h1>Brief for January 22, 2026</h1>
<h2>Relative strength</h2>
<table><thead><tr><th>Index</th><th>Close</th></tr></thead>
<tbody><tr><td>Russell 2000</td><td>2,412.55</td></tr><tr><td>S&amp;P 500</td><td>6,901.10</td></tr></tbody></table>
<img src="http://example.com/x.png" alt="">
<img alt="" width="20" height="20" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC">
<script>document.body.innerHTML='HACKED'</script>
<h2>Breadth</h2><p>Advancers led decliners.</p>
</body></html>`;

const OPTIONS: PrintOptions = {
  paper: 'a4',
  headerTitle: 'Rotation <brief>',
  headerDate: 'January 22, 2026',
  footerLeft: 'Closing prices; not investment advice',
};

describe('printing with the system Chromium', () => {
  let launched: LaunchedBrowser;
  let browser: Browser;
  const tmp = scratchTmp();
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const started = performance.now();
    launched = await launchBrowser(CHROMIUM, launchContext(tmp));
    browser = launched.browser;
    timings['launch ms'] = Math.round(performance.now() - started);
  });

  afterAll(async () => {
    await browser?.close();
    await launched?.exited;
    expect(profileDirs(tmp)).toEqual([]);
    expect(expired).toBe(0);
    console.info('deliver timings', timings);
  });

  it('prints text, header and footer; no script runs, no request leaves', async () => {
    const started = performance.now();
    const { pdf, blockedRequests } = await printPdf(browser, HTML, OPTIONS);
    timings['first print ms'] = Math.round(performance.now() - started);
    const doc = await readPdf(pdf);
    expect(doc.pages).toHaveLength(1);
    expect(doc.text).toContain('Brief for January 22, 2026');
    expect(doc.text).toContain('Russell 2000');
    expect(doc.text).toContain('Rotation <brief>');
    expect(doc.text).toContain('January 22, 2026');
    expect(doc.text).toContain('Closing prices; not investment advice');
    expect(doc.text).toContain('page 1 of 1');
    expect(doc.text).not.toContain('HACKED');
    expect(blockedRequests).toEqual(['http://example.com/x.png']);
  });

  it("keeps the run's header and footer over a page's own margin boxes", async () => {
    const own = '<style>@page{@top-left{content:none}@bottom-right{content:"MINE"}}</style>';
    const { pdf } = await printPdf(
      browser,
      `<html><head>${own}</head><body>x</body></html>`,
      OPTIONS,
    );
    const doc = await readPdf(pdf);
    expect(doc.text).toContain('Rotation <brief>');
    expect(doc.text).toContain('page 1 of 1');
    expect(doc.text).not.toContain('MINE');
  });

  it.each([
    ['an unclosed <textarea>', '<p>x</p><textarea>'],
    ['an unclosed <script>', '<p>x</p><script>'],
    ['an unclosed comment', '<p>x</p><!--'],
    [
      'an unclosed <title> after a planted band style',
      '<style data-bands="0123456789abcdef">@page{}</style><title>',
    ],
  ])('refuses HTML that would swallow the header and footer: %s', async (_, body) => {
    const failure = await printPdf(browser, `<html><body>${body}`, OPTIONS).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(BriefError);
    expect((failure as BriefError).kind).toBe('template');
    expect((failure as BriefError).message).toContain('header and footer could not be added');
  });

  it('a refresh to a data: URL neither replaces the page nor goes unreported', async () => {
    const refresh = '<meta http-equiv="refresh" content="0;url=data:text/html,<h1>REPLACED</h1>">';
    const { pdf, blockedRequests } = await printPdf(
      browser,
      `<html><head>${refresh}</head><body><h1>ORIGINAL</h1></body></html>`,
      OPTIONS,
    );
    const doc = await readPdf(pdf);
    expect(doc.text).toContain('ORIGINAL');
    expect(doc.text).not.toContain('REPLACED');
    expect(blockedRequests).toEqual([refresh]);
  });

  it('writes an outline of the headings, a tagged file and the document title', async () => {
    const { pdf } = await printPdf(browser, HTML, OPTIONS);
    const doc = await readPdf(pdf);
    expect(doc.outline).toEqual([
      { title: 'Brief for January 22, 2026', depth: 0 },
      { title: 'Relative strength', depth: 1 },
      { title: 'Breadth', depth: 1 },
    ]);
    expect(doc.tagged).toBe(true);
    expect(doc.info['Title']).toBe('Rotation brief');
  });

  it('prints A4 and Letter at their sizes', async () => {
    const started = performance.now();
    const letter = await readPdf(
      (await printPdf(browser, HTML, { ...OPTIONS, paper: 'letter' })).pdf,
    );
    timings['warm print ms'] = Math.round(performance.now() - started);
    const a4 = await readPdf((await printPdf(browser, HTML, OPTIONS)).pdf);
    // puppeteer sends A4 as 8.27 x 11.7in; Chromium prints 595.92 x 841.92pt, within 1pt of 210 x 297mm.
    expect(a4.pages[0]?.widthPt).toBeCloseTo(210 * PT_PER_MM, -0.3);
    expect(a4.pages[0]?.heightPt).toBeCloseTo(297 * PT_PER_MM, -0.3);
    expect(letter.pages[0]?.widthPt).toBeCloseTo(612, 0);
    expect(letter.pages[0]?.heightPt).toBeCloseTo(792, 0);
  });

  it('numbers every page of a long brief', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `<p>Row ${i + 1}</p>`).join('');
    const { pdf } = await printPdf(browser, `<h1>Long</h1>${rows}`, OPTIONS);
    const doc = await readPdf(pdf);
    const n = doc.pages.length;
    expect(n).toBeGreaterThan(1);
    expect(doc.pages.at(-1)?.text).toContain(`page ${n} of ${n}`);
  });

  it('closes its page, also after a failure', async () => {
    const before = (await browser.pages()).length;
    await printPdf(browser, '<p>x</p>', OPTIONS);
    expect((await browser.pages()).length).toBe(before);
    const closed = await browser.newPage();
    await closed.close();
    const failing = printPdf(browser, '<p>x</p>', { ...OPTIONS, paper: 'tabloid' as 'a4' });
    await expect(failing).rejects.toMatchObject({
      kind: 'usage',
      message: 'unknown paper size: tabloid',
    });
    expect((await browser.pages()).length).toBe(before);
  });

  it.runIf(process.getuid?.() === 0)('explains a root launch without --no-sandbox', async () => {
    const rootTmp = scratchTmp();
    const error = await launchBrowser(CHROMIUM, {
      ...launchContext(rootTmp),
      isRoot: false,
      env: {},
    }).catch((e: unknown) => e);
    expect(profileDirs(rootTmp)).toEqual([]);
    expect(error).toBeInstanceOf(BriefError);
    expect((error as BriefError).message).toContain('Running as root without --no-sandbox');
    expect((error as BriefError).hint).toContain('ROTATION_BRIEF_NO_SANDBOX=1');
  });
});
