/**
 * What every brief of a run shares, loaded once: the universe, the series, the compiled
 * templates and the fonts. `build(date)` then renders one brief's files in memory; the daily run
 * builds one date, a backfill many.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { marked } from 'marked';
import { BriefError } from '../errors.js';
import { loadUniverseSeries } from '../ingest/loadSeries.js';
import type { Series } from '../ingest/series.js';
import { parseUniverse, universeSymbols, type Universe } from '../ingest/universe.js';
import { fontFaceCss } from '../render/fontCss.js';
import { renderBrief, type RenderedBrief } from '../render/renderBrief.js';
import { loadTemplates, prepareTemplates } from '../render/templates.js';
import { resolveAsOf, type AsOf } from '../stats/asOf.js';
import { seriesFingerprints } from '../stats/seriesFingerprint.js';
import type { Effects } from './effects.js';

export interface SessionOptions {
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

async function loadUniverse(dataDir: string, fx: Effects): Promise<Universe> {
  const file = path.join(dataDir, 'universe.json');
  const text = await fx.readText(file).catch((e: NodeJS.ErrnoException) => {
    throw new BriefError('data', `${file}: cannot read (${e.code ?? e.message})`, '--data must name a folder holding universe.json and closes/');
  });
  return parseUniverse(text, file);
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

/** Load everything a run's briefs share. */
export async function openBriefSession(o: SessionOptions, fx: Effects): Promise<BriefSession> {
  const universe = await loadUniverse(o.dataDir, fx);
  const symbols = universeSymbols(universe);
  fx.log(`Loading ${symbols.length} series from ${path.join(o.dataDir, 'closes')}`);
  const series = await loadUniverseSeries(path.join(o.dataDir, 'closes'), symbols, fx.readText);
  const optional = new Set([...universe.etfs, ...universe.sectors, ...universe.megaCaps].filter((e) => e.optional).map((e) => e.symbol));
  const templateSet = await loadTemplates(o.templatesDir, { readFile: fx.readText, listDir: fx.listDir });
  const templates = prepareTemplates(templateSet, (md) => marked.parse(md, { async: false }));
  const staticHash = createHash('sha256')
    .update(JSON.stringify([o.generator, universe, templateSet.main, templateSet.partials, templateSet.css, templateSet.methodology]))
    .digest('hex');
  const fonts = await Promise.all(fx.fontFiles().map(async (f) => ({ weight: f.weight, bytes: await fx.readBinary(f.file) })));
  const fontCss = fontFaceCss(fonts);
  const small = series.get(universe.indices.smallCap.symbol);
  const asOf = (date: string) => resolveAsOf(series, date, optional, symbols);
  return {
    universe,
    series,
    lastDataDate: small?.dates[small.dates.length - 1] ?? '',
    asOf,
    async inputsHash(date, given, extra) {
      const note = await readNote(fx, o.dataDir, date);
      const rows = [...given.index].map(([sym, i]) => `${sym}:${i}:${seriesFingerprints(series.get(sym) as Series)[i]}`);
      return createHash('sha256')
        .update(JSON.stringify([staticHash, extra, note?.text ?? null, rows, given.excluded]))
        .digest('hex');
    },
    async build(date, given) {
      const note = await readNote(fx, o.dataDir, date);
      return renderBrief({ universe, series, asOf: given ?? asOf(date), templates, fontCss, generator: o.generator, note });
    },
  };
}
