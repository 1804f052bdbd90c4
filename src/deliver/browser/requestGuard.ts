/**
 * Keeping a page that is being printed from fetching anything, and noticing
 * when it tries. Three layers, because each misses something:
 * - request interception aborts every request but inline `data:` ones, and
 *   every navigation of the page itself (a `<meta http-equiv=refresh>`);
 * - the DevTools Network domain also reports requests interception never
 *   sees (`<link rel=prefetch>`, `modulepreload`, `file:` images);
 * - markup that connects without a request (`preconnect`, `dns-prefetch`)
 *   or navigates (`refresh`, even to a `data:` URL Chromium then refuses) is
 *   found in the loaded document.
 * The browser itself cannot reach any host (see chromiumArgs.ts), so this is
 * about reporting: any entry fails the brief.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';

/** URLs that never touch the network or the disk. */
export function isInline(url: string): boolean {
  return url.startsWith('data:') || url === 'about:blank';
}

/** `<link rel>` values that fetch, connect or resolve something. */
export const FETCHING_LINK_RELS: readonly string[] = [
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'preload',
  'modulepreload',
  'prerender',
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'manifest',
];

const MARKUP_SELECTOR = [
  ...FETCHING_LINK_RELS.map((rel) => `link[href][rel~="${rel}" i]`),
  'meta[http-equiv="refresh" i]',
].join(', ');

/** The URLs (and markup) a page tried to reach, first seen first, each once. */
export class RequestLog {
  readonly #entries: string[] = [];

  /** Record `entry` unless already recorded. */
  add(entry: string): void {
    if (!this.#entries.includes(entry)) this.#entries.push(entry);
  }

  entries(): string[] {
    return [...this.#entries];
  }

  /** Forget every entry (a reused page starts its next print with an empty log). */
  clear(): void {
    this.#entries.length = 0;
  }
}

function onRequest(page: Page, log: RequestLog, request: HTTPRequest): void {
  if (request.isInterceptResolutionHandled()) return;
  const url = request.url();
  const navigatesPage = request.isNavigationRequest() && request.frame() === page.mainFrame();
  const allowed = isInline(url) && !navigatesPage;
  if (!allowed) log.add(url);
  const settled = allowed ? request.continue() : request.abort('blockedbyclient');
  // The page may close before Chromium hears back; that is not an error.
  settled.catch(() => undefined);
}

/**
 * Turn on interception and Network reporting for `page`, recording into
 * `log`. Chromium sends `data:` URLs (inline images, fonts) through
 * interception too, so they are let through explicitly.
 */
export async function guardRequests(page: Page, log: RequestLog): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => onRequest(page, log, request));
  const session = await page.createCDPSession();
  session.on('Network.requestWillBeSent', (event) => {
    if (!isInline(event.request.url)) log.add(event.request.url);
  });
  await session.send('Network.enable');
}

/**
 * Record the fetching `<link>`s (by resolved URL) and refresh `<meta>`s of
 * the loaded document. Runs through DevTools, so it works with the page's
 * JavaScript off.
 */
export async function recordFetchingMarkup(page: Page, log: RequestLog): Promise<void> {
  const found = await page.$$eval(MARKUP_SELECTOR, (elements) =>
    elements.map((element) =>
      element instanceof HTMLLinkElement
        ? element.href
        : `<meta http-equiv="refresh" content="${element.getAttribute('content') ?? ''}">`,
    ),
  );
  for (const entry of found) if (!isInline(entry)) log.add(entry);
  const url = page.mainFrame().url();
  if (url !== 'about:blank') log.add(url);
}
