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

function faceRule(face: Face): string {
  return (
    `@font-face{font-family:${FONT_FAMILY};font-style:normal;font-weight:${face.weight};` +
    `font-display:block;src:url(data:font/woff2;base64,${face.woff2}) format('woff2');}`
  );
}

/** @font-face rules of every face, one a line. Pure. */
export function fontFaceCss(): string {
  return INTER_SUBSET.faces.map(faceRule).join('\n');
}
