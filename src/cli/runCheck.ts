/**
 * `brief check`: validate everything a brief depends on, and the archive, without writing
 * anything. Unlike a build, which stops at the first problem, the check collects every problem:
 *
 * - data: universe.json; every CSV in closes/ (and one for every symbol of the universe) parses
 *   and validates; every file agrees with the NYSE calendar from 1990 on (no missing session,
 *   no row on a holiday or weekend); close-to-close moves larger than `maxJump` (indices, ETFs,
 *   sectors) or `maxStockJump` (single stocks) are warnings, to be checked against the source;
 * - notes: every data/notes/YYYY-MM-DD.md is named after a session and renders against the
 *   figures of its date (a note after the data's last session is a warning: not checkable yet);
 * - templates: every .hbs parses; the brief is rendered for the data's last session (with a
 *   sample note, so the commentary partial is exercised), the archive pages and the email over a
 *   sample brief, all in strict mode;
 * - archive (the --out folder, when it exists): every manifest.json entry has its files, every
 *   brief folder on disk is in the manifest, and no temporary folder of an interrupted write
 *   (`.YYYY-MM-DD.tmp-*`, `.YYYY-MM-DD.old-*`) is left behind.
 */
import path from 'node:path';
import Handlebars from 'handlebars';
import { marked } from 'marked';
import {
  closureReason,
  FIRST_SUPPORTED_DATE,
  isSession,
  validateIsoDate,
} from '../calendar/index.js';
import { archiveFiles } from '../deliver/archive/archiveFiles.js';
import { loadArchiveTemplates } from '../deliver/archive/archiveTemplates.js';
import { nodeArchiveFs } from '../deliver/archive/nodeArchiveFs.js';
import { scanArchive, type ArchivedBrief } from '../deliver/archive/scanArchive.js';
import { DEFAULT_SITE_URL } from '../deliver/archive/siteUrl.js';
import { composeEmail } from '../deliver/email/composeEmail.js';
import { loadEmailTemplates } from '../deliver/email/emailTemplates.js';
import { DEFAULT_SUBJECT } from '../deliver/email/mailConfig.js';
import { STALE_BRIEF_TEMP, tempOwner } from '../deliver/writeBriefDir.js';
import { BriefError } from '../errors.js';
import { parseCsvTable } from '../ingest/parseCsv.js';
import type { Series } from '../ingest/series.js';
import { parseUniverse, universeSymbols, type Universe } from '../ingest/universe.js';
import {
  DEFAULT_MAX_JUMP,
  DEFAULT_MAX_STOCK_JUMP,
  describeJump,
  suspiciousJumps,
} from '../ingest/suspiciousJumps.js';
import { validateHeader, validateRows } from '../ingest/validateRows.js';
import { renderEditorNote } from '../render/editorNote.js';
import { fontFaceCss } from '../render/fontCss.js';
import { renderBrief } from '../render/renderBrief.js';
import { loadTemplates, prepareTemplates, type TemplateSet } from '../render/templates.js';
import { resolveAsOf } from '../stats/asOf.js';
import { computeStats } from '../stats/computeStats.js';
import { calendarProblems } from './briefSession.js';
import type { Effects } from './effects.js';
import { dataReaders, templateReader } from './readers.js';

export interface CheckOptions {
  readonly dataDir: string;
  readonly templatesDir: string;
  readonly outDir: string;
  /** Largest close-to-close move (fraction) of an index or ETF before a warning; default 0.25. */
  readonly maxJump?: number;
  /** The same for single stocks (the universe's mega caps); default 0.5. */
  readonly maxStockJump?: number;
  /** Generator string written into the rendered sample brief. */
  readonly generator?: string;
}

export interface CheckProblem {
  readonly severity: 'error' | 'warning';
  /** The file or folder at fault ('' when the message names it itself). */
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;
}

export interface CheckReport {
  /** Problems that make the check fail (exit code 3). */
  readonly errors: CheckProblem[];
  /** Things to look at that do not fail the check (e.g. a suspicious jump). */
  readonly warnings: CheckProblem[];
  readonly checked: {
    readonly priceFiles: number;
    readonly rows: number;
    readonly notes: number;
    readonly templates: number;
    readonly briefs: number;
  };
}

/** Calendar problems listed per file before the rest are summed up in one line. */
const MAX_CALENDAR_LINES = 20;

/** `file[:line]: problem`, with `warning: ` before the problem of a warning. */
export function formatProblem(p: CheckProblem): string {
  const what = p.severity === 'warning' ? `warning: ${p.problem}` : p.problem;
  if (p.file === '') return what;
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${what}`;
}

class Collector {
  readonly errors: CheckProblem[] = [];
  readonly warnings: CheckProblem[] = [];
  error(file: string, line: number | null, problem: string): void {
    this.errors.push({ severity: 'error', file, line, problem });
  }
  warning(file: string, line: number | null, problem: string): void {
    this.warnings.push({ severity: 'warning', file, line, problem });
  }
  /**
   * A BriefError thrown while checking `file`: its `file[:line]: ` prefix is split off when
   * present. Anything else is a bug, and is thrown on (exit code 1).
   */
  /** A file that could not be read: its BriefError (outside its folder, too large) or errno. */
  unreadable(file: string, e: unknown): void {
    if (e instanceof BriefError) this.caught(file, e);
    else this.error(file, null, `cannot read (${errCode(e)})`);
  }
  caught(file: string, e: unknown): void {
    if (!(e instanceof BriefError)) throw e;
    const m = e.message.startsWith(`${file}:`)
      ? /^:(\d+)?:? ?(.*)$/s.exec(e.message.slice(file.length))
      : null;
    if (m) this.error(file, m[1] ? Number(m[1]) : null, m[2] as string);
    else this.error('', null, e.message);
  }
}

const errCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

async function listOrEmpty(fx: Effects, dir: string): Promise<string[] | null> {
  try {
    return (await fx.listDir(dir)).sort();
  } catch (e) {
    if (errCode(e) === 'ENOENT') return null;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Data

interface LoadedData {
  universe: Universe | null;
  /** Every series of the universe that validated, by symbol. */
  series: Map<string, Series>;
  /** True when the universe and every series it names loaded (figures can be computed). */
  complete: boolean;
  rows: number;
  files: number;
}

async function checkUniverse(o: CheckOptions, fx: Effects, c: Collector): Promise<Universe | null> {
  const file = path.join(o.dataDir, 'universe.json');
  let text: string;
  try {
    text = await dataReaders(fx, o.dataDir).universe(file);
  } catch (e) {
    c.unreadable(file, e);
    return null;
  }
  try {
    return parseUniverse(text, file);
  } catch (e) {
    c.caught(file, e);
    return null;
  }
}

function checkCalendar(file: string, s: Series, lines: Int32Array, c: Collector): void {
  const problems = calendarProblems(s.dates);
  for (const p of problems.slice(0, MAX_CALENDAR_LINES)) {
    const line = lines[p.row] ?? null;
    if (p.kind === 'extra') {
      c.error(
        file,
        line,
        `${p.date} is not a New York session (${closureReason(p.date)}): no row belongs there`,
      );
    } else {
      const before = s.dates[p.row - 1];
      c.error(
        file,
        line,
        `session ${p.date} is missing (the rows go from ${before} to ${s.dates[p.row]})`,
      );
    }
  }
  if (problems.length > MAX_CALENDAR_LINES) {
    c.error(
      file,
      null,
      `${problems.length - MAX_CALENDAR_LINES} more calendar problems (${problems.length} in all)`,
    );
  }
}

function checkJumps(
  file: string,
  s: Series,
  lines: Int32Array,
  limit: number,
  kind: string,
  c: Collector,
): void {
  for (const jump of suspiciousJumps(s, limit)) {
    c.warning(
      file,
      lines[jump.index] ?? null,
      `${describeJump(s, jump)}, more than ${(limit * 100).toFixed(0)}% for ${kind}; check it against the source`,
    );
  }
}

async function checkData(o: CheckOptions, fx: Effects, c: Collector): Promise<LoadedData> {
  const readPrices = dataReaders(fx, o.dataDir).prices;
  const universe = await checkUniverse(o, fx, c);
  const closes = path.join(o.dataDir, 'closes');
  const listed =
    (await listOrEmpty(fx, closes).catch((e: unknown) => {
      c.error(closes, null, `cannot list (${errCode(e)})`);
      return [];
    })) ?? [];
  if (listed.length === 0) c.error(closes, null, 'no price files (*.csv)');
  const onDisk = listed.filter((f) => f.endsWith('.csv')).map((f) => f.slice(0, -4));
  const named = universe ? universeSymbols(universe) : [];
  const stocks = new Set(universe?.megaCaps.map((m) => m.symbol) ?? []);
  for (const sym of named) {
    if (!onDisk.includes(sym))
      c.error(
        path.join(closes, `${sym}.csv`),
        null,
        `file not found (${sym} is named in universe.json)`,
      );
  }
  const series = new Map<string, Series>();
  let rows = 0;
  fx.log(`Checking ${onDisk.length} price files in ${closes}`);
  for (const sym of onDisk) {
    const file = path.join(closes, `${sym}.csv`);
    let text: string;
    try {
      text = await readPrices(file);
    } catch (e) {
      c.unreadable(file, e);
      continue;
    }
    try {
      const table = parseCsvTable(text, file);
      validateHeader(table.header, file, table.headerLine);
      const s: Series = {
        symbol: sym,
        source: file,
        file: `closes/${sym}.csv`,
        ...validateRows(table, file),
      };
      series.set(sym, s);
      rows += s.dates.length;
      checkCalendar(file, s, table.lines, c);
      const stock = stocks.has(sym);
      checkJumps(
        file,
        s,
        table.lines,
        stock ? (o.maxStockJump ?? DEFAULT_MAX_STOCK_JUMP) : (o.maxJump ?? DEFAULT_MAX_JUMP),
        stock ? 'a stock' : 'an index or ETF',
        c,
      );
    } catch (e) {
      c.caught(file, e);
    }
  }
  const complete = universe !== null && named.every((s) => series.has(s));
  // What a brief loads: the universe's series only (a file the universe does not name is checked
  // above, but takes no part in the figures).
  const used = new Map(named.filter((s) => series.has(s)).map((s) => [s, series.get(s) as Series]));
  return { universe, series: used, complete, rows, files: onDisk.length };
}

// ---------------------------------------------------------------------------------------------
// Notes

const NOTE_NAME = /^(\d{4}-\d{2}-\d{2})\.md$/;

function optionalSymbols(u: Universe): Set<string> {
  return new Set(
    [...u.etfs, ...u.sectors, ...u.megaCaps].filter((e) => e.optional).map((e) => e.symbol),
  );
}

async function checkNotes(
  o: CheckOptions,
  data: LoadedData,
  fx: Effects,
  c: Collector,
): Promise<number> {
  const readNote = dataReaders(fx, o.dataDir).note;
  const dir = path.join(o.dataDir, 'notes');
  const names =
    (await listOrEmpty(fx, dir).catch((e: unknown) => {
      c.error(dir, null, `cannot list (${errCode(e)})`);
      return [];
    })) ?? [];
  const u = data.universe;
  const small = u ? data.series.get(u.indices.smallCap.symbol) : undefined;
  const last = small?.dates[small.dates.length - 1];
  let n = 0;
  for (const name of names.filter((f) => !f.startsWith('.'))) {
    const file = path.join(dir, name);
    const date = NOTE_NAME.exec(name)?.[1];
    if (date === undefined) {
      c.error(
        file,
        null,
        'not a note: notes are named YYYY-MM-DD.md after their session (this file is never used)',
      );
      continue;
    }
    n++;
    try {
      validateIsoDate(date);
    } catch {
      c.error(file, null, `${date} is not a real calendar date`);
      continue;
    }
    if (date < FIRST_SUPPORTED_DATE) {
      c.error(
        file,
        null,
        `${date} is before ${FIRST_SUPPORTED_DATE}, the first date a brief can be built for`,
      );
      continue;
    }
    if (!isSession(date)) {
      c.error(
        file,
        null,
        `${date} is not a New York session (${closureReason(date)}): no brief will show this note`,
      );
      continue;
    }
    let text: string;
    try {
      text = await readNote(file);
    } catch (e) {
      c.unreadable(file, e);
      continue;
    }
    if (!data.complete || !u || last === undefined) continue; // data errors already reported
    if (date > last) {
      c.warning(
        file,
        null,
        `the data ends ${last}, before ${date}: the note's figures cannot be checked yet`,
      );
      continue;
    }
    try {
      const asOf = resolveAsOf(data.series, date, optionalSymbols(u), universeSymbols(u));
      renderEditorNote(text, file, computeStats(u, data.series, asOf));
    } catch (e) {
      c.caught(file, e);
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Templates

/** A sample note citing a figure, so the commentary partial and the note path are exercised. */
const SAMPLE_NOTE =
  '---\ntitle: Check\nauthor: brief check\nsources:\n  - brief check\n---\nSample note: {{pct series.%s.day}}.\n';

const SAMPLE_SUMMARY = {
  schema: 'rotation-brief/summary@1' as const,
  date: '2026-01-22',
  title: 'Rotation Brief: January 22, 2026',
  headline: 'Sample headline',
  dek: 'Sample dek.',
  keyFigures: [
    { label: 'Russell 2000', value: '+1.00%', detail: 'sample', tone: 'up' },
    { label: 'S&P 500', value: '-1.00%', detail: 'sample', tone: 'down' },
    { label: 'Spread', value: '+200 bp', detail: 'sample', tone: 'flat' },
  ],
};

/** Where a field named in a strict-mode error first appears in the templates: `file:line`. */
function locateField(t: TemplateSet, field: string): { file: string; line: number } | null {
  const word = new RegExp(`(^|[^\\w-])${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
  const sources: [string, string][] = [
    [path.join(t.dir, 'brief.hbs'), t.main],
    ...Object.entries(t.partials).map(([n, s]): [string, string] => [
      path.join(t.dir, 'partials', `${n}.hbs`),
      s,
    ]),
  ];
  for (const [file, text] of sources) {
    const lines = text.split('\n');
    for (let k = 0; k < lines.length; k++) {
      for (const expr of (lines[k] as string).match(/\{\{[^}]*\}\}/g) ?? []) {
        if (word.test(expr)) return { file, line: k + 1 };
      }
    }
  }
  return null;
}

/**
 * Parse every .hbs under the templates folder (syntax only). Returns how many there are and the
 * sub-folders ('' for the top, 'partials', 'archive', 'email') holding one that does not parse.
 */
async function parseAllTemplates(
  o: CheckOptions,
  fx: Effects,
  c: Collector,
): Promise<{ count: number; broken: Set<string> }> {
  let n = 0;
  const broken = new Set<string>();
  for (const sub of ['', 'partials', 'archive', 'email']) {
    const dir = path.join(o.templatesDir, sub);
    const names = (await listOrEmpty(fx, dir).catch(() => null)) ?? [];
    for (const name of names.filter((f) => f.endsWith('.hbs'))) {
      const file = path.join(dir, name);
      n++;
      try {
        Handlebars.parse(await templateReader(fx, o.templatesDir)(file));
      } catch (e) {
        const msg = (e as Error).message.split('\n');
        const line =
          /line (\d+)/.exec(msg[0] ?? '')?.[1] ?? / - (\d+):\d+$/.exec(msg[0] ?? '')?.[1];
        c.error(file, line ? Number(line) : null, msg[0] ?? 'cannot parse');
        broken.add(sub);
      }
    }
  }
  return { count: n, broken };
}

async function checkBriefTemplates(
  o: CheckOptions,
  data: LoadedData,
  fx: Effects,
  c: Collector,
  broken: Set<string>,
): Promise<void> {
  if (broken.has('') || broken.has('partials')) return; // already reported, line by line
  let set: TemplateSet;
  let prepared: ReturnType<typeof prepareTemplates>;
  try {
    set = await loadTemplates(o.templatesDir, {
      readFile: templateReader(fx, o.templatesDir),
      listDir: fx.listDir,
    });
    prepared = prepareTemplates(set, (md) => marked.parse(md, { async: false }));
  } catch (e) {
    c.caught('', e);
    return;
  }
  const u = data.universe;
  if (!data.complete || !u) return; // the render needs the figures; the syntax was checked
  const small = data.series.get(u.indices.smallCap.symbol) as Series;
  const date = small.dates[small.dates.length - 1] as string;
  try {
    const asOf = resolveAsOf(data.series, date, optionalSymbols(u), universeSymbols(u));
    await renderBrief({
      universe: u,
      series: data.series,
      asOf,
      templates: prepared,
      fontCss: fontFaceCss(),
      generator: o.generator ?? 'rotation-brief check',
      note: { file: '(sample note)', text: SAMPLE_NOTE.replace('%s', u.indices.smallCap.symbol) },
    });
  } catch (e) {
    const field =
      e instanceof BriefError && e.kind === 'template'
        ? /unknown field "([^"]+)"/.exec(e.message)?.[1]
        : undefined;
    const at = field ? locateField(set, field) : null;
    if (at && field)
      c.error(at.file, at.line, `unknown field "${field}" (rendering the brief for ${date})`);
    else c.caught('', e);
  }
}

async function checkArchiveTemplates(
  o: CheckOptions,
  scanned: readonly ArchivedBrief[],
  fx: Effects,
  c: Collector,
  broken: Set<string>,
): Promise<void> {
  // The briefs on disk, and a sample with every field (a PDF link included).
  const sample: ArchivedBrief = {
    date: SAMPLE_SUMMARY.date,
    dir: '2026/2026-01-22',
    summary: SAMPLE_SUMMARY,
    hasPdf: true,
  };
  const generator = o.generator ?? 'rotation-brief check';
  const attempts: [string, () => Promise<unknown>][] = [
    [
      'archive',
      async () =>
        archiveFiles(
          [...scanned, sample],
          await loadArchiveTemplates(o.templatesDir, templateReader(fx, o.templatesDir)),
          { siteUrl: DEFAULT_SITE_URL, generator },
        ),
    ],
    [
      'email',
      async () => {
        const address = { name: 'brief check', address: 'check@example.invalid' };
        const { schema: _schema, ...summary } = SAMPLE_SUMMARY;
        return composeEmail({
          summary,
          pdf: new Uint8Array(),
          mail: {
            from: address,
            to: [address],
            subjectTemplate: DEFAULT_SUBJECT,
            siteUrl: DEFAULT_SITE_URL,
          },
          templates: await loadEmailTemplates(o.templatesDir, templateReader(fx, o.templatesDir)),
          now: fx.now(),
        });
      },
    ],
  ];
  for (const [sub, attempt] of attempts) {
    if (broken.has(sub)) continue; // already reported, line by line
    await attempt().catch((e: unknown) => c.caught('', e));
  }
}

// ---------------------------------------------------------------------------------------------
// Archive

interface ManifestLike {
  briefs?: { date?: unknown; files?: Record<string, unknown> }[];
}

async function checkArchive(o: CheckOptions, fx: Effects, c: Collector): Promise<ArchivedBrief[]> {
  const top = await listOrEmpty(fx, o.outDir).catch((e: unknown) => {
    c.error(o.outDir, null, `cannot list the reports folder (${errCode(e)})`);
    return null;
  });
  if (top === null) return []; // no archive yet: nothing to check
  for (const year of top.filter((n) => /^\d{4}$/.test(n))) {
    const names = (await listOrEmpty(fx, path.join(o.outDir, year)).catch(() => [])) ?? [];
    for (const name of names.filter((n) => STALE_BRIEF_TEMP.test(n))) {
      const owner = tempOwner(name);
      if (owner !== null && fx.isAlive(owner)) continue; // a run writing now
      c.warning(
        path.join(o.outDir, year, name),
        null,
        'leftover temporary folder of an interrupted run (the next brief or backfill removes it)',
      );
    }
  }
  let scan;
  try {
    scan = await scanArchive(o.outDir, nodeArchiveFs());
  } catch (e) {
    c.caught(o.outDir, e);
    return [];
  }
  for (const p of scan.problems) c.caught(p.path, new BriefError('data', p.message));
  const manifestFile = path.join(o.outDir, 'manifest.json');
  let manifest: ManifestLike | null = null;
  try {
    manifest = JSON.parse(await fx.readText(manifestFile)) as ManifestLike;
    if (!Array.isArray(manifest?.briefs)) {
      c.error(manifestFile, null, 'has no "briefs" list (rebuild it with brief index)');
      manifest = null;
    }
  } catch (e) {
    if (errCode(e) === 'ENOENT') {
      if (scan.briefs.length > 0)
        c.warning(
          manifestFile,
          null,
          `missing, with ${scan.briefs.length} brief(s) on disk: an interrupted run (the next run, or brief index, rebuilds it)`,
        );
    } else
      c.error(
        manifestFile,
        null,
        e instanceof SyntaxError ? `not valid JSON (${e.message})` : `cannot read (${errCode(e)})`,
      );
  }
  if (manifest?.briefs) {
    const listed = new Map<string, Record<string, unknown>>();
    for (const entry of manifest.briefs) {
      const date = typeof entry.date === 'string' ? entry.date : '(no date)';
      listed.set(date, entry.files ?? {});
      for (const [kind, rel] of Object.entries(entry.files ?? {})) {
        if (typeof rel !== 'string' || !(await fx.fileExists(path.join(o.outDir, rel)))) {
          c.error(
            manifestFile,
            null,
            `${date}: ${kind} file ${String(rel)} is listed but missing (rebuild the brief, then brief index)`,
          );
        }
      }
    }
    for (const b of scan.briefs) {
      const files = listed.get(b.date);
      if (!files)
        c.warning(
          path.join(o.outDir, b.dir),
          null,
          'brief folder not listed in manifest.json yet: an interrupted run (the next run, or brief index, adds it)',
        );
      else if (b.hasPdf && files.pdf === undefined)
        c.warning(
          path.join(o.outDir, b.dir, 'brief.pdf'),
          null,
          'not listed in manifest.json yet: an interrupted run (the next run, or brief index, adds it)',
        );
    }
    for (const name of ['index.html', 'feed.xml']) {
      if (scan.briefs.length > 0 && !(await fx.fileExists(path.join(o.outDir, name)))) {
        c.error(path.join(o.outDir, name), null, 'missing (rebuild it with brief index)');
      }
    }
  }
  return scan.briefs;
}

// ---------------------------------------------------------------------------------------------

/** Run every check; never throws for a problem found (only for an internal error). */
export async function runCheck(o: CheckOptions, fx: Effects): Promise<CheckReport> {
  const c = new Collector();
  // The one thing check changes: browsers and profiles left by runs that were killed outright.
  for (const line of fx.reapBrowsers()) fx.log(`Cleanup: ${line}`);
  const data = await checkData(o, fx, c);
  const notes = await checkNotes(o, data, fx, c);
  fx.log(`Checking the templates in ${o.templatesDir}`);
  const templates = await parseAllTemplates(o, fx, c);
  await checkBriefTemplates(o, data, fx, c, templates.broken);
  fx.log(`Checking the archive in ${o.outDir}`);
  const briefs = await checkArchive(o, fx, c);
  await checkArchiveTemplates(o, briefs, fx, c, templates.broken);
  return {
    errors: c.errors,
    warnings: c.warnings,
    checked: {
      priceFiles: data.files,
      rows: data.rows,
      notes,
      templates: templates.count,
      briefs: briefs.length,
    },
  };
}
