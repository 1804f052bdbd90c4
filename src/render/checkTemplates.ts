/**
 * `brief check` of a templates folder: every .hbs parses (a syntax error names file and line),
 * and the brief renders in strict mode for the data's last session, with a sample note so the
 * commentary partial is exercised (an unknown field names the template line that uses it).
 */
import path from 'node:path';
import Handlebars from 'handlebars';
import { BriefError } from '../errors.js';
import type { CheckedData, ProblemList } from '../model/check.js';
import { listSorted } from '../model/check.js';
import type { FileSystem } from '../model/effects.js';
import { optionalSymbols } from '../model/optionalSymbols.js';
import type { Series } from '../model/series.js';
import { universeSymbols } from '../model/universe.js';
import { resolveAsOf } from '../stats/asOf.js';
import { loadBriefTemplates } from './briefAssets.js';
import { fontFaceCss } from './fontCss.js';
import { renderBrief } from './renderBrief.js';
import { describeParseError } from './templateErrors.js';
import type { TemplateSet } from './templates.js';

/** The effects of the templates check: listing, the folder's confined reader, the fonts. */
export interface TemplatesCheckFx extends Pick<FileSystem, 'listDir' | 'readBinary'> {
  readonly readTemplate: (file: string) => Promise<string>;
  /** Paths of the bundled font files. */
}

/** The sub-folders of a templates folder holding .hbs files ('' is the folder itself). */
export const TEMPLATE_FOLDERS = ['', 'partials', 'archive', 'email'] as const;

/** A sample note citing a figure, so the commentary partial and the note path are exercised. */
const SAMPLE_NOTE =
  '---\ntitle: Check\nauthor: brief check\nsources:\n  - brief check\n---\nSample note: {{pct series.%s.day}}.\n';

/**
 * Parse every .hbs under `templatesDir` (syntax only). Returns how many there are and the
 * sub-folders holding one that does not parse (the later checks skip those: already reported).
 */
export async function parseAllTemplates(
  templatesDir: string,
  fx: TemplatesCheckFx,
  c: ProblemList,
): Promise<{ count: number; broken: Set<string> }> {
  let n = 0;
  const broken = new Set<string>();
  for (const sub of TEMPLATE_FOLDERS) {
    const dir = path.join(templatesDir, sub);
    const names = (await listSorted(fx, dir).catch(() => null)) ?? [];
    for (const name of names.filter((f) => f.endsWith('.hbs'))) {
      const file = path.join(dir, name);
      n++;
      let text: string;
      try {
        text = await fx.readTemplate(file);
      } catch (e) {
        c.unreadable(file, e);
        broken.add(sub);
        continue;
      }
      try {
        Handlebars.parse(text);
      } catch (e) {
        const { line, problem } = describeParseError(text, e);
        c.error(file, line, problem);
        broken.add(sub);
      }
    }
  }
  return { count: n, broken };
}

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

/** Render the brief in strict mode for the data's last session; `broken`: from parseAllTemplates. */
export async function checkBriefTemplates(
  o: { readonly templatesDir: string; readonly generator: string },
  data: CheckedData,
  fx: TemplatesCheckFx,
  c: ProblemList,
  broken: ReadonlySet<string>,
): Promise<void> {
  if (broken.has('') || broken.has('partials')) return; // already reported, line by line
  let loaded: Awaited<ReturnType<typeof loadBriefTemplates>>;
  try {
    loaded = await loadBriefTemplates(o.templatesDir, fx);
  } catch (e) {
    c.caught('', e);
    return;
  }
  const u = data.universe;
  if (!data.complete || !u) return; // the render needs the figures; the syntax was checked
  const small = data.series.get(u.indices.smallCap.symbol) as Series;
  const date = small.dates[small.dates.length - 1] as string;
  try {
    const fontCss = fontFaceCss();
    const rendered = await renderBrief({
      universe: u,
      series: data.series,
      asOf: resolveAsOf(data.series, date, optionalSymbols(u), universeSymbols(u)),
      templates: loaded.templates,
      fontCss,
      generator: o.generator,
      note: { file: '(sample note)', text: SAMPLE_NOTE.replace('%s', u.indices.smallCap.symbol) },
    });
    // Laid out on first use: a figure stats.json cannot hold fails the check, not only a brief.
    void [rendered.statsJson, rendered.historyFiles];
  } catch (e) {
    // A field reached without a line (through lookup, or on a string): found by its name.
    const field =
      e instanceof BriefError && e.kind === 'template'
        ? /^[^:]*: unknown field "([^"]+)"$/.exec(e.message)?.[1]
        : undefined;
    const at = field ? locateField(loaded.set, field) : null;
    if (at && field) c.error(at.file, at.line, `unknown field "${field}"`);
    else c.caught('', e);
  }
}
