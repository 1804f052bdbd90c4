/**
 * Reading a PDF back for tests, with pdfjs-dist's legacy (Node) build: the
 * text of each page, the page sizes, the outline (bookmarks), the document
 * info and whether the file is tagged. Tests compare these: what a reader
 * gets. (Whole PDFs are compared byte for byte only where determinism is the
 * point, test/build/bundle.test.ts.)
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page: its text (items joined, line ends kept) and size in points. */
export interface PdfPage {
  text: string;
  widthPt: number;
  heightPt: number;
}

/** One bookmark, flattened; `depth` 0 is the top level. */
export interface PdfOutlineEntry {
  title: string;
  depth: number;
}

/** Everything a test wants to know about a PDF. */
export interface PdfContent {
  pages: PdfPage[];
  /** All pages' text joined with form feeds, whitespace runs collapsed. */
  text: string;
  outline: PdfOutlineEntry[];
  /** The document information dictionary (Title, Creator, Producer, ...). */
  info: Record<string, unknown>;
  /** True when the catalog's MarkInfo says the PDF is tagged. */
  tagged: boolean;
}

/** Points per millimetre, for comparing page sizes. */
export const PT_PER_MM = 72 / 25.4;

async function readPage(page: PDFPageProxy): Promise<PdfPage> {
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str + (item.hasEOL ? '\n' : '');
  }
  const { width, height } = page.getViewport({ scale: 1 });
  return { text, widthPt: width, heightPt: height };
}

type OutlineNode = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];

function flattenOutline(nodes: OutlineNode[] | null, depth = 0): PdfOutlineEntry[] {
  if (!nodes) return [];
  return nodes.flatMap((node) => [
    { title: node.title, depth },
    ...flattenOutline(node.items as OutlineNode[], depth + 1),
  ]);
}

/** Collapse runs of spaces and tabs and trim each line, for `toContain` checks. */
export function normalizeText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Extract pages, outline, info and tagging from PDF bytes (not modified). */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  // pdfjs transfers the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(await doc.getPage(n)));
    const { info } = await doc.getMetadata();
    const markInfo = await doc.getMarkInfo();
    return {
      pages,
      text: pages.map((p) => normalizeText(p.text)).join('\f'),
      outline: flattenOutline(await doc.getOutline()),
      info: info as Record<string, unknown>,
      tagged: markInfo?.Marked === true,
    };
  } finally {
    await doc.destroy();
  }
}
