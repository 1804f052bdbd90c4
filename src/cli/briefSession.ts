/**
 * What every brief of a run shares, loaded once: the universe, the series, the compiled
 * templates and the fonts. `build(date)` then renders one brief's files in memory; the daily run
 * builds one date, a backfill many.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { BriefError, errnoCode } from '../errors.js';
import { calendarGuard } from '../ingest/calendarGuard.js';
import { loadUniverseSeries } from '../ingest/loadSeries.js';
import { loadUniverse } from '../ingest/universe.js';
import { optionalSymbols } from '../model/optionalSymbols.js';
import type { Series } from '../model/series.js';
import { universeSymbols, type Universe } from '../model/universe.js';
import { loadBriefTemplates } from '../render/briefAssets.js';
import { fontFaceCss } from '../render/fontCss.js';
import type { TemplateSet } from '../render/templates.js';
import { renderBrief, type RenderedBrief } from '../render/renderBrief.js';
import { resolveSiteUrl, SITE_URL_ENV } from '../deliver/archive/siteUrl.js';
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

/** The editor's note for `date`, or undefined when there is none (any other read error fails). */
async function readNote(read: ReadText, dataDir: string, date: string) {
  const file = path.join(dataDir, 'notes', `${date}.md`);
  try {
    return { file, text: await read(file) };
  } catch (e) {
    if (e instanceof BriefError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BriefError('data', `${file}: cannot read the editor's note (${errnoCode(e)})`);
  }
}

/** A hash of what every brief of the session depends on besides its rows and note. */
function staticInputsHash(
  generator: string,
  universe: Universe,
  t: TemplateSet,
  siteUrl: string | null,
): string {
  const inputs = [generator, universe, t.main, t.partials, t.css, t.methodology, siteUrl];
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** Which series take part on a date, refusing stale data and calendar gaps before it. */
function asOfResolver(universe: Universe, series: ReadonlyMap<string, Series>) {
  const symbols = universeSymbols(universe);
  const optional = optionalSymbols(universe);
  const agreesWithCalendar = calendarGuard(series);
  const indexSymbols = Object.values(universe.indices).map((x) => x.symbol);
  return (date: string): AsOf => {
    const a = resolveAsOf(series, date, optional, symbols);
    requireHistory(series, a, indexSymbols);
    agreesWithCalendar(date, a.index.keys());
    return a;
  };
}

/** Load everything a run's briefs share. */
export async function openBriefSession(o: SessionOptions, fx: Effects): Promise<BriefSession> {
  const readers = dataReaders(fx, o.dataDir);
  const universe = await loadUniverse(o.dataDir, readers.universe);
  const symbols = universeSymbols(universe);
  fx.log(`Loading ${symbols.length} series from ${path.join(o.dataDir, 'closes')}`);
  const closes = path.join(o.dataDir, 'closes');
  const store = fx.seriesStore ?? null;
  const series = await loadUniverseSeries(closes, symbols, readers.prices, undefined, store);
  const { set, templates } = await loadBriefTemplates(o.templatesDir, {
    ...fx,
    readTemplate: templateReader(fx, o.templatesDir),
  });
  // The brief names its online copy (in the PDF) when the archive's URL is set.
  const siteText = fx.env[SITE_URL_ENV]?.trim() ?? '';
  const siteUrl = siteText === '' ? null : resolveSiteUrl(siteText);
  const staticHash = staticInputsHash(o.generator, universe, set, siteUrl);
  const fontCss = fontFaceCss();
  const small = series.get(universe.indices.smallCap.symbol);
  const asOf = asOfResolver(universe, series);
  const note = (date: string) => readNote(readers.note, o.dataDir, date);
  return {
    universe,
    series,
    lastDataDate: small?.dates[small.dates.length - 1] ?? '',
    asOf,
    async inputsHash(date, given, extra) {
      const text = (await note(date))?.text ?? null;
      const rows = [...given.index].map(
        ([sym, i]) => `${sym}:${i}:${seriesFingerprints(series.get(sym) as Series)[i]}`,
      );
      return createHash('sha256')
        .update(JSON.stringify([staticHash, extra, text, rows, given.excluded]))
        .digest('hex');
    },
    async build(date, given) {
      const { generator, range } = o;
      const common = { universe, series, templates, fontCss, generator, range, siteUrl };
      const text = await note(date);
      return renderBrief({ ...common, asOf: given ?? asOf(date), note: text });
    },
  };
}
