/**
 * The brief's one font family, Inter, inlined as woff2 data URLs so the HTML is self-contained
 * and the PDF does not depend on the machine's fonts. The faces are subsets to a fixed character
 * set (fonts/briefCharset.ts), generated into fonts/interSubset.ts by scripts/subsetFonts.ts:
 * Regular (400) and Bold, which serves every weight from 600 up.
 */
import { INTER_SUBSET } from './fonts/interSubset.js';

/** The family name the faces are declared under (templates/brief.css uses it). */
export const FONT_FAMILY = 'Inter';

type Face = (typeof INTER_SUBSET.faces)[number];

function faceRule(face: Face, display: 'block' | 'swap'): string {
  return (
    `@font-face{font-family:${FONT_FAMILY};font-style:normal;font-weight:${face.weight};` +
    `font-display:${display};src:url(data:font/woff2;base64,${face.woff2}) format('woff2');}`
  );
}

/** @font-face rules of every face, one a line. Pure. */
export function fontFaceCss(): string {
  return INTER_SUBSET.faces.map((face) => faceRule(face, 'block')).join('\n');
}

/**
 * The @font-face rule of the regular face alone, for Chromium's header and footer templates:
 * they are separate documents that see none of the page's fonts, and are painted without waiting
 * for a font to load. The face is usable there because the page declared the same data URL,
 * which Chromium has decoded by then; `swap` prints the band in a fallback font rather than not
 * at all should that ever not be so (a page without the brief's fonts).
 */
export function regularFontFaceCss(): string {
  return faceRule(INTER_SUBSET.faces[0], 'swap');
}
