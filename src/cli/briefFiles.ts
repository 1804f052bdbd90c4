/**
 * The files of one brief's folder: brief.html, stats.json, summary.json and, when a printer is
 * given, brief.pdf with its metadata. A printing failure is returned, not thrown, so the caller
 * still writes the HTML.
 */
import { sessionCloseTime } from '../calendar/index.js';
import type { PdfPrinter } from '../deliver/pdfPrinter.js';
import { setPdfMetadata } from '../deliver/pdfMetadata.js';
import { formatLongDate } from '../render/format.js';
import type { RenderedBrief } from '../render/renderBrief.js';

export interface PrintSettings {
  readonly paper: 'a4' | 'letter';
  readonly generator: string;
}

/** Print `brief` with `printer` (if any) and collect the folder's files. */
export async function briefFiles(
  brief: RenderedBrief,
  printer: PdfPrinter | null,
  o: PrintSettings,
  date: string,
): Promise<{ files: Record<string, string | Uint8Array>; error: unknown }> {
  const files: Record<string, string | Uint8Array> = {
    'brief.html': brief.html,
    'stats.json': brief.statsJson,
    'summary.json': brief.summaryJson,
  };
  if (!printer) return { files, error: null };
  try {
    const long = formatLongDate(date);
    const pdf = await printer.print(brief.html, {
      paper: o.paper,
      headerTitle: 'Rotation Brief',
      headerDate: long,
      footerLeft: `Rotation Brief for ${long} · figures in stats.json`,
    });
    files['brief.pdf'] = await setPdfMetadata(pdf, {
      title: `Rotation Brief, ${long}: ${brief.headline}`,
      author: brief.author ?? 'rotation-brief',
      subject: `Small-cap vs large-cap rotation statistics as of the New York close of ${long}`,
      keywords: ['Russell 2000', 'S&P 500', 'small caps', 'rotation', date],
      creator: o.generator,
      asOf: sessionCloseTime(date).toJSDate(),
    });
    return { files, error: null };
  } catch (e) {
    return { files, error: e };
  }
}
