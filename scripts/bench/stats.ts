/**
 * (1) The statistics stage in-process (medians of several runs, fresh series each run so no memo
 * cache is warm): all statistics for one date over the full history, after load (target
 * < 100 ms), and for each of 250 consecutive dates (target < 2 s in total).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadUniverseSeries } from '../../src/ingest/loadSeries.js';
import type { Series } from '../../src/model/series.js';
import { universeSymbols, type Universe } from '../../src/model/universe.js';
import { parseUniverse } from '../../src/ingest/universe.js';
import { resolveAsOf } from '../../src/stats/asOf.js';
import { computeStats } from '../../src/stats/computeStats.js';
import { DATA } from './paths.js';
import { check, median, ms, spread } from './report.js';

interface Loaded {
  universe: Universe;
  series: Map<string, Series>;
  optional: Set<string>;
}

async function load(): Promise<Loaded> {
  const universe = parseUniverse(
    await readFile(path.join(DATA, 'universe.json'), 'utf8'),
    'data/universe.json',
  );
  const series = await loadUniverseSeries(
    path.join(DATA, 'closes'),
    universeSymbols(universe),
    (f) => readFile(f, 'utf8'),
  );
  const optional = new Set(
    [...universe.etfs, ...universe.sectors, ...universe.megaCaps]
      .filter((e) => e.optional)
      .map((e) => e.symbol),
  );
  return { universe, series, optional };
}

function statsFor({ universe, series, optional }: Loaded, date: string): void {
  computeStats(universe, series, resolveAsOf(series, date, optional, universeSymbols(universe)));
}

export async function benchStats(runs: number, log: (line: string) => void): Promise<void> {
  const t0 = performance.now();
  const first = await load();
  const rowCount = [...first.series.values()].reduce((n, s) => n + s.dates.length, 0);
  log(`(1) statistics in-process, ${runs} runs each (fresh series per run)`);
  log(
    `    load: ${first.series.size} series, ${rowCount.toLocaleString('en-US')} rows in ${ms(performance.now() - t0)}`,
  );
  const gspc = first.series.get('GSPC') as Series;
  const dates = gspc.dates.slice(-250);
  const last = dates[dates.length - 1] as string;
  const one: number[] = [];
  const many: number[] = [];
  for (let r = 0; r < runs; r++) {
    const a = await load();
    let t = performance.now();
    statsFor(a, last);
    one.push(performance.now() - t);
    const b = await load();
    t = performance.now();
    for (const d of dates) statsFor(b, d);
    many.push(performance.now() - t);
  }
  const m1 = median(one);
  const m250 = median(many);
  log(
    `    one date (${last}, full history, GSPC from ${gspc.dates[0]}): median ${ms(m1)} ${spread(one)} — ${check('(1) stats, one date', m1, 100, ms)}`,
  );
  log(
    `    250 dates (${dates[0]}..${last}): median ${ms(m250)} ${spread(many)}, ${ms(m250 / 250)} per date — ${check('(1) stats, 250 dates', m250, 2000, ms)}`,
  );
}
