/**
 * npm run bench: timings of the statistics stage (medians of several runs).
 * (1) all statistics for one date over the full history, after load (target < 100 ms);
 * (2) all statistics for each of 250 consecutive dates (target < 2 s in total).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadUniverseSeries } from '../src/ingest/loadSeries.js';
import type { Series } from '../src/ingest/series.js';
import { parseUniverse, universeSymbols, type Universe } from '../src/ingest/universe.js';
import { resolveAsOf } from '../src/stats/asOf.js';
import { computeStats } from '../src/stats/computeStats.js';

const DATA = path.resolve(import.meta.dirname, '../data');
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function verdict(ms: number, target: number): string {
  return ms <= target ? `ok (target ${fmt(target)})` : `MISSED by ${fmt(ms - target)} (target ${fmt(target)}, ${(ms / target).toFixed(2)}x)`;
}

async function load(): Promise<{ universe: Universe; series: Map<string, Series>; optional: Set<string> }> {
  const universe = parseUniverse(await readFile(path.join(DATA, 'universe.json'), 'utf8'), 'data/universe.json');
  const series = await loadUniverseSeries(path.join(DATA, 'closes'), universeSymbols(universe), (f) => readFile(f, 'utf8'));
  const optional = new Set([...universe.etfs, ...universe.sectors, ...universe.megaCaps].filter((e) => e.optional).map((e) => e.symbol));
  return { universe, series, optional };
}

function statsFor(u: Universe, series: Map<string, Series>, optional: Set<string>, date: string): void {
  computeStats(u, series, resolveAsOf(series, date, optional, universeSymbols(u)));
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const first = await load();
  console.log(`load: 27 series, ${[...first.series.values()].reduce((n, s) => n + s.dates.length, 0).toLocaleString('en-US')} rows in ${fmt(performance.now() - t0)}`);
  const gspc = first.series.get('GSPC') as Series;
  const dates = gspc.dates.slice(-250);
  const last = dates[dates.length - 1] as string;

  const one: number[] = [];
  const many: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const { universe, series, optional } = await load(); // fresh series: no warm memo caches
    let t = performance.now();
    statsFor(universe, series, optional, last);
    one.push(performance.now() - t);
    const again = await load();
    t = performance.now();
    for (const d of dates) statsFor(again.universe, again.series, again.optional, d);
    many.push(performance.now() - t);
  }
  console.log(`(1) all statistics for ${last}, full history (GSPC from ${gspc.dates[0]}): median ${fmt(median(one))} of ${RUNS} — ${verdict(median(one), 100)}`);
  console.log(`(2) all statistics for 250 consecutive dates (${dates[0]}..${last}): median ${fmt(median(many))} of ${RUNS}, ${fmt(median(many) / 250)} per date — ${verdict(median(many), 2000)}`);
}

await main();
