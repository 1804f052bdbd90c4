/**
 * Reusing printing pages (real Chromium): a clean print gives its page back and the next print
 * uses it, printing its own HTML with an empty request log; a print that tried to reach
 * something, or failed, closes its page.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PagePool, type GuardedPage } from '../../src/deliver/browser/pagePool.js';
import { RequestLog } from '../../src/deliver/browser/requestGuard.js';
import { launchBrowser, type LaunchedBrowser } from '../../src/deliver/launchBrowser.js';
import { printPdf } from '../../src/deliver/printPdf.js';
import { readPdf } from '../helpers/pdfText.js';
import {
  CHROMIUM,
  launchContext,
  PRINT,
  scratchTmp,
  TEST_DEADLINES,
} from './browser/chromiumHarness.js';

const LIMITS = { deadlines: TEST_DEADLINES, expire: () => undefined };
const brief = (text: string, extra = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8">${extra}</head><body><p>${text}</p></body></html>`;

describe('PagePool', () => {
  const fake = (closed: boolean): GuardedPage => {
    const log = new RequestLog();
    log.add('http://left.over/');
    return { page: { isClosed: () => closed } as GuardedPage['page'], log };
  };

  it('takes the last page given, with its log emptied, and skips closed pages', () => {
    const pool = new PagePool(2);
    const [a, b] = [fake(false), fake(false)];
    expect(pool.give(a)).toBe(true);
    expect(pool.give(fake(true))).toBe(false); // closed: not kept
    expect(pool.give(b)).toBe(true);
    expect(pool.give(fake(false))).toBe(false); // full
    expect(pool.take()).toBe(b);
    expect(b.log.entries()).toEqual([]);
    expect(pool.take()).toBe(a);
    expect(pool.take()).toBeUndefined();
  });
});

describe('PagePool retirement', () => {
  it('refuses a page on its maxUses-th print, so its renderer memory stays bounded', () => {
    const pool = new PagePool(8, 3);
    const page = { page: { isClosed: () => false } as GuardedPage['page'], log: new RequestLog() };
    expect(pool.give(page)).toBe(true); // 1st print
    expect(pool.take()).toBe(page);
    expect(pool.give(page)).toBe(true); // 2nd
    expect(pool.take()).toBe(page);
    expect(pool.give(page)).toBe(false); // 3rd: retired, the caller closes it
    expect(pool.size).toBe(0);
  });
});

describe('printing with a page pool (system Chromium)', () => {
  let launched: LaunchedBrowser;
  let browser: Browser;

  beforeAll(async () => {
    launched = await launchBrowser(CHROMIUM, launchContext(scratchTmp()));
    browser = launched.browser;
  });

  afterAll(async () => {
    await browser?.close();
    await launched?.exited;
  });

  it('reuses one page for successive clean prints, each printing its own HTML', async () => {
    const pool = new PagePool();
    const pagesBefore = (await browser.pages()).length;
    const first = await printPdf(browser, brief('First brief'), PRINT, LIMITS, pool);
    expect(pool.size).toBe(1);
    const second = await printPdf(browser, brief('Second brief'), PRINT, LIMITS, pool);
    expect(pool.size).toBe(1);
    expect((await browser.pages()).length).toBe(pagesBefore + 1);
    expect((await readPdf(first.pdf)).text).toContain('First brief');
    const text = (await readPdf(second.pdf)).text;
    expect(text).toContain('Second brief');
    expect(text).not.toContain('First brief');
  });

  it('closes a page that tried to reach something; the next print starts clean', async () => {
    const pool = new PagePool();
    await printPdf(browser, brief('clean'), PRINT, LIMITS, pool);
    const pagesBefore = (await browser.pages()).length;
    const img = '<link rel="prefetch" href="http://example.com/p">';
    const blocked = await printPdf(browser, brief('blocked', img), PRINT, LIMITS, pool);
    expect(blocked.blockedRequests).toContain('http://example.com/p');
    expect(pool.size).toBe(0);
    expect((await browser.pages()).length).toBe(pagesBefore - 1);
    const next = await printPdf(browser, brief('next'), PRINT, LIMITS, pool);
    expect(next.blockedRequests).toEqual([]);
    expect(pool.size).toBe(1);
  });

  it('closes its page when printing fails', async () => {
    const pool = new PagePool();
    await printPdf(browser, brief('clean'), PRINT, LIMITS, pool);
    const bad = { ...PRINT, paper: 'a3' as 'a4' };
    await expect(printPdf(browser, brief('x'), bad, LIMITS, pool)).rejects.toThrow(/paper/);
    expect(pool.size).toBe(1); // refused before a page was taken
    const pages = (await browser.pages()).length;
    const huge = { ...LIMITS, deadlines: { ...TEST_DEADLINES, pdf: 1 } };
    await expect(printPdf(browser, brief('slow'), PRINT, huge, pool)).rejects.toThrow();
    expect(pool.size).toBe(0);
    expect((await browser.pages()).length).toBe(pages - 1);
  });
});
