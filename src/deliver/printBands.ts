/**
 * The header and footer bands of a printed brief, drawn by the document itself: CSS page-margin
 * boxes (`@page { @top-left { content: ... } }`, Chromium 131 and later) in a `<style>` added to
 * the HTML at print time. Chromium's own header and footer templates (`displayHeaderFooter`)
 * render as a separate little document for every band of every page, each declaring the font
 * again: about a fifth of a brief's print time. Margin boxes are laid out with the page, in the
 * document's own Inter faces (the brief's stylesheet declares them).
 */
import { createHash } from 'node:crypto';
import { FONT_FAMILY } from '../render/fontCss.js';

/** What the bands show. */
export interface PageBands {
  /** Left of the header, e.g. "Rotation Brief". */
  readonly headerTitle: string;
  /** Right of the header, e.g. "August 21, 2026"; empty when omitted. */
  readonly headerDate?: string | undefined;
  /** Left of the footer; "page X of Y" is on the right. */
  readonly footerLeft: string;
}

/**
 * `text` as a CSS string literal: a backslash, a quote, a control character and `<` are written
 * as hexadecimal escapes, so the literal can neither end early nor close its `<style>` element.
 */
export function cssString(text: string): string {
  const escaped = text.replace(
    /[\\"<>\u0000-\u001f\u007f\u2028\u2029]/g,
    (c) => `\\${c.charCodeAt(0).toString(16)} `,
  );
  return `"${escaped}"`;
}

// !important: the bands' text comes from the run, not the template; a template's plain margin-box
// rules do not replace their text, font or colour. (A template set on hiding them can still do
// it, e.g. with !important rules in a cascade layer or visibility: templates are the editor's.)
const BAND = `font:400 8pt/1.2 ${FONT_FAMILY},sans-serif!important;color:#555!important`;

/** The CSS of the bands: title and date above the page, text and "page X of Y" below it. */
export function pageBandsCss(bands: PageBands): string {
  const box = (where: string, content: string) => `@${where}{content:${content}!important;${BAND}}`;
  return (
    '@page{' +
    box('top-left', cssString(bands.headerTitle)) +
    box('top-right', cssString(bands.headerDate ?? '')) +
    box('bottom-left', cssString(bands.footerLeft)) +
    box('bottom-right', '"page " counter(page) " of " counter(pages)') +
    '}'
  );
}

/**
 * The mark of the bands' `<style>` in the printed `html`: derived from the HTML itself, so a
 * template cannot plant an element that passes for it (browser/checkPageBands.ts checks that
 * the marked style was parsed as a style sheet).
 */
export function bandsMark(html: string): string {
  return createHash('sha256').update(html).digest('hex').slice(0, 16);
}

/**
 * `html` with the bands' `<style>` added at its end (a style after `</html>` is parsed into the
 * body and applies to the whole document, whatever the template's head holds), marked with
 * {@link bandsMark}.
 */
export function withPageBands(html: string, bands: PageBands): string {
  return `${html}<style data-bands="${bandsMark(html)}">${pageBandsCss(bands)}</style>`;
}
