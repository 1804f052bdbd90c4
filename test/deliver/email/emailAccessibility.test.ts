/**
 * The email's HTML part as a reader's client shows it: taken from a real message (dry run,
 * parsed with mailparser), its `cid:` images swapped for the attached PNGs, loaded in the system
 * Chromium at 600 px wide. axe-core (JavaScript is on in this test page only: the printing path
 * keeps it off) must find no serious or critical violation. The screenshot is checked for size
 * and, when ROTATION_BRIEF_EMAIL_SCREENSHOT names a file, copied there for a human to look at.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../../src/deliver/email/emailCharts.js';
import { emailBrief } from '../../../src/deliver/email/emailBrief.js';
import { launchBrowser, type LaunchedBrowser } from '../../../src/deliver/launchBrowser.js';
import { REPO } from '../../helpers/cliHarness.js';
import { CHROMIUM, launchContext, scratchTmp } from '../browser/chromiumHarness.js';
import { buildTestBrief } from './briefFixture.js';
import { axeFindings, seriousOrCritical } from '../../helpers/axe.js';
import { testFx } from './emailTestFx.js';

let root = '';
let html = '';
let launched: LaunchedBrowser | null = null;
const tmp = scratchTmp();

/** The HTML part of a dry-run message, its inline images as data: URLs (as a client shows them). */
async function emailHtml(): Promise<string> {
  const b = await buildTestBrief('2026-01-22');
  root = b.root;
  // The brief's own summary.json: its real lead and bottom line.
  const summary = JSON.parse(readFileSync(path.join(b.dir, 'summary.json'), 'utf8'));
  expect(summary.lead).toMatch(/14th straight session/);
  const r = await emailBrief(
    {
      briefDir: b.dir,
      templatesDir: path.join(REPO, 'templates'),
      dryRun: true,
      outboxDir: path.join(root, 'outbox'),
      env: {
        ROTATION_BRIEF_MAIL_FROM: 'Rotation Brief <brief@rotation.example>',
        ROTATION_BRIEF_MAIL_TO: 'ana@example.com',
        ROTATION_BRIEF_SITE_URL: 'https://briefs.example.net/rotation/',
        ROTATION_BRIEF_UNSUBSCRIBE_URL: 'https://rotation.example/unsubscribe',
      },
    },
    testFx().fx,
  );
  const mail = await simpleParser(readFileSync((r as { file: string }).file), {
    keepCidLinks: true,
  });
  let out = mail.html as string;
  for (const a of mail.attachments.filter((x) => x.cid))
    out = out.replaceAll(`cid:${a.cid}`, `data:image/png;base64,${a.content.toString('base64')}`);
  return out;
}

beforeAll(async () => {
  html = await emailHtml();
  launched = await launchBrowser(CHROMIUM, launchContext(tmp));
}, 120_000);

afterAll(async () => {
  await launched?.browser.close();
  await launched?.exited;
  rmSync(root, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

async function openEmail(browser: Browser, width = 600) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(true); // for axe, in this test page only
  await page.setViewport({ width, height: 900 });
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

describe('the email body in Chromium', () => {
  it('has no serious or critical axe-core violation', async () => {
    const page = await openEmail((launched as LaunchedBrowser).browser);
    const summary = await axeFindings(page);
    await page.close();
    if (summary.length > 0) console.info('axe-core on the email body', summary);
    expect(seriousOrCritical(summary)).toEqual([]);
  });

  it('shows the charts and fits a 600 px window (screenshot)', async () => {
    const page = await openEmail((launched as LaunchedBrowser).browser);
    const images = await page.$$eval('img', (imgs) =>
      imgs.map((i) => ({ loaded: i.complete && i.naturalWidth > 0, width: i.clientWidth })),
    );
    // 600 px window - 2 x 14 px inside the card = 572 px, above the 450 px at most.
    expect(images).toEqual([
      { loaded: true, width: 450 },
      { loaded: true, width: 450 },
    ]);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(600);
    const shot = path.join(tmp, 'email-body.png');
    // Bytes back, written here: the printer's puppeteer has no file-system hooks (connectCdp.ts).
    writeFileSync(shot, await page.screenshot({ fullPage: true }));
    await page.close();
    expect(pngSize(readFileSync(shot)).width).toBe(600);
    const keep = process.env.ROTATION_BRIEF_EMAIL_SCREENSHOT;
    if (keep) copyFileSync(shot, keep);
  });

  it('shows the charts on a 390 px phone no smaller than drawn: their text stays at 11 px', async () => {
    // The charts are drawn 360 px wide with 11 px text. 390 px - 2 x 14 px inside the card =
    // 362 px shown (before: 390 - 2 x 8 - 2 x 24 = 326 px, text scaled to 11 x 326 / 360 = 10 px).
    const page = await openEmail((launched as LaunchedBrowser).browser, 390);
    const widths = await page.$$eval('img', (imgs) => imgs.map((i) => i.clientWidth));
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.close();
    expect(widths).toHaveLength(2);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(360);
    expect(scrollWidth).toBeLessThanOrEqual(390);
  });
});
