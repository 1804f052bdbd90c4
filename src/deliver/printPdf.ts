/**
 * Printing a self-contained HTML brief to PDF in an already-launched browser.
 * JavaScript is off and every network request is aborted: the HTML carries
 * its styles, fonts and charts inline, so any request is a bug or an
 * injection, and is reported back rather than fetched.
 */
import type { Browser, Page, PDFOptions } from 'puppeteer-core';
import { BriefError } from '../errors.js';
import { withDeadline, type BrowserDeadlines } from './browser/deadline.js';
import type { GuardedPage, PagePool } from './browser/pagePool.js';
import { guardRequests, recordFetchingMarkup, RequestLog } from './browser/requestGuard.js';
import { withPageBands, type PageBands } from './printBands.js';
import { checkPageBands } from './browser/checkPageBands.js';

export { pageBandsCss, withPageBands } from './printBands.js';

/** Paper sizes the brief can be printed on. */
export type Paper = 'a4' | 'letter';

/** The paper, and what to print around the page body (see printBands.ts). */
export interface PrintOptions extends PageBands {
  paper: Paper;
}

/** The PDF and what the page tried to reach while loading and printing. */
export interface PrintResult {
  pdf: Uint8Array;
  /**
   * Every URL the page tried to fetch or connect to (and any refresh
   * `<meta>`), first seen first; empty for a clean brief.
   */
  blockedRequests: string[];
}

/** Page margins, where the 8pt header and footer bands are drawn. */
export const PRINT_MARGIN = { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } as const;

const PAPER_FORMAT = { a4: 'A4', letter: 'Letter' } as const satisfies Record<Paper, string>;

/**
 * The `page.pdf()` options for `options`; an unknown paper is a usage error. The header and
 * footer are not among them: the document draws them (`withPageBands`, printBands.ts).
 */
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
    displayHeaderFooter: false,
    outline: true,
    tagged: true,
    // document.fonts.ready cannot be evaluated with JavaScript off; the
    // 'load' event that setContent waits for already covers inline fonts.
    waitForFonts: false,
  };
}

/** The error for a page that tried to reach `blocked` (URLs or markup); the brief's fault. */
export function externalResourceError(blocked: readonly string[]): BriefError {
  return new BriefError(
    'template',
    `the brief tried to load ${blocked.length} external resource(s), e.g. ${blocked[0]}`,
    'a brief must be self-contained; check the templates and notes for external URLs',
  );
}

/**
 * The error for a print that failed with `cause`. A page that tried to
 * reach something is at fault whatever broke next (a refresh tears the
 * document down mid-print): that is reported rather than the breakage.
 */
function printFailure(cause: unknown, blocked: readonly string[]): BriefError {
  if (blocked.length > 0 && !(cause instanceof BriefError && cause.kind === 'usage')) {
    return externalResourceError(blocked);
  }
  if (cause instanceof BriefError) return cause;
  const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  return new BriefError(
    'browser',
    `printing the PDF failed: ${message}`,
    'open the HTML brief in a browser to check it, or rerun with --debug',
    { cause },
  );
}

/** Deadlines of one print and what to do when one passes (kill the browser). */
export interface PrintLimits {
  deadlines: Pick<BrowserDeadlines, 'setContent' | 'pdf' | 'close'>;
  /** Called, synchronously, when a deadline passes; should kill the browser. */
  expire: () => void;
}

/**
 * A page with JavaScript off, requests guarded and print media; closed again on failure. `blank`
 * is the tab Chromium opened at launch, used instead of a new one (one target fewer to create).
 */
async function openGuardedPage(browser: Browser, log: RequestLog, blank?: Page): Promise<Page> {
  const page = blank ?? (await browser.newPage());
  try {
    await page.setJavaScriptEnabled(false);
    await guardRequests(page, log);
    await page.emulateMediaType('print');
    return page;
  } catch (cause) {
    await page.close().catch(() => undefined);
    throw cause;
  }
}

/** Close `page` within the close deadline; a page that will not close takes the browser down. */
async function closePage(page: Page | undefined, limits: PrintLimits): Promise<void> {
  if (page === undefined) return;
  const closing = page.close();
  await withDeadline(closing, 'closing a page', limits.deadlines.close, limits.expire).catch(
    () => undefined,
  );
}

/** The tab Chromium opened at launch, while it is still blank (undefined once used or gone). */
export async function launchTab(browser: Browser): Promise<Page | undefined> {
  return (await browser.pages()).find((p) => p.url() === 'about:blank');
}

/**
 * Print `html` on `page` and throw the PDF away: Chromium decodes the document's fonts and sets
 * up its PDF pipeline while the brief is computed, so the brief's own print, on the same page,
 * takes less time (about 60 to 100 ms of a 250 ms print on a 2-core machine). `html` is ours (the
 * embedded fonts, never a template's), and anything it tried to reach is not the brief's: the
 * pool clears the page's request log when the print takes the page (pagePool.ts).
 */
async function warmUpPrint(page: Page, html: string, limits: PrintLimits): Promise<void> {
  const printing = page
    .setContent(html, { waitUntil: 'load', timeout: 0 })
    .then(() =>
      page.pdf({ ...pdfOptions({ paper: 'letter', headerTitle: '', footerLeft: '' }), timeout: 0 }),
    );
  await withDeadline(printing, 'warming up the printer', limits.deadlines.pdf, limits.expire);
}

/**
 * Open a printing page in `browser` ahead of the first print and put it in `pool`, so the print
 * itself only loads and prints: the CLI does this while the brief is computed. The tab Chromium
 * opened at launch is used when it is still blank. With `warmUp`, a document is printed on it
 * first and the result discarded ({@link warmUpPrint}). Fails (leaving the pool as it was, the
 * page closed) past the page deadline or when the warm-up print fails.
 */
export async function prewarmPage(
  browser: Browser,
  pool: PagePool,
  limits: PrintLimits,
  warmUp?: string,
): Promise<void> {
  const log = new RequestLog();
  const opening = launchTab(browser).then((blank) => openGuardedPage(browser, log, blank));
  const page = await withDeadline(
    opening,
    'opening a page',
    limits.deadlines.setContent,
    limits.expire,
  );
  if (warmUp !== undefined) {
    try {
      await warmUpPrint(page, warmUp, limits);
    } catch (error) {
      await closePage(page, limits);
      throw error;
    }
  }
  pool.prime({ page, log });
}

/**
 * Print `html` to PDF in a new page of `browser` (closed afterwards), or in an idle page of
 * `pool`, given back to it after a clean print (see pagePool.ts).
 *
 * The page has JavaScript disabled, print media emulated and every request
 * but inline `data:` URLs aborted (see requestGuard.ts); everything it
 * tried to reach is returned in `blockedRequests` (nothing is logged; the
 * caller decides whether that is an error). Opening the page and loading the
 * HTML must finish within `deadlines.setContent`, printing within
 * `deadlines.pdf`; past either, `limits.expire()` is called and the print
 * fails with `BriefError('browser')` naming the step. Other printing
 * failures become `BriefError('browser')`, or {@link externalResourceError}
 * when the page had tried to reach something; an unknown paper size is
 * `BriefError('usage')`.
 */
export async function printPdf(
  browser: Browser,
  html: string,
  options: PrintOptions,
  limits: PrintLimits,
  pool?: PagePool,
): Promise<PrintResult> {
  const pdfSettings = { ...pdfOptions(options), timeout: 0 }; // a usage error takes no page
  let guarded: GuardedPage | undefined = pool?.take();
  const log = guarded?.log ?? new RequestLog();
  const { deadlines, expire } = limits;
  try {
    if (guarded === undefined) {
      const opening = openGuardedPage(browser, log);
      guarded = {
        page: await withDeadline(opening, 'opening a page', deadlines.setContent, expire),
        log,
      };
    }
    const opened = guarded.page;
    const loading = opened.setContent(withPageBands(html, options), {
      waitUntil: 'load',
      timeout: 0,
    });
    await withDeadline(loading, 'loading the HTML', deadlines.setContent, expire);
    const checking = recordFetchingMarkup(opened, log).then(() => checkPageBands(opened, html));
    await withDeadline(checking, 'checking the HTML', deadlines.setContent, expire);
    const printing = opened.pdf(pdfSettings);
    const pdf = await withDeadline(printing, 'printing the PDF', deadlines.pdf, expire);
    const blockedRequests = log.entries();
    if (pool && blockedRequests.length === 0 && pool.give(guarded)) guarded = undefined;
    return { pdf, blockedRequests };
  } catch (cause) {
    throw printFailure(cause, log.entries());
  } finally {
    await closePage(guarded?.page, limits);
  }
}
