/**
 * Printing a self-contained HTML brief to PDF in an already-launched browser.
 * JavaScript is off and every network request is aborted: the HTML carries
 * its styles, fonts and charts inline, so any request is a bug or an
 * injection, and is reported back rather than fetched.
 */
import type { Browser, HTTPRequest, Page, PDFOptions } from 'puppeteer-core';
import { BriefError } from '../errors.js';

/** Paper sizes the brief can be printed on. */
export type Paper = 'a4' | 'letter';

/** What to print around the page body. */
export interface PrintOptions {
  paper: Paper;
  /** Left of the header, e.g. "Rotation brief". */
  headerTitle: string;
  /** Right of the header, e.g. "January 22, 2026"; empty when omitted. */
  headerDate?: string;
  /** Left of the footer (source, disclaimer); "page X of Y" is on the right. */
  footerLeft: string;
}

/** The PDF and the URLs of the requests that were blocked while loading. */
export interface PrintResult {
  pdf: Uint8Array;
  /** Every URL the page tried to fetch, in order; empty for a clean brief. */
  blockedRequests: string[];
}

/** Page margins leaving room for the 8pt header and footer. */
export const PRINT_MARGIN = { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } as const;

/** Escape text for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// Header/footer templates do not inherit the page's CSS: everything inline,
// with an explicit font size (Chromium's default there is tiny).
const BAND_STYLE =
  'box-sizing:border-box;width:100%;padding:0 14mm;margin:0;display:flex;' +
  'justify-content:space-between;align-items:baseline;gap:8mm;' +
  'font-family:Helvetica,Arial,sans-serif;font-size:8pt;color:#555;' +
  '-webkit-print-color-adjust:exact;print-color-adjust:exact;';

/** Header: escaped title on the left, escaped date on the right. */
export function headerTemplate(title: string, date = ''): string {
  return (
    `<div style="${BAND_STYLE}">` +
    `<span>${escapeHtml(title)}</span><span>${escapeHtml(date)}</span></div>`
  );
}

/** Footer: escaped text on the left, "page X of Y" on the right. */
export function footerTemplate(left: string): string {
  return (
    `<div style="${BAND_STYLE}">` +
    `<span>${escapeHtml(left)}</span>` +
    '<span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'
  );
}

const PAPER_FORMAT = { a4: 'A4', letter: 'Letter' } as const satisfies Record<Paper, string>;

/** The `page.pdf()` options for `options`; an unknown paper is a usage error. */
export function pdfOptions(options: PrintOptions): PDFOptions {
  const format = Object.hasOwn(PAPER_FORMAT, options.paper)
    ? PAPER_FORMAT[options.paper]
    : undefined;
  if (format === undefined) {
    throw new BriefError(
      'usage',
      `unknown paper size: ${String(options.paper)}`,
      'use --paper a4 or --paper letter',
    );
  }
  return {
    format,
    printBackground: true,
    preferCSSPageSize: false,
    margin: { ...PRINT_MARGIN },
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options.headerTitle, options.headerDate),
    footerTemplate: footerTemplate(options.footerLeft),
    outline: true,
    tagged: true,
    // document.fonts.ready cannot be evaluated with JavaScript off; the
    // 'load' event that setContent waits for already covers inline fonts.
    waitForFonts: false,
  };
}

/** Requests that never touch the network (inline resources) are allowed. */
function isInline(url: string): boolean {
  return url.startsWith('data:') || url === 'about:blank';
}

/**
 * Abort every request but inline ones, recording the URLs in `blocked`.
 * Chromium sends `data:` URLs (inline images, fonts) through interception
 * too, so they must be let through explicitly.
 */
async function blockRequests(page: Page, blocked: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const settled = isInline(url) ? request.continue() : request.abort('blockedbyclient');
    if (!isInline(url)) blocked.push(url);
    // The page may close before Chromium hears back; that is not an error.
    settled.catch(() => undefined);
  });
}

function printFailure(cause: unknown): BriefError {
  if (cause instanceof BriefError) return cause;
  const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  return new BriefError(
    'browser',
    `printing the PDF failed: ${message}`,
    'the HTML brief was still written; open it in a browser to check it, or rerun with --debug',
    { cause },
  );
}

/**
 * Print `html` to PDF in a new page of `browser` (closed afterwards).
 *
 * The page has JavaScript disabled, print media emulated and request
 * interception on: every request except inline `data:` URLs is aborted and
 * its URL returned in `blockedRequests` (nothing is logged; the caller
 * decides whether that is an error). Printing failures become
 * `BriefError('browser')`; an unknown paper size is `BriefError('usage')`.
 */
export async function printPdf(
  browser: Browser,
  html: string,
  options: PrintOptions,
): Promise<PrintResult> {
  const blockedRequests: string[] = [];
  let page: Page | undefined;
  try {
    page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await blockRequests(page, blockedRequests);
    await page.emulateMediaType('print');
    await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
    const pdf = await page.pdf(pdfOptions(options));
    return { pdf, blockedRequests };
  } catch (cause) {
    throw printFailure(cause);
  } finally {
    await page?.close().catch(() => undefined);
  }
}
