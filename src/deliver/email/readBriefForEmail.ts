/**
 * What the email takes from a brief's folder (`OUT/YYYY/YYYY-MM-DD/`): summary.json, validated,
 * and brief.pdf, attached as is.
 */
import path from 'node:path';
import { BriefError } from '../../errors.js';
import type { FileSystem } from '../../model/effects.js';
import { parseSummary, type ArchivedSummary } from '../archive/parseSummary.js';

/** The reading effects needed (the CLI's `Effects` has them). */
export type BriefReader = Pick<FileSystem, 'readText' | 'readBinary'>;

const codeOf = (e: unknown) =>
  (e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0];

/**
 * Read `dir/summary.json` and `dir/brief.pdf`.
 *
 * @throws BriefError('data') naming the file that is missing, unreadable or invalid.
 */
export async function readBriefForEmail(
  dir: string,
  fx: BriefReader,
): Promise<{ summary: ArchivedSummary; pdf: Uint8Array }> {
  const summaryFile = path.join(dir, 'summary.json');
  const pdfFile = path.join(dir, 'brief.pdf');
  const text = await fx.readText(summaryFile).catch((e: unknown) => {
    throw new BriefError(
      'data',
      `${summaryFile}: cannot read (${codeOf(e)})`,
      'build the brief first: npm run brief -- --date YYYY-MM-DD',
    );
  });
  const summary = parseSummary(text, summaryFile);
  const pdf = await fx.readBinary(pdfFile).catch((e: unknown) => {
    throw new BriefError(
      'data',
      `${pdfFile}: cannot read (${codeOf(e)})`,
      'the email attaches the PDF: build the brief without --no-pdf',
    );
  });
  if (pdf.length < 5 || Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    throw new BriefError(
      'data',
      `${pdfFile}: not a PDF file`,
      'rebuild the brief: npm run brief -- --date YYYY-MM-DD',
    );
  }
  return { summary, pdf };
}
