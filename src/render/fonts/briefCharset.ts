/**
 * The characters the brief's font covers: a fixed, documented set, so that every text of the HTML
 * and the PDF (body, charts, header and footer) is drawn in the one embedded family (Inter) and
 * Chromium never falls back to a system font (DejaVu, Liberation) or to Type 3 glyphs.
 *
 * The set is Latin-1 (printable ASCII and U+00A0-U+00FF, less the invisible soft hyphen) plus the
 * typographic symbols a market brief prints: spaces of fixed widths, dashes, curly quotes,
 * daggers, bullet, ellipsis, per mille, primes, superscript digits and signs, the euro and trade
 * mark signs, arrows, the minus sign and a few mathematical symbols (increment, square root,
 * infinity, approximately, not equal, less and greater than or equal) and up/down triangles.
 *
 * The embedded subsets (interSubset.ts) are generated from this set by scripts/subsetFonts.ts;
 * test/render/fontSubset.test.ts checks they cover it and that rendered briefs use nothing else.
 * A character outside the set (in a note, say) prints in a fallback font: add it here and rerun
 * `npm run fonts`.
 */

/** Inclusive code point ranges of the set, in order. */
export const BRIEF_CHARSET_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // printable ASCII
  [0x00a0, 0x00ac], // Latin-1: no-break space .. not sign
  [0x00ae, 0x00ff], // Latin-1: registered sign .. y with diaeresis (U+00AD soft hyphen is invisible)
  [0x2002, 0x2003], // en and em spaces
  [0x2007, 0x200b], // figure, punctuation, thin, hair and zero-width spaces
  [0x2010, 0x2014], // hyphen, non-breaking hyphen, figure dash, en dash, em dash
  [0x2018, 0x201a], // ‘ ’ ‚
  [0x201c, 0x201e], // “ ” „
  [0x2020, 0x2022], // † ‡ •
  [0x2026, 0x2026], // …
  [0x202f, 0x2030], // narrow no-break space, ‰
  [0x2032, 0x2033], // ′ ″
  [0x2039, 0x203a], // ‹ ›
  [0x2044, 0x2044], // ⁄ fraction slash
  [0x2070, 0x2070], // ⁰ (¹ ² ³ are Latin-1)
  [0x2074, 0x207b], // ⁴ ⁵ ⁶ ⁷ ⁸ ⁹ ⁺ ⁻
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2199], // ← ↑ → ↓ ↔ ↕ ↖ ↗ ↘ ↙
  [0x2206, 0x2206], // ∆ increment
  [0x2212, 0x2212], // − minus sign
  [0x221a, 0x221a], // √
  [0x221e, 0x221e], // ∞
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2260], // ≠
  [0x2264, 0x2265], // ≤ ≥
  [0x25b2, 0x25b2], // ▲
  [0x25bc, 0x25bc], // ▼
];

/** Every character of the set, in code point order. */
export function briefCharset(): string {
  let out = '';
  for (const [from, to] of BRIEF_CHARSET_RANGES) {
    for (let cp = from; cp <= to; cp++) out += String.fromCodePoint(cp);
  }
  return out;
}

/** True when `char` (one code point) is in the set. */
export function inBriefCharset(char: string): boolean {
  const cp = char.codePointAt(0);
  return cp !== undefined && BRIEF_CHARSET_RANGES.some(([from, to]) => cp >= from && cp <= to);
}
