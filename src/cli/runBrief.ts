/**
 * The daily job: load -> validate -> statistics -> charts -> HTML -> PDF -> write
 * `OUT/YYYY/YYYY-MM-DD/{brief.html,brief.pdf,stats.json,summary.json}`. The HTML and JSON are
 * written even when the PDF cannot be printed (then the run still fails, exit code 5).
 */
import path from 'node:path';
import type { PdfPrinter } from '../deliver/pdfPrinter.js';
import { openBriefSession } from './briefSession.js';
import { briefFiles } from './briefFiles.js';
import type { Effects } from './effects.js';
import { noSessionToday, resolveDate } from './resolveDate.js';

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
}

export interface BriefResult {
  readonly date: string | null;
  readonly dir: string | null;
  readonly files: string[];
}

/** Folder of the brief for `date`: OUT/YYYY/YYYY-MM-DD. */
export function briefDir(outDir: string, date: string): string {
  return path.join(outDir, date.slice(0, 4), date);
}

/** Build the brief for one date. Returns what was written; throws BriefError on failure. */
export async function runBrief(o: BriefOptions, fx: Effects): Promise<BriefResult> {
  const none = o.date === undefined ? noSessionToday(fx.now()) : null;
  if (none !== null) {
    fx.out(none);
    return { date: null, dir: null, files: [] };
  }
  // Chromium starts (~0.5 s) while the data loads and the brief renders.
  const printing = o.pdf ? settle(fx.openPrinter()) : null;
  try {
    return await buildAndWrite(o, fx, printing);
  } finally {
    const p = await printing;
    if (p && 'value' in p) await p.value.close();
  }
}

type Settled<T> = { value: T } | { error: unknown };
function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

async function buildAndWrite(
  o: BriefOptions,
  fx: Effects,
  printing: Promise<Settled<PdfPrinter>> | null,
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
  const asOf = session.asOf(date);
  if (asOf.excluded.length > 0) {
    const list = asOf.excluded.map((x) => x.symbol).join(', ');
    fx.log(
      `Note: ${asOf.excluded.length} series left out of this brief (${list}); the brief lists why`,
    );
  }
  fx.log(`Computing figures and charts for ${date}`);
  const brief = await session.build(date, asOf);
  let printer: PdfPrinter | null = null;
  let pdfError: unknown = null;
  if (printing) {
    fx.log('Printing PDF in Chromium');
    const p = await printing;
    if ('value' in p) printer = p.value;
    else pdfError = p.error;
  }
  const { files, error } = await briefFiles(brief, printer, o, date);
  pdfError ??= error;
  const dir = briefDir(o.outDir, date);
  await fx.writeBriefDir(dir, files);
  const names = Object.keys(files).sort();
  fx.out(`Wrote ${names.map((n) => path.join(dir, n)).join(', ')}`);
  if (pdfError) throw pdfError;
  return { date, dir, files: names };
}
