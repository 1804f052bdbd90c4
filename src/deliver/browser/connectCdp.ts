/**
 * Connecting puppeteer to the Chromium we started, over the Chrome DevTools Protocol.
 *
 * `puppeteer.connect({ transport })` hands a CDP connection to `_connectToCdpBrowser`; importing
 * puppeteer-core's main entry to get there also loads its launchers, browser downloader,
 * WebDriver BiDi and their dependencies (~0.2 s of module loading on the run's one busy core).
 * The CDP connector alone is about a sixth of that. It is reached through puppeteer-core's
 * `internal/*` export, so the pinned version (package.json) is the one it was checked against:
 * the printing tests exercise it on every run.
 *
 * puppeteer's file-system hooks (`path` options of page.pdf and screenshots, screencasts) are
 * left unset, so they throw: the printer hands PDFs back as bytes and writes nothing itself.
 */
import type { Browser, ConnectionTransport } from 'puppeteer-core';

/** Open puppeteer's `Browser` over `transport` (a CDP pipe), with `protocolTimeout` ms per call. */
export async function connectCdp(
  transport: ConnectionTransport,
  protocolTimeout: number,
): Promise<Browser> {
  const { _connectToCdpBrowser } = await import('puppeteer-core/internal/cdp/BrowserConnector.js');
  const browser = await _connectToCdpBrowser(transport, '', { transport, protocolTimeout });
  // The same class as the public `Browser`; the package declares it twice (its rolled-up public
  // types and the per-file internal ones), so TypeScript sees two unrelated private fields.
  return browser as unknown as Browser;
}
