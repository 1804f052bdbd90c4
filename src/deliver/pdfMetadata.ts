/**
 * Document metadata of a printed brief (title, author, subject, keywords, dates), written with
 * pdf-lib. Chromium only sets the title from <title>; readers and archives want the rest.
 * Dates are the brief's as-of close, not the clock, so reprinting the same brief gives the same
 * metadata.
 */

export interface PdfMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly creator: string;
  /** The brief's as-of instant (the session's close). */
  readonly asOf: Date;
}

/** Return the PDF with its information dictionary set; the page content is untouched. */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib'); // ~0.2 s to load: only when a PDF is made
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords([...meta.keywords]);
  doc.setCreator(meta.creator);
  doc.setProducer(`${meta.creator} (Chromium, pdf-lib)`);
  doc.setCreationDate(meta.asOf);
  doc.setModificationDate(meta.asOf);
  return doc.save({ useObjectStreams: false });
}
