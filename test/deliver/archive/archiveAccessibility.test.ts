/**
 * The archive's pages as a reader's browser shows them: two briefs built by the CLI (no PDF),
 * then reports/index.html and the year page (latest.html only redirects to the brief) loaded from disk in the system Chromium
 * at 390 and 1280 px. axe-core must find no serious or critical violation, and no page may
 * scroll sideways on a phone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../../src/deliver/launchBrowser.js';
import { runCli } from '../../helpers/cliHarness.js';
import { axeFindings, seriousOrCritical } from '../../helpers/axe.js';
import { CHROMIUM, launchContext, scratchTmp } from '../browser/chromiumHarness.js';

const out = mkdtempSync(path.join(tmpdir(), 'archive-a11y-'));
const tmp = scratchTmp();
let launched: LaunchedBrowser | null = null;

beforeAll(async () => {
  for (const date of ['2026-01-21', '2026-01-22']) {
    const r = await runCli(['--date', date, '--no-pdf', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
  }
  launched = await launchBrowser(CHROMIUM, launchContext(tmp));
}, 120_000);

afterAll(async () => {
  await launched?.browser.close();
  await launched?.exited;
  rmSync(out, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

describe.each(['index.html', '2026/index.html'])('the archive page %s', (page) => {
  it.each([390, 1280])(
    'at %i px: no serious or critical axe finding, no sideways scroll',
    async (width) => {
      const p = await (launched as LaunchedBrowser).browser.newPage();
      await p.setJavaScriptEnabled(true); // for axe, in this test page only
      await p.setViewport({ width, height: 900 });
      await p.goto(pathToFileURL(path.join(out, page)).href, { waitUntil: 'load' });
      const scroll = await p.evaluate(() => document.documentElement.scrollWidth);
      const found = await axeFindings(p);
      await p.close();
      if (found.length > 0) console.info(`axe-core on ${page} at ${width} px`, found);
      expect(seriousOrCritical(found)).toEqual([]);
      expect(scroll).toBeLessThanOrEqual(width);
    },
  );
});
