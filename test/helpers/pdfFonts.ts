/**
 * Which fonts a PDF draws its text in, read back with pdfjs-dist: per font (by its PostScript
 * name, subset tag removed) whether it is a Type 3 font and the characters drawn in it. A
 * fallback (DejaVu, Liberation) shows up as a font of another name.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfFontUse {
  /** e.g. "Inter-Regular" (the six-letter subset tag "ABCDEF+" removed). */
  name: string;
  type3: boolean;
  /** Every character drawn in this font, sorted, no duplicates. */
  chars: string;
}

interface LoadedFont {
  name?: string;
  isType3Font?: boolean;
}

/** The fonts of `bytes`' text, sorted by name then Type 3 last. */
export async function pdfFonts(bytes: Uint8Array): Promise<PdfFontUse[]> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const uses = new Map<string, { name: string; type3: boolean; chars: Set<string> }>();
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getOperatorList(); // loads the page's fonts into commonObjs
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str === '') continue;
        const font = page.commonObjs.get(item.fontName) as LoadedFont;
        const name = (font.name ?? item.fontName).replace(/^[A-Z]{6}\+/, '');
        const type3 = font.isType3Font === true;
        const key = `${name}/${type3}`;
        const use = uses.get(key) ?? { name, type3, chars: new Set<string>() };
        for (const c of item.str) use.chars.add(c);
        uses.set(key, use);
      }
    }
  } finally {
    await doc.destroy();
  }
  return [...uses.values()]
    .map((u) => ({ name: u.name, type3: u.type3, chars: [...u.chars].sort().join('') }))
    .sort((a, b) => a.name.localeCompare(b.name) || Number(a.type3) - Number(b.type3));
}
