/**
 * The daily job: load -> validate -> statistics -> charts -> HTML -> PDF -> write
 * `OUT/YYYY/YYYY-MM-DD/{brief.html,brief.pdf,stats.json}`. The HTML and stats.json are
 * written even when the PDF cannot be printed (then the run still fails, exit code 5).
 */
import path from 'node:path';
import { BriefError } from '../errors.js';
import { loadUniverseSeries } from '../ingest/loadSeries.js';
import { parseUniverse, universeSymbols } from '../ingest/universe.js';
import { fontFaceCss } from '../render/fontCss.js';
import { sessionCloseTime } from '../calendar/index.js';
import { setPdfMetadata } from '../deliver/pdfMetadata.js';
import { formatLongDate } from '../render/format.js';
import { renderBrief } from '../render/renderBrief.js';
import { loadTemplates } from '../render/templates.js';
import { resolveAsOf } from '../stats/asOf.js';
import type { Effects } from './effects.js';
import { resolveDate } from './resolveDate.js';

export interface BriefOptions {
  readonly date: string | undefined;
  readonly dataDir: string;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly pdf: boolean;
  readonly paper: 'a4' | 'letter';
  readonly fresh: boolean;
  readonly generator: string;
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

async function loadInputs(o: BriefOptions, fx: Effects) {
  const universeFile = path.join(o.dataDir, 'universe.json');
  const universeText = await fx.readText(universeFile).catch((e: NodeJS.ErrnoException) => {
    throw new BriefError('data', `${universeFile}: cannot read (${e.code ?? e.message})`, '--data must name a folder holding universe.json and closes/');
  });
  const universe = parseUniverse(universeText, universeFile);
  const symbols = universeSymbols(universe);
  fx.log(`Loading ${symbols.length} series from ${path.join(o.dataDir, 'closes')}`);
  const series = await loadUniverseSeries(path.join(o.dataDir, 'closes'), symbols, fx.readText);
  const optional = new Set([...universe.etfs, ...universe.sectors, ...universe.megaCaps].filter((e) => e.optional).map((e) => e.symbol));
  return { universe, series, optional };
}

/** Build the brief for one date. Returns what was written; throws BriefError on failure. */
export async function runBrief(o: BriefOptions, fx: Effects): Promise<BriefResult> {
  const { universe, series, optional } = await loadInputs(o, fx);
  const small = series.get(universe.indices.smallCap.symbol);
  const lastDataDate = small?.dates[small.dates.length - 1] ?? '';
  const choice = resolveDate({ date: o.date, now: fx.now(), lastDataDate, fresh: o.fresh });
  if (choice.kind === 'no-session') {
    fx.out(choice.message);
    return { date: null, dir: null, files: [] };
  }
  if (choice.warning) fx.log(`Warning: ${choice.warning}`);
  const date = choice.date;
  const asOf = resolveAsOf(series, date, optional, universeSymbols(universe));
  if (asOf.excluded.length > 0) {
    const list = asOf.excluded.map((x) => x.symbol).join(', ');
    fx.log(`Note: ${asOf.excluded.length} series left out of this brief (${list}); the brief lists why`);
  }
  const templates = await loadTemplates(o.templatesDir, { readFile: fx.readText, listDir: fx.listDir });
  const fonts = await Promise.all(fx.fontFiles().map(async (f) => ({ weight: f.weight, bytes: await fx.readBinary(f.file) })));
  const note = await readNote(fx, o.dataDir, date);
  if (note) fx.log(`Editor's note: ${note.file}`);
  fx.log(`Computing figures and charts for ${date}`);
  const brief = await renderBrief({ universe, series, asOf, templates, fontCss: fontFaceCss(fonts), generator: o.generator, note });
  const files: Record<string, string | Uint8Array> = {
    'brief.html': brief.html,
    'stats.json': brief.statsJson,
    'summary.json': brief.summaryJson,
  };
  let pdfError: unknown = null;
  if (o.pdf) {
    fx.log('Printing PDF in Chromium');
    try {
      const pdf = await printOnce(fx, brief.html, o.paper, date);
      files['brief.pdf'] = await setPdfMetadata(pdf, {
        title: `Rotation Brief, ${formatLongDate(date)}: ${brief.headline}`,
        author: brief.author ?? 'rotation-brief',
        subject: `Small-cap vs large-cap rotation statistics as of the New York close of ${formatLongDate(date)}`,
        keywords: ['Russell 2000', 'S&P 500', 'small caps', 'rotation', date],
        creator: o.generator,
        asOf: sessionCloseTime(date).toJSDate(),
      });
    } catch (e) {
      pdfError = e;
    }
  }
  const dir = briefDir(o.outDir, date);
  await fx.writeBriefDir(dir, files);
  const names = Object.keys(files).sort();
  fx.out(`Wrote ${names.map((n) => path.join(dir, n)).join(', ')}`);
  if (pdfError) throw pdfError;
  return { date, dir, files: names };
}

/** The editor's note for `date`, or undefined when there is none (any other read error fails). */
async function readNote(fx: Effects, dataDir: string, date: string) {
  const file = path.join(dataDir, 'notes', `${date}.md`);
  try {
    return { file, text: await fx.readText(file) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BriefError('data', `${file}: cannot read the editor's note (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

async function printOnce(fx: Effects, html: string, paper: 'a4' | 'letter', date: string): Promise<Uint8Array> {
  const printer = await fx.openPrinter();
  try {
    return await printer.print(html, { paper, headerTitle: 'Rotation Brief', headerDate: formatLongDate(date), footerLeft: `Rotation Brief for ${formatLongDate(date)} · figures in stats.json` });
  } finally {
    await printer.close();
  }
}
