/**
 * The FLOOR of a brief: the least a process can do to turn the brief's HTML into a PDF with the
 * same Chromium. It launches the browser exactly as the CLI does (`launchBrowser`, so the same
 * executable, `chromiumArgs` flags, headless mode and env), loads the HTML into a page (the tab
 * Chromium opened at launch, as the CLI's prewarmPage uses) with the same header and footer
 * bands (`withPageBands`), prints it with the same `pdfOptions`, writes the file, ends the
 * browser as the CLI does (`end()`: killed, its profile thrown away) and exits. No data,
 * statistics, charts, templates, request interception or PDF metadata: whatever the brief takes
 * beyond this is overhead of ours.
 *
 * Bundled by scripts/bench/buildFloor.ts and run as a child process (timed from process start):
 *   node floor.mjs <brief.html> <out-dir> [--count N] [--jobs J] [--date YYYY-MM-DD]
 * With --count N it prints the HTML N times, J pages at a time, in one browser: the floor of a
 * backfill of N briefs with --jobs J. Last line on stdout:
 *   FLOOR {"launchedMs":..,"printedMs":..,"count":N}
 * (performance.now(), i.e. ms since the process started: browser up, last PDF written).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_DEADLINES } from '../../src/deliver/browser/deadline.js';
import { findBrowser } from '../../src/deliver/findBrowser.js';
import { launchBrowser } from '../../src/deliver/launchBrowser.js';
import { launchTab, pdfOptions, withPageBands } from '../../src/deliver/printPdf.js';

function option(name: string, fallback: string): string {
  const k = process.argv.indexOf(name);
  return k > 0 ? (process.argv[k + 1] ?? fallback) : fallback;
}

const [htmlFile, outDir] = process.argv.slice(2);
if (!htmlFile || !outDir) {
  process.stderr.write(
    'usage: floor.mjs <brief.html> <out-dir> [--count N] [--jobs J] [--date YYYY-MM-DD]\n',
  );
  process.exit(2);
}
const count = Number(option('--count', '1'));
const jobs = Number(option('--jobs', '1'));
const date = option('--date', '2026-08-21');
const long = new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
// The same header and footer text as src/cli/briefFiles.ts, so the bands cost the same.
const print = {
  paper: 'a4' as const,
  headerTitle: 'Rotation Brief',
  headerDate: long,
  footerLeft: `Rotation Brief for ${long} · sources in the notes`,
};
const options = pdfOptions(print);

const [html, launched] = await Promise.all([
  // The document as the CLI prints it: the brief's HTML with its header and footer bands.
  readFile(htmlFile, 'utf8').then((text) => withPageBands(text, print)),
  launchBrowser(findBrowser(process.env, existsSync), {
    env: process.env,
    isRoot: process.getuid?.() === 0,
    tmpDir: tmpdir(),
    ownerPid: process.pid,
    deadlines: DEFAULT_DEADLINES,
  }),
]);
const browser = launched.browser;
const blank = await launchTab(browser);
const launchedMs = performance.now();
await mkdir(outDir, { recursive: true });
try {
  let next = 0;
  // One page per worker, kept for all its prints (as the CLI's page pool does); the first
  // worker's is the launch tab.
  const worker = async (w: number): Promise<void> => {
    const page = w === 0 && blank ? blank : await browser.newPage();
    while (next < count) {
      const k = next++;
      await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
      const pdf = await page.pdf(options);
      await writeFile(path.join(outDir, count === 1 ? 'brief.pdf' : `floor-${k}.pdf`), pdf);
    }
  };
  const workers = Math.max(1, Math.min(jobs, count));
  await Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
  process.stdout.write(
    `FLOOR ${JSON.stringify({ launchedMs, printedMs: performance.now(), count })}\n`,
  );
} finally {
  await launched.end(); // as the CLI ends it (runBrief.ts): killed, profile removed off-thread
}
