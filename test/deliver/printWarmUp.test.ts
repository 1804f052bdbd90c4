/**
 * The warm-up print (printPdf.ts): a printer given a warm-up document prints it once on the first
 * print's page while the brief is computed, and the brief's print on that page is unaffected:
 * its text is all there, and whatever the warm-up tried to reach is not blamed on the brief.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openChromiumPrinter, type PdfPrinter } from '../../src/deliver/pdfPrinter.js';
import { printWarmUpHtml } from '../../src/deliver/printWarmUp.js';
import { FONT_FAMILY, fontFaceCss } from '../../src/render/fontCss.js';
import { externalResources } from '../../src/render/externalResources.js';
import { readPdf } from '../helpers/pdfText.js';
import { PRINT, printerOptions, scratchTmp, TEST_DEADLINES } from './browser/chromiumHarness.js';

const opened: PdfPrinter[] = [];
afterEach(() => {
  for (const printer of opened.splice(0)) printer.kill();
});

async function open(warmUp: string): Promise<PdfPrinter> {
  const options = { ...printerOptions(scratchTmp(), TEST_DEADLINES), warmUp };
  const printer = await openChromiumPrinter(options)();
  opened.push(printer);
  return printer;
}

describe('printWarmUpHtml', () => {
  it('is the brief fonts in both weights and nothing that reaches out', () => {
    const html = printWarmUpHtml(fontFaceCss(), FONT_FAMILY);
    expect(html).toContain(fontFaceCss());
    expect(html).toContain(`font-family:${FONT_FAMILY}`);
    expect(html).toMatch(/<strong>/);
    expect(externalResources(html)).toEqual([]);
  });
});

describe('a printer with a warm-up document', () => {
  it('prints the brief on the warmed page with all its text, in the embedded font', async () => {
    const printer = await open(printWarmUpHtml(fontFaceCss(), FONT_FAMILY));
    const html = `<style>${fontFaceCss()}body{font-family:Inter}</style><h1>Small caps lead</h1><p>+1.35% on the day</p>`;
    const doc = await readPdf(await printer.print(html, PRINT));
    expect(doc.text).toContain('Small caps lead');
    expect(doc.text).toContain('+1.35% on the day');
    expect(doc.text).not.toContain('Rotation brief'); // the warm-up's own text is not in it
    await printer.close();
  });

  it('does not blame the brief for what the warm-up document tried to reach', async () => {
    const printer = await open('<img src="http://127.0.0.1:9/x.png"><p>warm</p>');
    const doc = await readPdf(await printer.print('<h1>Clean brief</h1>', PRINT));
    expect(doc.text).toContain('Clean brief');
    await printer.close();
  });
});
