/**
 * Where text sits on each page of a PDF (pdfjs-dist): how far down the body's text reaches and
 * the body's last line, to test that no page is left mostly blank by a block pushed to the next
 * page and that no heading ends a page. The body is the page minus the print margins
 * (src/deliver/printPdf.ts PRINT_MARGIN: 16 mm top and bottom), where the header and footer sit.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page's body: the share of its height that text reaches (0-1) and its last line. */
export interface PageBody {
  readonly fill: number;
  readonly lastLine: string;
}

const MARGIN_PT = (16 / 25.4) * 72;

type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;

/** Open `bytes` with pdfjs (no eval), run `use` on the document, then destroy it. */
async function withPdf<T>(bytes: Uint8Array, use: (doc: PdfDoc) => Promise<T>): Promise<T> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    return await use(doc);
  } finally {
    await doc.destroy();
  }
}

/** The body of every page of `bytes`. */
export async function pageBodies(bytes: Uint8Array): Promise<PageBody[]> {
  return withPdf(bytes, async (doc) => {
    const out: PageBody[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { height } = page.getViewport({ scale: 1 });
      const lines = new Map<number, string>();
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const y = Math.round(item.transform[5] as number); // from the page's bottom, in pt
        if (y < MARGIN_PT || y > height - MARGIN_PT) continue;
        lines.set(y, `${lines.get(y) ?? ''} ${item.str}`.trim());
      }
      const lowest = Math.min(...lines.keys());
      const body = height - 2 * MARGIN_PT;
      out.push({
        fill: lines.size === 0 ? 0 : (height - MARGIN_PT - lowest) / body,
        lastLine: lines.get(lowest) ?? '',
      });
    }
    return out;
  });
}

/**
 * Where the first text item containing `needle` starts: its page (1-based), x, y (from the page's
 * foot, as PDF measures) and the page width (pt).
 */
export async function textStart(
  bytes: Uint8Array,
  needle: string,
): Promise<{ page: number; x: number; y: number; width: number } | null> {
  return withPdf(bytes, async (doc) => {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width } = page.getViewport({ scale: 1 });
      for (const item of (await page.getTextContent()).items)
        if ('str' in item && item.str.includes(needle))
          return { page: n, x: item.transform[4] as number, y: item.transform[5] as number, width };
    }
    return null;
  });
}
