/**
 * (2) One brief end to end, from process start to brief.html and brief.pdf on disk:
 * `node dist/brief.mjs --date 2026-08-21 --out <tmp>`, timed wall-clock as a child process,
 * against (5) the floor: `node floor.mjs <that brief.html>` (launch the same Chromium, print the
 * same HTML with the same options, exit). Brief and floor runs alternate, so a change in the
 * machine's load hits both alike. (4) memory: node's exact peak RSS and the tree's sampled peak.
 * For scale, the floor of a blank page (the same launch and print with no document to speak of):
 * what no document, however light, can go below on this machine.
 *
 * The measured brief runs as the daily job does: its parsed-series cache filled by yesterday's
 * run, and every price file grown by the day's row since (dailyCache.ts). Two other states are
 * reported beside it: no cache at all (a first run, a fresh CI machine) and a rerun on unchanged
 * data (every file cached as it is).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check, info, mb, median, ms, spread, times } from './report.js';
import { runNode, type ChildRun } from './runChild.js';
import { dailyCache } from './dailyCache.js';
import { BRIEF, DATE, briefFolder } from './paths.js';
import type { Inputs } from './snapshot.js';

export interface EndToEnd {
  /** The brief.html every floor run prints (from the warm-up brief). */
  readonly html: string;
  /** Median wall time of a single floor run, ms. */
  readonly floorMs: number;
  /** The reports folder of the warm-up brief (its brief.pdf, brief.html, stats.json). */
  readonly out: string;
}

/**
 * `node <brief.mjs> --date <date> --out <out>`, checked to have written the brief's files; the
 * parsed-series cache off (a first run) unless a cache folder is named.
 */
export async function brief(
  out: string,
  inputs: Inputs,
  date: string = DATE,
  seriesCache?: string,
): Promise<ChildRun> {
  const args = [inputs.brief, '--date', date, '--out', out, ...inputs.args];
  const run = await runNode(args, seriesCache === undefined ? {} : { seriesCache });
  for (const f of ['brief.html', 'brief.pdf', 'stats.json']) {
    if (!existsSync(path.join(briefFolder(out, date), f)))
      throw new Error(`the brief run wrote no ${f} in ${briefFolder(out, date)}`);
  }
  return run;
}

const floor = (floorMjs: string, html: string, out: string): Promise<ChildRun> =>
  runNode([floorMjs, html, out, '--date', DATE]);

export async function benchEndToEnd(
  runs: number,
  work: string,
  inputs: Inputs,
  floorMjs: string,
  log: (line: string) => void,
): Promise<EndToEnd> {
  log(
    `(2) one brief end to end: node ${BRIEF} --date ${DATE} --out <tmp> (the copy taken at start), process start to HTML+PDF on disk`,
  );
  log(
    `(5) floor: node floor.mjs <that brief.html> (same Chromium, flags and pdfOptions; launch, print, exit)`,
  );
  log(
    `    1 warm-up run each, then ${runs} runs each, alternating brief and floor, each pair followed by a blank-page floor`,
  );
  log(
    `    each brief as the daily run meets it: its parsed-series cache filled by yesterday's run, every price file grown by the day's row since`,
  );
  const daily = await dailyCache(work, inputs);
  const warm = path.join(work, 'e2e-warm');
  await brief(warm, inputs);
  const html = path.join(briefFolder(warm), 'brief.html');
  await floor(floorMjs, html, path.join(work, 'floor-warm'));
  const blankHtml = path.join(work, 'blank.html');
  writeFileSync(blankHtml, '<!doctype html><html lang="en"><title>Blank</title><p>.</p></html>\n');
  const b: ChildRun[] = [];
  const f: ChildRun[] = [];
  const blank: ChildRun[] = [];
  for (let k = 0; k < runs; k++) {
    const pair = async (): Promise<void> =>
      void b.push(await brief(path.join(work, `e2e-${k}`), inputs, DATE, daily()));
    const base = async (): Promise<void> =>
      void f.push(await floor(floorMjs, html, path.join(work, `floor-${k}`)));
    if (k % 2 === 0) await pair().then(base);
    else await base().then(pair);
    blank.push(await floor(floorMjs, blankHtml, path.join(work, `blank-${k}`)));
  }
  const bMs = median(b.map((r) => r.wallMs));
  const fMs = median(f.map((r) => r.wallMs));
  const paired = median(b.map((r, k) => r.wallMs / (f[k] as ChildRun).wallMs));
  log(`    brief: median ${ms(bMs)} ${spread(b.map((r) => r.wallMs))}`);
  log(`    floor: median ${ms(fMs)} ${spread(f.map((r) => r.wallMs))}`);
  log(`    floor: ${check('(5) floor, one PDF from process start', fMs, 1000, ms)}`);
  const blankMs = median(blank.map((r) => r.wallMs));
  log(
    `    floor of a blank page (same launch and print, no document): median ${ms(blankMs)} ${spread(blank.map((r) => r.wallMs))}; the brief's document adds ${ms(fMs - blankMs)}`,
  );
  info('(5) floor of a blank page (for scale)', ms(blankMs));
  info('(2) one brief end to end', ms(bMs));
  const cold: ChildRun[] = [];
  for (let k = 0; k < 3; k++) cold.push(await brief(path.join(work, `e2e-cold-${k}`), inputs));
  const coldMs = median(cold.map((r) => r.wallMs));
  log(
    `    brief with no parsed-series cache (a first run, a fresh CI machine): median ${ms(coldMs)} ${spread(cold.map((r) => r.wallMs))}, ${times(coldMs / fMs)}`,
  );
  info('(2) one brief, no parsed-series cache', `${ms(coldMs)} (${times(coldMs / fMs)})`);
  const cache = path.join(work, 'series-cache');
  await brief(path.join(work, 'e2e-warm-cache'), inputs, DATE, cache); // fills the cache
  const cached: ChildRun[] = [];
  for (let k = 0; k < 3; k++)
    cached.push(await brief(path.join(work, `e2e-cached-${k}`), inputs, DATE, cache));
  const warmMs = median(cached.map((r) => r.wallMs));
  log(
    `    brief rerun on unchanged data (every file cached as it is): median ${ms(warmMs)} ${spread(cached.map((r) => r.wallMs))}, ${times(warmMs / fMs)}`,
  );
  info('(2) one brief, rerun on unchanged data', `${ms(warmMs)} (${times(warmMs / fMs)})`);
  log(`    brief - floor: ${ms(bMs - fMs)} of our own work beyond launching Chromium and printing`);
  log(
    `    brief / floor: ${times(bMs / fMs)} (median of paired runs ${times(paired)}) — ${check('(2) brief / floor', bMs / fMs, 1.3, times)}`,
  );
  const nodePeak = median(b.map((r) => r.nodeMaxRssKB));
  const treeAnon = median(b.map((r) => r.tree.anonKB));
  const floorAnon = median(f.map((r) => r.tree.anonKB));
  log(
    `(4) memory of (2), median of ${runs} runs (the 400 MB target is for our node process; Chromium's share is the floor's):`,
  );
  log(
    `    node process peak RSS (exact, getrusage maxRSS): ${mb(nodePeak)} ${spread(
      b.map((r) => r.nodeMaxRssKB),
      mb,
    )} — ${check('(4) peak, one brief: node RSS', nodePeak, 400 * 1024, mb)}`,
  );
  log(
    `    whole tree (node + up to ${Math.max(...b.map((r) => r.tree.processes)) - 1} Chromium processes), peak of sums sampled every 100 ms: private (RssAnon) ${mb(treeAnon)}, RSS ${mb(median(b.map((r) => r.tree.rssKB)))} (RSS counts shared pages once per process)`,
  );
  log(
    `    floor, same measures: node ${mb(median(f.map((r) => r.nodeMaxRssKB)))}, tree private ${mb(floorAnon)}, tree RSS ${mb(median(f.map((r) => r.tree.rssKB)))}`,
  );
  info(
    '(4) peak, one brief: tree private (node + Chromium)',
    `${mb(treeAnon)} (floor ${mb(floorAnon)})`,
  );
  return { html, floorMs: fMs, out: warm };
}
