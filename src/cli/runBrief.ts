/**
 * The daily job: load -> validate -> statistics -> charts -> HTML -> PDF -> write
 * `OUT/YYYY/YYYY-MM-DD/{brief.html,brief.pdf,stats.json,summary.json}`.
 *
 * When the PDF cannot be printed, the HTML and JSON are still written for a new date (the run
 * fails with exit code 5), but a complete brief already there (with its PDF) is kept unless
 * `allowHtmlOnly`. A run stopped by SIGTERM/SIGINT writes nothing after the stop: the previous
 * brief stays exactly as it was.
 */
import path from 'node:path';
import { BriefError, Interrupted, stopSignalOf } from '../errors.js';
import type { PdfPrinter } from '../deliver/pdfPrinter.js';
import { cleanStaleBriefTemps } from '../deliver/briefTemps.js';
import { openBriefSession } from './briefSession.js';
import { briefFiles } from './briefFiles.js';
import { checkOutDir } from './checkOutDir.js';
import type { Effects } from './effects.js';
import { startPrinter, type Settled } from './printerLifetime.js';
import { explicitSession, noSessionToday, resolveDate } from './resolveDate.js';
import { writeHistoryFiles } from './writeHistory.js';

export interface BriefOptions {
  readonly date: string | undefined;
  readonly dataDir: string;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly pdf: boolean;
  readonly paper: 'a4' | 'letter';
  readonly fresh: boolean;
  readonly generator: string;
  readonly range?: { readonly from: string; readonly to: string } | undefined;
  /** Replace a complete brief (with a PDF) by the HTML alone when printing fails. */
  readonly allowHtmlOnly?: boolean;
}

export interface BriefResult {
  /** The session built, or null when there was nothing to do (no session today). */
  readonly date: string | null;
  readonly dir: string | null;
  readonly files: string[];
  /** The printing failure after an HTML-only brief was written (the caller exits 5). */
  readonly pdfError: unknown;
}

/** Folder of the brief for `date`: OUT/YYYY/YYYY-MM-DD. */
export function briefDir(outDir: string, date: string): string {
  return path.join(outDir, date.slice(0, 4), date);
}

/** Throws Interrupted when the run was asked to stop; `kept` says what is left as it was. */
export function stopIfAsked(fx: Pick<Effects, 'signal'>, kept: string): void {
  if (fx.signal.aborted) throw new Interrupted(stopSignalOf(fx.signal), kept);
}

/**
 * Build the brief for one date. Returns what was written (with the printing error, if the HTML
 * was written without a PDF); throws BriefError or Interrupted when nothing was written.
 */
export async function runBrief(o: BriefOptions, fx: Effects): Promise<BriefResult> {
  const none = o.date === undefined ? noSessionToday(fx.now()) : null;
  if (none !== null) {
    fx.out(none);
    return { date: null, dir: null, files: [], pdfError: null };
  }
  await checkOutDir(fx, o.outDir, { data: o.dataDir, templates: o.templatesDir });
  for (const line of await cleanStaleBriefTemps(o.outDir, fx)) fx.log(`Cleanup: ${line}`);
  const printer = o.pdf ? startPrinter(fx) : null;
  try {
    // The browser is ended as soon as the PDF is in hand, so its profile folder is removed while
    // the brief's files are written; the close below then only waits for that.
    return await buildAndWrite(o, fx, printer?.ready ?? null, () => void printer?.close());
  } finally {
    await printer?.close();
  }
}

/** --range FROM..TO: both New York sessions, TO no later than the brief's date. */
function checkRange(range: BriefOptions['range'], date: string): void {
  if (!range) return;
  explicitSession(range.from);
  explicitSession(range.to);
  if (range.to > date) {
    throw new BriefError(
      'usage',
      `--range ${range.from}..${range.to} ends after the brief's date ${date}`,
      'a brief sees no data after its date: end the range on or before it',
    );
  }
}

async function buildAndWrite(
  o: BriefOptions,
  fx: Effects,
  printing: Promise<Settled<PdfPrinter>> | null,
  printed: () => void,
): Promise<BriefResult> {
  const session = await openBriefSession(o, fx);
  const choice = resolveDate({
    date: o.date,
    now: fx.now(),
    lastDataDate: session.lastDataDate,
    fresh: o.fresh,
  });
  if (choice.kind === 'no-session')
    throw new Error('unreachable: no-session handled before loading');
  if (choice.warning) fx.log(`Warning: ${choice.warning}`);
  const date = choice.date;
  checkRange(o.range, date);
  const asOf = session.asOf(date);
  if (asOf.excluded.length > 0) {
    const list = asOf.excluded.map((x) => x.symbol).join(', ');
    fx.log(
      `Note: ${asOf.excluded.length} series left out of this brief (${list}); the brief lists why`,
    );
  }
  const dir = briefDir(o.outDir, date);
  await keepPdfWithoutPrinting(o, fx, dir);
  const kept = `nothing written for ${date}`;
  stopIfAsked(fx, kept);
  fx.log(`Computing figures and charts for ${date}`);
  const brief = await session.build(date, asOf);
  stopIfAsked(fx, kept);
  let printer: PdfPrinter | null = null;
  let pdfError: unknown = null;
  if (printing) {
    fx.log('Printing PDF in Chromium');
    const p = await printing;
    if ('value' in p) printer = p.value;
    else pdfError = p.error;
  }
  const { files, error } = await briefFiles(brief, printer, o, date);
  printed();
  stopIfAsked(fx, kept);
  pdfError ??= error;
  if (pdfError) await keepCompleteBrief(o, fx, dir, pdfError);
  await writeHistoryFiles(fx, o.outDir, brief.historyFiles);
  await fx.writeBriefDir(dir, files);
  const names = Object.keys(files).sort();
  fx.out(`Wrote ${names.map((n) => path.join(dir, n)).join(', ')}`);
  return { date, dir, files: names, pdfError };
}

/**
 * --no-pdf on a date whose brief has its PDF: refused before any work unless `allowHtmlOnly`
 * (the brief would lose its PDF, silently, for the HTML alone).
 */
async function keepPdfWithoutPrinting(o: BriefOptions, fx: Effects, dir: string): Promise<void> {
  if (o.pdf || o.allowHtmlOnly || !(await fx.fileExists(path.join(dir, 'brief.pdf')))) return;
  throw new BriefError(
    'usage',
    `${dir} holds a complete brief with its PDF: --no-pdf would replace it by the HTML alone`,
    'leave out --no-pdf to rebuild it with its PDF, or add --allow-html-only to replace it',
  );
}

/**
 * Printing failed: a complete brief (one with a PDF) already in `dir` is kept as it was, unless
 * `allowHtmlOnly`; then the run fails with the printing error and the brief it kept.
 */
async function keepCompleteBrief(o: BriefOptions, fx: Effects, dir: string, pdfError: unknown) {
  if (o.allowHtmlOnly || !(await fx.fileExists(path.join(dir, 'brief.pdf')))) return;
  const why = pdfError instanceof Error ? pdfError.message : String(pdfError);
  throw new BriefError(
    pdfError instanceof BriefError ? pdfError.kind : 'browser',
    `${why}; the complete brief already in ${dir} was kept as it was`,
    'rerun to print the PDF, or pass --allow-html-only to replace it with the HTML alone',
    { cause: pdfError },
  );
}
