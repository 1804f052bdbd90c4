/**
 * The files of one brief's folder: brief.html, stats.json, summary.json and, when a printer is
 * given, brief.pdf with its metadata. A printing failure is retried once, then returned (as a
 * BriefError), not thrown, so the caller still writes the HTML.
 */
import { sessionCloseTime } from '../calendar/index.js';
import { BriefError } from '../errors.js';
import type { PdfPrinter } from '../deliver/pdfPrinter.js';
import { setPdfMetadata } from '../deliver/pdfMetadata.js';
import { formatLongDate } from '../model/format.js';
import type { RenderedBrief } from '../render/renderBrief.js';

export interface PrintSettings {
  readonly paper: 'a4' | 'letter';
  readonly generator: string;
}

/** The brief's files other than its PDF (stats.json and summary.json laid out on first use). */
function textFiles(brief: RenderedBrief): Record<string, string | Uint8Array> {
  return {
    'brief.html': brief.html,
    'stats.json': brief.statsJson,
    'summary.json': brief.summaryJson,
  };
}

/** The brief printed, with its metadata (retried once after a browser failure). */
async function printedPdf(
  brief: RenderedBrief,
  printer: PdfPrinter,
  o: PrintSettings,
  date: string,
): Promise<Uint8Array> {
  const long = formatLongDate(date);
  const options = {
    paper: o.paper,
    headerTitle: 'Rotation Brief',
    headerDate: long,
    footerLeft: `Rotation Brief for ${long} · sources in the notes`,
  };
  // A browser failure (a crashed page, "Target closed") is retried once; a second failure, or a
  // brief that is at fault (BriefError of another kind), is returned as a BriefError('browser').
  const pdf = await printer.print(brief.html, options).catch((e: unknown) => {
    if (e instanceof BriefError && e.kind !== 'browser') throw e;
    return printer.print(brief.html, options);
  });
  return setPdfMetadata(pdf, {
    title: `Rotation Brief, ${long}: ${brief.headline}`,
    author: brief.author ?? 'rotation-brief',
    subject: `Small-cap vs large-cap rotation statistics as of the New York close of ${long}`,
    keywords: ['Russell 2000', 'S&P 500', 'small caps', 'rotation', date],
    creator: o.generator,
    asOf: sessionCloseTime(date).toJSDate(),
  });
}

/**
 * Print `brief` with `printer` (if any) and collect the folder's files. The print is sent first,
 * and stats.json and summary.json are laid out while Chromium loads and prints the HTML.
 */
export async function briefFiles(
  brief: RenderedBrief,
  printer: PdfPrinter | null,
  o: PrintSettings,
  date: string,
): Promise<{ files: Record<string, string | Uint8Array>; error: unknown }> {
  if (!printer) return { files: textFiles(brief), error: null };
  const printing = printedPdf(brief, printer, o, date).then(
    (pdf) => ({ pdf }),
    (error: unknown) => ({ error }),
  );
  // One turn of the event loop: the page has been sent the HTML before the JSON is laid out.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const files = textFiles(brief);
  const printed = await printing;
  if ('error' in printed) {
    const e = printed.error;
    return { files, error: e instanceof BriefError ? e : printingFailed(e) };
  }
  files['brief.pdf'] = printed.pdf;
  return { files, error: null };
}

/** A printing failure that is not already a BriefError (the printer threw something raw). */
function printingFailed(e: unknown): BriefError {
  const message = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
  return new BriefError(
    'browser',
    `printing the PDF failed: ${message}`,
    'a browser failure is retried once; rerun to print the PDF, or rerun with --debug for the cause',
    { cause: e },
  );
}
