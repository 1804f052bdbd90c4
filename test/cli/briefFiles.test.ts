/**
 * briefFiles sends the print before laying out stats.json (which then overlaps Chromium's work),
 * and still returns every file, the PDF's failure as an error beside the others.
 */
import { describe, expect, it } from 'vitest';
import { briefFiles } from '../../src/cli/briefFiles.js';
import type { PdfPrinter } from '../../src/deliver/pdfPrinter.js';
import { BriefError } from '../../src/errors.js';
import type { RenderedBrief } from '../../src/render/renderBrief.js';

/** A brief whose stats.json records when it is first laid out, in `events`. */
function brief(events: string[]): RenderedBrief {
  return {
    html: '<h1>Brief</h1>',
    get statsJson() {
      events.push('stats.json laid out');
      return '{}\n';
    },
    historyFiles: [],
    summaryJson: '{"schema":"rotation-brief/summary@1"}\n',
    headline: 'Small caps lead',
    author: null,
  } as unknown as RenderedBrief;
}

/** A printer that records the print it is sent and answers later, with `answer`. */
function printer(events: string[], answer: () => Promise<Uint8Array>): PdfPrinter {
  return {
    print: (html) => {
      events.push(`print sent: ${html}`);
      return answer();
    },
    close: async () => undefined,
    kill: () => undefined,
  };
}

const SETTINGS = { paper: 'letter', generator: 'rotation-brief test' } as const;
// A minimal PDF with a classic cross-reference table, as Chromium writes (setPdfMetadata).
const { PDFDocument } = await import('pdf-lib');
const doc = await PDFDocument.create();
doc.addPage();
const PDF = await doc.save({ useObjectStreams: false });

describe('briefFiles', () => {
  it('sends the print first and lays out stats.json while it prints', async () => {
    const events: string[] = [];
    const { files, error } = await briefFiles(
      brief(events),
      printer(events, async () => PDF),
      SETTINGS,
      '2026-08-21',
    );
    expect(error).toBeNull();
    expect(events).toEqual(['print sent: <h1>Brief</h1>', 'stats.json laid out']);
    expect(Object.keys(files).sort()).toEqual([
      'brief.html',
      'brief.pdf',
      'stats.json',
      'summary.json',
    ]);
    expect(files['stats.json']).toBe('{}\n');
  });

  it('returns the other files and the error when printing fails', async () => {
    const events: string[] = [];
    const failing = printer(events, async () => {
      throw new BriefError('template', 'the brief tried to load 1 external resource(s)');
    });
    const { files, error } = await briefFiles(brief(events), failing, SETTINGS, '2026-08-21');
    expect((error as BriefError).kind).toBe('template');
    expect(Object.keys(files).sort()).toEqual(['brief.html', 'stats.json', 'summary.json']);
  });

  it('without a printer: the text files alone', async () => {
    const events: string[] = [];
    const { files, error } = await briefFiles(brief(events), null, SETTINGS, '2026-08-21');
    expect([error, Object.keys(files).length, events]).toEqual([null, 3, ['stats.json laid out']]);
  });
});
