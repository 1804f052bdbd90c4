/**
 * End to end: the CLI on the bundled data, printing a real PDF in the system Chromium,
 * then reading the PDF's text back.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cliHarness.js';
import { pdfFonts } from '../helpers/pdfFonts.js';
import { readPdf } from '../helpers/pdfText.js';

/** The CLI's brief of 2026-01-22 on the bundled data, with `templates`, into `out`. */
const briefOf = (templates: string, out: string) =>
  runCli(
    [
      '--date',
      '2026-01-22',
      '--data',
      path.join(REPO, 'data'),
      '--templates',
      templates,
      '--out',
      out,
    ],
    {
      env: process.env as Record<string, string>,
    },
  );

describe('npm run brief -- --date 2026-01-22 (real Chromium)', () => {
  it('prints a PDF whose text holds the date, the headline figures and both charts on page 1', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'brief-e2e-'));
    const r = await briefOf(path.join(REPO, 'templates'), out);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    const pdf = readFileSync(path.join(out, '2026/2026-01-22/brief.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await readPdf(pdf);
    const page1 = doc.pages[0]?.text.replace(/\s+/g, ' ') ?? '';
    expect(page1).toContain('January 22, 2026');
    expect(page1).toContain('2,718.77'); // RUT close on 2026-01-22 (data/closes/RUT.csv)
    expect(page1).toContain('Small caps beat large caps for a 14th straight session');
    expect(page1).toContain('Year to date, rebased to 100');
    expect(page1).toContain('A value of 110 means +10% since the last close of 2025');
    expect(page1).toContain('Russell 2000 / S&P 500, last 252 sessions');
    expect(page1).toMatch(/page 1 of \d/);
    // bookmarks from the headings and document metadata survive the metadata pass
    expect(doc.outline.map((o) => o.title)).toEqual(
      expect.arrayContaining([
        'Market performance',
        'The rotation in historical context',
        'Risk and technical signals',
        'Watchpoints',
      ]),
    );
    expect(doc.info).toMatchObject({
      Title:
        'Rotation Brief, January 22, 2026: Small caps beat large caps for a 14th straight session, the longest run since 1996',
      Author: 'The Rotation Brief desk',
      Subject: expect.stringContaining('as of the New York close of January 22, 2026'),
    });
    expect(doc.tagged).toBe(true);
    // one family: body, charts, header and footer in the embedded Inter, no system fallback
    // (Type 3 glyphs of the charts' stroked label halos are Inter too; the bench counts them)
    expect([...new Set((await pdfFonts(pdf)).map((f) => f.name))]).toEqual([
      'Inter-Bold',
      'Inter-Regular',
    ]);
    // sections in order, each with one of its figures (the figures come from stats.json)
    const text = doc.pages
      .map((p) => p.text)
      .join('\n')
      .replace(/\s+/g, ' ');
    const sections: [string, string][] = [
      ['Market performance', '+9.54%'], // RUT YTD: 2718.77 / 2481.91 - 1
      ['The rotation in historical context', 'The run began on January 2, 2026'],
      ['Sector rotation', 'Communication Services (+1.41%)'],
      ['Risk and technical signals', '71.5'], // RUT RSI(14)
      ['Watchpoints', 'from tying the record of 16 sessions'],
      ['Source notes', 'docs/methodology.md'],
    ];
    let at = 0;
    for (const [heading, figure] of sections) {
      const h = text.indexOf(heading, at);
      expect(h, `${heading} after position ${at}`).toBeGreaterThanOrEqual(at);
      expect(text.indexOf(figure, h), `${figure} in ${heading}`).toBeGreaterThan(h);
      at = h + heading.length;
    }
    // the PDF is the digest: the appendix (calendar years, methodology, data files) is online only
    const appendix = [
      'Calendar-year price returns',
      'Up and down runs',
      'Exchange-traded funds',
      'Daily closes from these files',
      'is shown beside it because some commentary',
      // one sector view in print: the table and the rotation graph, not the bars or heat map
      'Sector returns on the day',
      'Sector returns, last 10 sessions',
    ];
    for (const online of appendix) expect(text).not.toContain(online);
    expect(text).toContain('Relative rotation against SPY');
    // stats.json beside it agrees with the PDF
    const stats = JSON.parse(readFileSync(path.join(out, '2026/2026-01-22/stats.json'), 'utf8'));
    expect(stats.series.RUT.close).toBe(2718.77);
  });

  it('fails loudly (exit 6, HTML kept) when a template would swallow the PDF header and footer', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'brief-e2e-'));
    const templates = path.join(out, 'templates');
    cpSync(path.join(REPO, 'templates'), templates, { recursive: true });
    // A brief template that ends inside an unclosed <textarea>: everything after it is text.
    appendFileSync(path.join(templates, 'brief.hbs'), '<textarea>\n');
    const r = await briefOf(templates, path.join(out, 'reports'));
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('the page header and footer could not be added to the PDF');
    const dir = path.join(out, 'reports/2026/2026-01-22');
    expect(existsSync(path.join(dir, 'brief.html'))).toBe(true); // a new date: the HTML is kept
    expect(existsSync(path.join(dir, 'brief.pdf'))).toBe(false);
  });
});
