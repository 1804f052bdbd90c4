/**
 * `brief check` of a data folder: universe.json; every CSV in closes/ (and one for every symbol
 * of the universe) parses and validates; every file agrees with the NYSE calendar from 1990 on
 * (no missing session, no row on a holiday or weekend); close-to-close moves larger than
 * `maxJump` (indices, ETFs, sectors) or `maxStockJump` (single stocks) are warnings, to be
 * checked against the source. Every problem is collected, each naming file and line.
 */
import path from 'node:path';
import { calendarProblems, closureReason } from '../calendar/index.js';
import type { CheckedData, ProblemList } from '../model/check.js';
import type { FileSystem, Log } from '../model/effects.js';
import type { Series } from '../model/series.js';
import { universeSymbols, type Universe } from '../model/universe.js';
import { parseSeriesTable } from './parseSeriesCsv.js';
import {
  DEFAULT_MAX_JUMP,
  DEFAULT_MAX_STOCK_JUMP,
  describeJump,
  suspiciousJumps,
} from './suspiciousJumps.js';
import { loadUniverse } from './universe.js';

export interface DataCheckOptions {
  readonly dataDir: string;
  /** Largest close-to-close move (fraction) of an index or ETF before a warning; default 0.25. */
  readonly maxJump?: number | undefined;
  /** The same for single stocks (the universe's mega caps); default 0.5. */
  readonly maxStockJump?: number | undefined;
}

/** The effects of the data check: the data folder's confined readers, listing, the log. */
export interface DataCheckFx extends Pick<FileSystem, 'listDir'>, Pick<Log, 'log'> {
  readonly readUniverse: (file: string) => Promise<string>;
  readonly readPrices: (file: string) => Promise<string>;
}

/** What the data check found: the data to render with, and how much was checked. */
export interface DataCheck extends CheckedData {
  readonly rows: number;
  readonly files: number;
}

/** Calendar problems listed per file before the rest are summed up in one line. */
const MAX_CALENDAR_LINES = 20;

function checkCalendar(file: string, s: Series, lines: Int32Array, c: ProblemList): void {
  const problems = calendarProblems(s.dates);
  for (const p of problems.slice(0, MAX_CALENDAR_LINES)) {
    const line = lines[p.row] ?? null;
    if (p.kind === 'extra') {
      const why = `${p.date} is not a New York session (${closureReason(p.date)})`;
      c.error(file, line, `${why}: no row belongs there`);
    } else {
      const span = `the rows go from ${s.dates[p.row - 1]} to ${s.dates[p.row]}`;
      c.error(file, line, `session ${p.date} is missing (${span})`);
    }
  }
  if (problems.length > MAX_CALENDAR_LINES) {
    const more = problems.length - MAX_CALENDAR_LINES;
    c.error(file, null, `${more} more calendar problems (${problems.length} in all)`);
  }
}

function checkJumps(
  file: string,
  s: Series,
  lines: Int32Array,
  stock: boolean,
  o: DataCheckOptions,
  c: ProblemList,
): void {
  const limit = stock
    ? (o.maxStockJump ?? DEFAULT_MAX_STOCK_JUMP)
    : (o.maxJump ?? DEFAULT_MAX_JUMP);
  const kind = stock ? 'a stock' : 'an index or ETF';
  for (const jump of suspiciousJumps(s, limit)) {
    c.warning(
      file,
      lines[jump.index] ?? null,
      `${describeJump(s, jump)}, more than ${(limit * 100).toFixed(0)}% for ${kind}; check it against the source`,
    );
  }
}

/** Read, parse and check one price file; the series when it validated. */
async function checkPriceFile(
  file: string,
  sym: string,
  stock: boolean,
  o: DataCheckOptions,
  fx: DataCheckFx,
  c: ProblemList,
): Promise<Series | null> {
  let text: string;
  try {
    text = await fx.readPrices(file);
  } catch (e) {
    c.unreadable(file, e);
    return null;
  }
  try {
    const { series, lines } = parseSeriesTable(text, file, sym);
    checkCalendar(file, series, lines, c);
    checkJumps(file, series, lines, stock, o, c);
    return series;
  } catch (e) {
    c.caught(file, e);
    return null;
  }
}

async function checkUniverse(dataDir: string, fx: DataCheckFx, c: ProblemList) {
  return loadUniverse(dataDir, fx.readUniverse).catch((e: unknown) => {
    c.unreadable(path.join(dataDir, 'universe.json'), e);
    return null;
  });
}

/** Check the data folder; every problem goes to `c`. */
export async function checkDataFolder(
  o: DataCheckOptions,
  fx: DataCheckFx,
  c: ProblemList,
): Promise<DataCheck> {
  const universe: Universe | null = await checkUniverse(o.dataDir, fx, c);
  const closes = path.join(o.dataDir, 'closes');
  const listed = await c.listed(fx, closes);
  if (listed.length === 0) c.error(closes, null, 'no price files (*.csv)');
  const onDisk = listed.filter((f) => f.endsWith('.csv')).map((f) => f.slice(0, -4));
  const named = universe ? universeSymbols(universe) : [];
  for (const sym of named.filter((s) => !onDisk.includes(s))) {
    const file = path.join(closes, `${sym}.csv`);
    c.error(file, null, `file not found (${sym} is named in universe.json)`);
  }
  const stocks = new Set(universe?.megaCaps.map((m) => m.symbol) ?? []);
  const series = new Map<string, Series>();
  let rows = 0;
  fx.log(`Checking ${onDisk.length} price files in ${closes}`);
  for (const sym of onDisk) {
    const file = path.join(closes, `${sym}.csv`);
    const s = await checkPriceFile(file, sym, stocks.has(sym), o, fx, c);
    if (s === null) continue;
    series.set(sym, s);
    rows += s.dates.length;
  }
  const complete = universe !== null && named.every((s) => series.has(s));
  // What a brief loads: the universe's series only (a file the universe does not name is checked
  // above, but takes no part in the figures).
  const used = new Map(named.filter((s) => series.has(s)).map((s) => [s, series.get(s) as Series]));
  return { universe, series: used, complete, rows, files: onDisk.length };
}
