/**
 * Fonts of a printed PDF (real Chromium): every character of the brief's set, in every weight the
 * brief asks for, in HTML and SVG text, and the header and footer, print in the embedded Inter
 * faces: no system fallback (DejaVu, Liberation, Helvetica) and no Type 3 font. The page has the
 * brief's own stylesheet (templates/brief.css), so its font rules are what is tested.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/deliver/launchBrowser.js';
import { printPdf } from '../../src/deliver/printPdf.js';
import { fontFaceCss } from '../../src/render/fontCss.js';
import { briefCharset } from '../../src/render/fonts/briefCharset.js';
import { REPO } from '../helpers/cliHarness.js';
import { pdfFonts } from '../helpers/pdfFonts.js';
import { CHROMIUM, launchContext, scratchTmp, TEST_DEADLINES } from './browser/chromiumHarness.js';

const SET = briefCharset().replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const WEIGHTS = [400, 500, 600, 700, 900];
const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>fonts</title>
<style>${fontFaceCss()}
${readFileSync(path.join(REPO, 'templates/brief.css'), 'utf8')}</style></head><body>
${WEIGHTS.map((w) => `<p style="font-weight:${w}">${SET}</p>`).join('\n')}
<p><em>synthetic italic</em> <strong>O→C</strong> <code>closes/RUT.csv</code></p>
<svg width="400" height="40"><text x="4" y="20" font-family="Inter, Arial, sans-serif"
 font-weight="600" font-size="11">Chart −1.2% → √252 ×</text></svg>
</body></html>`;

const OPTIONS = {
  paper: 'a4' as const,
  headerTitle: 'Rotation Brief',
  headerDate: 'August 21, 2026',
  footerLeft: 'Rotation Brief for August 21, 2026 · figures in stats.json',
};
const LIMITS = { deadlines: TEST_DEADLINES, expire: () => undefined };

describe('fonts of a printed brief (system Chromium)', () => {
  let launched: LaunchedBrowser;
  let browser: Browser;
  const tmp = scratchTmp();

  beforeAll(async () => {
    launched = await launchBrowser(CHROMIUM, launchContext(tmp));
    browser = launched.browser;
  });

  afterAll(async () => {
    await browser?.close();
    await launched?.exited;
  });

  it('prints every character, weight, SVG text, header and footer in Inter only', async () => {
    const { pdf } = await printPdf(browser, HTML, OPTIONS, LIMITS);
    const fonts = await pdfFonts(pdf);
    expect(fonts.map((f) => `${f.name}${f.type3 ? ' (Type 3)' : ''}`)).toEqual([
      'Inter-Bold',
      'Inter-Regular',
    ]);
    const regular = fonts.find((f) => f.name === 'Inter-Regular')?.chars ?? '';
    const bold = fonts.find((f) => f.name === 'Inter-Bold')?.chars ?? '';
    for (const c of '−→√×±…–—‘’“”€▲▼≤≥é') {
      expect(regular, c).toContain(c);
      expect(bold, c).toContain(c);
    }
  });

  it('prints the header and footer in Inter when the page shows a single letter', async () => {
    const html = HTML.replace(/<body>[\s\S]*<\/body>/, '<body><p>x</p></body>');
    const { pdf } = await printPdf(browser, html, OPTIONS, LIMITS);
    const fonts = await pdfFonts(pdf);
    expect(fonts.map((f) => f.name)).toEqual(['Inter-Regular']);
    const chars = fonts[0]?.chars ?? '';
    for (const c of 'Rotation Brief for August 21, 2026 · figures in stats.json page 1 of')
      expect(chars, `band character ${c}`).toContain(c);
  });
});
