/**
 * The header and footer bands of a printed brief: Chromium renders them as separate little
 * documents that inherit nothing from the page (no CSS, no fonts), so everything is inline.
 */
import { FONT_FAMILY, regularFontFaceCss } from '../render/fontCss.js';

/** Escape text for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// Header/footer templates do not inherit the page's CSS or fonts: everything inline, with an
// explicit font size (Chromium's default there is tiny) and the brief's regular face declared
// again, or the bands print in a system font (Helvetica, i.e. DejaVu or Liberation).
const BAND_STYLE =
  'box-sizing:border-box;width:100%;padding:0 14mm;margin:0;display:flex;' +
  'justify-content:space-between;align-items:baseline;gap:8mm;' +
  `font-family:${FONT_FAMILY},sans-serif;font-size:8pt;color:#555;` +
  '-webkit-print-color-adjust:exact;print-color-adjust:exact;';

/** The band's font, declared inside the template (computed once: the data URL is ~19 KB). */
let bandFont: string | undefined;
function bandFontStyle(): string {
  bandFont ??= `<style>${regularFontFaceCss()}</style>`;
  return bandFont;
}

/** Header: escaped title on the left, escaped date on the right. */
export function headerTemplate(title: string, date = ''): string {
  return (
    `${bandFontStyle()}<div style="${BAND_STYLE}">` +
    `<span>${escapeHtml(title)}</span><span>${escapeHtml(date)}</span></div>`
  );
}

/** Footer: escaped text on the left, "page X of Y" on the right. */
export function footerTemplate(left: string): string {
  return (
    `${bandFontStyle()}<div style="${BAND_STYLE}">` +
    `<span>${escapeHtml(left)}</span>` +
    '<span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'
  );
}
