/**
 * The metadata pass: an incremental update appended to Chromium's PDF. Chromium's bytes are kept
 * as they are but for its two print-time dates (pinned to the as-of close, so a reprint is the same
 * file); the information dictionary reads back with pdfjs; the outline, the tagging, the
 * text and the catalog's "show the title" survive; the same input gives the same bytes; anything
 * not shaped like Chromium's output is refused.
 */
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/deliver/launchBrowser.js';
import { setPdfMetadata, type PdfMetadata } from '../../src/deliver/pdfMetadata.js';
import { PagePool } from '../../src/deliver/browser/pagePool.js';
import { prewarmPage, printPdf } from '../../src/deliver/printPdf.js';
import { BriefError } from '../../src/errors.js';
import { readPdf } from '../helpers/pdfText.js';
import {
  CHROMIUM,
  launchContext,
  PRINT,
  scratchTmp,
  TEST_DEADLINES,
} from './browser/chromiumHarness.js';

const META: PdfMetadata = {
  title: 'Rotation Brief, August 21, 2026: Small caps −0.85% → “fifth” day (é)',
  author: 'The Rotation Brief desk',
  subject: 'Small-cap vs large-cap rotation (as of the close)',
  keywords: ['Russell 2000', 'S&P 500', '2026-08-21'],
  creator: 'rotation-brief 0.1.0',
  asOf: new Date('2026-08-21T20:00:00Z'), // 16:00 in New York (EDT, UTC-4)
};

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chromium title</title></head>
<body><h1>Brief</h1><h2>Market performance</h2><p>Russell 2000 +0.85%</p>
<h2 style="break-before:page">Watchpoints</h2><p>Second page</p></body></html>`;

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

/** `text` with each `(nodeNNNNNNNN)` renamed by its number's rank (1 = the lowest), 8 digits. */
function rankedNodeIds(text: string): string {
  const numbers = [...text.matchAll(/\(node(\d{8})\)/g)].map((m) => Number(m[1]));
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  return text.replace(
    /\(node(\d{8})\)/g,
    (_, d: string) => `(node${String(sorted.indexOf(Number(d)) + 1).padStart(8, '0')})`,
  );
}

describe('PDF metadata as an incremental update (Chromium output)', () => {
  let launched: LaunchedBrowser;
  let chromium: Uint8Array;

  beforeAll(async () => {
    launched = await launchBrowser(CHROMIUM, launchContext(scratchTmp()));
    const limits = { deadlines: TEST_DEADLINES, expire: () => undefined };
    chromium = (await printPdf(launched.browser, HTML, PRINT, limits)).pdf;
  });

  afterAll(async () => {
    await launched?.browser.close();
    await launched?.exited;
  });

  it('keeps every byte Chromium wrote but its clock and node numbers, and appends an update', () => {
    const out = setPdfMetadata(chromium, META);
    const pinned = rankedNodeIds(latin1(chromium)).replace(
      /\/(CreationDate|ModDate) \(D:\d{14}[+-]\d\d'\d\d'\)/g, // local time; the tests run in UTC
      "/$1 (D:20260821200000+00'00')", // 16:00 New York on 2026-08-21 is 20:00 UTC
    );
    expect(pinned).not.toBe(latin1(chromium)); // Chromium did stamp the print time
    expect(latin1(out.subarray(0, chromium.length))).toBe(pinned);
    const update = latin1(out.subarray(chromium.length));
    const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(latin1(chromium))?.[1];
    expect(update).toMatch(new RegExp(`/Prev ${prev}>>`));
    expect(update.length).toBeLessThan(1000); // the info object, one xref entry, a trailer
    // the new startxref points at "xref", and its entry at the new info object
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(update)?.[1]);
    expect(latin1(out.subarray(xref, xref + 4))).toBe('xref');
    const [, num, offset] = /xref\n(\d+) 1\n(\d{10}) 00000 n \n/.exec(update) ?? [];
    const object = `${num} 0 obj\n<</Title `;
    expect(latin1(out.subarray(Number(offset), Number(offset) + object.length))).toBe(object);
  });

  it('sets the information dictionary; outline, tagging, text and title display survive', async () => {
    const before = await readPdf(chromium);
    const after = await readPdf(setPdfMetadata(chromium, META));
    expect(after.info).toMatchObject({
      Title: META.title,
      Author: 'The Rotation Brief desk',
      Subject: META.subject,
      Keywords: 'Russell 2000 S&P 500 2026-08-21',
      Creator: 'rotation-brief 0.1.0',
      Producer: 'rotation-brief 0.1.0 (Chromium)',
      CreationDate: 'D:20260821200000Z',
      ModDate: 'D:20260821200000Z',
    });
    expect(before.outline.map((o) => o.title)).toEqual([
      'Brief',
      'Market performance',
      'Watchpoints',
    ]);
    expect(after.outline).toEqual(before.outline);
    expect(after.tagged).toBe(true);
    expect(after.pages.map((p) => p.text)).toEqual(before.pages.map((p) => p.text));
    const doc = await getDocument({ data: setPdfMetadata(chromium, META), verbosity: 0 }).promise;
    expect(await doc.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
    await doc.destroy();
  });

  it('gives the same bytes for the same input', () => {
    const a = setPdfMetadata(chromium, META);
    const b = setPdfMetadata(new Uint8Array(chromium), { ...META, keywords: [...META.keywords] });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('gives the same bytes for a reprint at another time (Chromium stamps the clock)', () => {
    // The same print as Chromium would write it at 09:30:15 on 2031-03-04 instead of now.
    const later = Buffer.from(
      latin1(chromium).replace(/\(D:\d{14}[+-]\d\d'\d\d'\)/g, "(D:20310304093015+00'00')"),
      'latin1',
    );
    expect(later.equals(Buffer.from(chromium))).toBe(false);
    const a = setPdfMetadata(chromium, META);
    expect(Buffer.from(setPdfMetadata(later, META)).equals(Buffer.from(a))).toBe(true);
  });

  it('gives the same bytes for a print on a page that loaded another document before', async () => {
    // A warm-up print (or a backfill's reused page) moves Chromium's DOM node numbers on. Table
    // headers are named by node number (/ID, /Headers and the IDTree).
    const table = HTML.replace(
      '<p>Second page</p>',
      '<table><tr><th>Index</th><th>Close</th></tr><tr><td>RUT</td><td>2,718.77</td></tr></table>',
    );
    const limits = { deadlines: TEST_DEADLINES, expire: () => undefined };
    const fresh = (await printPdf(launched.browser, table, PRINT, limits)).pdf;
    const pool = new PagePool();
    await prewarmPage(launched.browser, pool, limits, '<h1>Warm-up</h1><p>a</p><p>b</p>');
    const warmed = (await printPdf(launched.browser, table, PRINT, limits, pool)).pdf;
    const ids = (b: Uint8Array) =>
      latin1(b)
        .match(/\(node\d{8}\)/g)
        ?.join() ?? 'none';
    expect(ids(fresh)).toMatch(/node/);
    expect(ids(warmed)).not.toBe(ids(fresh));
    const a = setPdfMetadata(fresh, META);
    expect(latin1(a)).toMatch(/\(node00000001\)/);
    expect(Buffer.from(setPdfMetadata(warmed, META)).equals(Buffer.from(a))).toBe(true);
    await pool.take()?.page.close();
  });
});

describe('PDFs not shaped like Chromium output', () => {
  const refused = (pdf: Uint8Array): unknown => {
    try {
      setPdfMetadata(pdf, META);
    } catch (e) {
      return e;
    }
    return 'accepted';
  };

  it('refuses a cross-reference stream, an update, encryption and a truncated file', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const streams = await doc.save({ useObjectStreams: true }); // xref stream, no "xref" table
    const table = await doc.save({ useObjectStreams: false });
    for (const pdf of [
      streams,
      setPdfMetadata(table, META), // already has /Prev
      Buffer.from(latin1(table).replace('trailer\n<<', 'trailer\n<</Encrypt 9 0 R'), 'latin1'),
      table.subarray(0, table.length - 30),
    ]) {
      const e = refused(pdf);
      expect(e).toBeInstanceOf(BriefError);
      expect((e as BriefError).kind).toBe('browser');
      expect((e as BriefError).message).toMatch(/^the printed PDF has an unexpected structure/);
    }
    expect((await readPdf(setPdfMetadata(table, META))).info).toMatchObject({ Title: META.title });
  });
});
