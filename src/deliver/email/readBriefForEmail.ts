/**
 * What the email takes from a brief's folder (`OUT/YYYY/YYYY-MM-DD/`): summary.json, validated
 * (with the optional `lead` and `bottomLine` paragraphs, when the brief has them), brief.pdf,
 * attached as is, and brief.html, where the charts are (optional: without it, no charts).
 */
import path from 'node:path';
import * as z from 'zod';
import { BriefError } from '../../errors.js';
import type { FileSystem } from '../../model/effects.js';
import { parseSummary, type ArchivedSummary } from '../archive/parseSummary.js';

/** The reading effects needed (the CLI's `Effects` has them). */
export type BriefReader = Pick<FileSystem, 'readText' | 'readBinary'>;

/**
 * The fields of summary.json the email shows. `lead` (3-4 plain-text sentences) and
 * `bottomLine` (two) are optional: the email falls back to `dek` for the lead and leaves the
 * bottom line out.
 */
export type EmailSummary = Omit<ArchivedSummary, 'schema'> & {
  readonly lead?: string;
  readonly bottomLine?: string;
};

/** What {@link readBriefForEmail} returns. */
export interface BriefForEmail {
  readonly summary: EmailSummary;
  readonly pdf: Uint8Array;
  /** brief.html, or null when the folder has none. */
  readonly html: string | null;
}

const optionalTexts = z.object({
  lead: z.string().trim().min(1).optional(),
  bottomLine: z.string().trim().min(1).optional(),
});

const codeOf = (e: unknown) =>
  (e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0];

/** summary.json: the archive's validation, plus the optional paragraphs. */
function readSummary(text: string, file: string): EmailSummary {
  const { schema: _schema, ...base } = parseSummary(text, file);
  const extra = optionalTexts.safeParse(JSON.parse(text));
  if (!extra.success) {
    const issue = extra.error.issues[0];
    throw new BriefError('data', `${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return { ...base, ...extra.data };
}

async function readPdf(file: string, fx: BriefReader): Promise<Uint8Array> {
  const pdf = await fx.readBinary(file).catch((e: unknown) => {
    throw new BriefError(
      'data',
      `${file}: cannot read (${codeOf(e)})`,
      'the email attaches the PDF: build the brief without --no-pdf',
    );
  });
  if (pdf.length < 5 || Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    throw new BriefError(
      'data',
      `${file}: not a PDF file`,
      'rebuild the brief: npm run brief -- --date YYYY-MM-DD',
    );
  }
  return pdf;
}

/**
 * Read `dir/summary.json`, `dir/brief.pdf` and (if present) `dir/brief.html`.
 *
 * @throws BriefError('data') naming the file that is missing, unreadable or invalid.
 */
export async function readBriefForEmail(dir: string, fx: BriefReader): Promise<BriefForEmail> {
  const summaryFile = path.join(dir, 'summary.json');
  const text = await fx.readText(summaryFile).catch((e: unknown) => {
    throw new BriefError(
      'data',
      `${summaryFile}: cannot read (${codeOf(e)})`,
      'build the brief first: npm run brief -- --date YYYY-MM-DD',
    );
  });
  const summary = readSummary(text, summaryFile);
  const pdf = await readPdf(path.join(dir, 'brief.pdf'), fx);
  const html = await fx.readText(path.join(dir, 'brief.html')).catch((e: unknown) => {
    if (codeOf(e) === 'ENOENT') return null;
    throw new BriefError('data', `${path.join(dir, 'brief.html')}: cannot read (${codeOf(e)})`);
  });
  return { summary, pdf, html };
}
