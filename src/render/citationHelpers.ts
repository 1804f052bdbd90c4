/**
 * Template helpers that number source notes in the order a reader meets them:
 * - `{{cited html}}` outputs prose HTML with its citation placeholders numbered (and its figures
 *   bound to their units and names, bindFigures.ts);
 * - `{{#each (sourceNotes)}}` lists the notes numbered so far (put it after the prose);
 * - `{{cite "series.RUT.day"}}` cites a figure of stats.json by its path, from a template.
 * The numbering of one rendering is passed in Handlebars' data as `citations`.
 */
import Handlebars from 'handlebars';
import type { BriefStats } from '../stats/briefStats.js';
import type { CitationNumbers, SourceNotes } from './narrative/sourceNotes.js';
import { citeMarker, resolveCitations } from './narrative/prose.js';
import { figureNote } from './figureNote.js';
import { bindProse } from './bindFigures.js';

/** What one rendering of a brief carries in Handlebars' data. */
export interface CitationData {
  readonly notes: SourceNotes;
  readonly numbers: CitationNumbers;
  readonly stats: BriefStats;
}

interface HelperOptions {
  readonly data?: { readonly citations?: CitationData };
}

function citationsOf(helper: string, options: HelperOptions | undefined): CitationData {
  const c = options?.data?.citations;
  if (!c)
    throw new Error(`{{${helper}}} needs the brief's citations (only the brief template has them)`);
  return c;
}

/** Register `cited`, `sourceNotes` and `cite` on `hb`. */
export function registerCitationHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('cited', (html: unknown, options: HelperOptions) => {
    if (typeof html !== 'string')
      throw new TypeError(
        `{{cited}} expects prose HTML, got ${html === undefined ? 'undefined (a misspelt or missing field?)' : typeof html}`,
      );
    const c = citationsOf('cited', options);
    return new Handlebars.SafeString(
      bindProse(resolveCitations(html, (id) => c.numbers.number(id))),
    );
  });
  hb.registerHelper('sourceNotes', (options: HelperOptions) =>
    citationsOf('sourceNotes', options).numbers.list(),
  );
  hb.registerHelper('cite', (path: unknown, options: HelperOptions) => {
    if (typeof path !== 'string') throw new TypeError('{{cite}} expects a stats.json path');
    const c = citationsOf('cite', options);
    const { cite } = c.notes.cite(figureNote(c.stats, path));
    const n = c.numbers.number(cite);
    return new Handlebars.SafeString(citeMarker(n));
  });
}
