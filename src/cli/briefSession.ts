/**
 * What every brief of a run shares, loaded once: the universe, the series, the compiled
 * templates and the fonts. `build(date)` then renders one brief's files in memory; the daily run
 * builds one date, a backfill many.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { marked } from 'marked';
import {
  closureReason,
  FIRST_SUPPORTED_DATE,
  LAST_SUPPORTED_DATE,
  isSession,
  nextSession,
} from '../calendar/index.js';
import { BriefError } from '../errors.js';
import { loadUniverseSeries } from '../ingest/loadSeries.js';
import type { Series } from '../ingest/series.js';
import { parseUniverse, universeSymbols, type Universe } from '../ingest/universe.js';
import { fontFaceCss } from '../render/fontCss.js';
import { renderBrief, type RenderedBrief } from '../render/renderBrief.js';
import { loadTemplates, prepareTemplates } from '../render/templates.js';
import { requireHistory, resolveAsOf, type AsOf } from '../stats/asOf.js';
import { seriesFingerprints } from '../stats/seriesFingerprint.js';
import type { Effects } from './effects.js';
import { dataReaders, templateReader, type ReadText } from './readers.js';

export interface SessionOptions {
  /** --range FROM..TO, passed to every brief's statistics. */
  readonly range?: { readonly from: string; readonly to: string } | undefined;
  readonly dataDir: string;
  readonly templatesDir: string;
  readonly generator: string;
}

export interface BriefSession {
  readonly universe: Universe;
  readonly series: ReadonlyMap<string, Series>;
  /** Last session in the small-cap index file. */
  readonly lastDataDate: string;
  /** Which series take part on `date` (throws on stale data). */
  asOf(date: string): AsOf;
  /** Render the brief for `date` (HTML, stats.json, summary.json) without writing anything. */
  build(date: string, asOf?: AsOf): Promise<RenderedBrief>;
  /**
   * A hash of everything the brief for `date` depends on: the rows of every series up to the
   * date, the universe, the templates, the editor's note and `extra` (options such as paper).
   */
  inputsHash(date: string, asOf: AsOf, extra: string): Promise<string>;
}

/** Read and validate DATA/universe.json (a data error naming the file when it cannot be read). */
export async function loadUniverse(dataDir: string, read: ReadText): Promise<Universe> {
  const file = path.join(dataDir, 'universe.json');
  const text = await read(file).catch((e: NodeJS.ErrnoException) => {
    if (e instanceof BriefError) throw e;
    throw new BriefError(
      'data',
      `${file}: cannot read (${e.code ?? e.message})`,
      '--data must name a folder holding universe.json and closes/',
    );
  });
  return parseUniverse(text, file);
}

/** The editor's note for `date`, or undefined when there is none (any other read error fails). */
async function readNote(read: ReadText, dataDir: string, date: string) {
  const file = path.join(dataDir, 'notes', `${date}.md`);
  try {
    return { file, text: await read(file) };
  } catch (e) {
    if (e instanceof BriefError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BriefError(
      'data',
      `${file}: cannot read the editor's note (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

/** A row on a day that is not a New York session, or a session with no row, in a series' file. */
export interface CalendarProblem {
  readonly kind: 'missing' | 'extra';
  /** The missing session, or the date of the extra row. */
  readonly date: string;
  /** Row index (0-based, in the series) of the extra row, or of the first row after the missing session. */
  readonly row: number;
}

const calendarSessions: string[] = [];
/** Every NYSE session from 1990-01-01 through `last` at least (cached, grows as needed). */
function sessionsThrough(last: string): readonly string[] {
  if (calendarSessions.length === 0)
    calendarSessions.push(
      isSession(FIRST_SUPPORTED_DATE) ? FIRST_SUPPORTED_DATE : nextSession(FIRST_SUPPORTED_DATE),
    );
  let end = calendarSessions[calendarSessions.length - 1] as string;
  while (end < last && end < LAST_SUPPORTED_DATE) {
    const next = stepOrNull(end);
    if (next === null) break;
    calendarSessions.push((end = next));
  }
  return calendarSessions;
}

/** The next session, or null past the end of the calendar. */
function stepOrNull(date: string): string | null {
  try {
    return nextSession(date);
  } catch {
    return null;
  }
}

function lowerBound(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where ascending session `dates` disagree with the NYSE calendar between their first and last
 * date (from 1990 on, the calendar's range): sessions with no row, rows on days with no session.
 */
export function calendarProblems(dates: readonly string[]): CalendarProblem[] {
  let i = lowerBound(dates, FIRST_SUPPORTED_DATE);
  const end = lowerBound(dates, `${LAST_SUPPORTED_DATE}~`);
  if (i >= end) return [];
  const sessions = sessionsThrough(dates[end - 1] as string);
  let k = lowerBound(sessions, dates[i] as string);
  const out: CalendarProblem[] = [];
  while (i < end) {
    const d = dates[i] as string;
    const s = sessions[k];
    if (s === d) {
      i++;
      k++;
    } else if (s === undefined || d < s) {
      out.push({ kind: 'extra', date: d, row: i++ });
    } else {
      out.push({ kind: 'missing', date: s, row: i });
      k++;
    }
  }
  return out;
}

/** The error for a series whose file disagrees with the calendar before the brief's `date`. */
function calendarError(s: Series, p: CalendarProblem, date: string): BriefError {
  const hint =
    'restore the row from the data source (brief check lists every gap); a gap would make the figures span the wrong sessions';
  if (p.kind === 'extra') {
    return new BriefError(
      'data',
      `${s.source}: ${s.symbol} has a row for ${p.date}, which is not a New York session (${closureReason(p.date)}), before ${date}`,
      hint,
    );
  }
  const around = `rows around it: ${s.dates[p.row - 1] ?? 'none'}, ${s.dates[p.row] ?? 'none'}`;
  return new BriefError(
    'data',
    `${s.source}: ${s.symbol} has no row for session ${p.date}, before ${date} (${around})`,
    hint,
  );
}

/** Load everything a run's briefs share. */
export async function openBriefSession(o: SessionOptions, fx: Effects): Promise<BriefSession> {
  const readers = dataReaders(fx, o.dataDir);
  const universe = await loadUniverse(o.dataDir, readers.universe);
  const symbols = universeSymbols(universe);
  fx.log(`Loading ${symbols.length} series from ${path.join(o.dataDir, 'closes')}`);
  const series = await loadUniverseSeries(path.join(o.dataDir, 'closes'), symbols, readers.prices);
  const optional = new Set(
    [...universe.etfs, ...universe.sectors, ...universe.megaCaps]
      .filter((e) => e.optional)
      .map((e) => e.symbol),
  );
  const templateSet = await loadTemplates(o.templatesDir, {
    readFile: templateReader(fx, o.templatesDir),
    listDir: fx.listDir,
  });
  const templates = prepareTemplates(templateSet, (md) => marked.parse(md, { async: false }));
  const staticHash = createHash('sha256')
    .update(
      JSON.stringify([
        o.generator,
        universe,
        templateSet.main,
        templateSet.partials,
        templateSet.css,
        templateSet.methodology,
      ]),
    )
    .digest('hex');
  const fontCss = fontFaceCss();
  const small = series.get(universe.indices.smallCap.symbol);
  // A series that misses a session (or has a row on a holiday) before the date would silently
  // measure its returns and streaks over the wrong sessions: the brief for that date is refused.
  const firstProblem = new Map<string, CalendarProblem>();
  for (const [sym, s] of series) {
    const p = calendarProblems(s.dates)[0];
    if (p) firstProblem.set(sym, p);
  }
  const indexSymbols = Object.values(universe.indices).map((x) => x.symbol);
  const asOf = (date: string) => {
    const a = resolveAsOf(series, date, optional, symbols);
    requireHistory(series, a, indexSymbols);
    for (const sym of a.index.keys()) {
      const p = firstProblem.get(sym);
      if (p && p.date < date) throw calendarError(series.get(sym) as Series, p, date);
    }
    return a;
  };
  return {
    universe,
    series,
    lastDataDate: small?.dates[small.dates.length - 1] ?? '',
    asOf,
    async inputsHash(date, given, extra) {
      const note = await readNote(readers.note, o.dataDir, date);
      const rows = [...given.index].map(
        ([sym, i]) => `${sym}:${i}:${seriesFingerprints(series.get(sym) as Series)[i]}`,
      );
      return createHash('sha256')
        .update(JSON.stringify([staticHash, extra, note?.text ?? null, rows, given.excluded]))
        .digest('hex');
    },
    async build(date, given) {
      const note = await readNote(readers.note, o.dataDir, date);
      return renderBrief({
        universe,
        series,
        asOf: given ?? asOf(date),
        templates,
        fontCss,
        generator: o.generator,
        note,
        range: o.range,
      });
    },
  };
}
