/**
 * `brief check`: validate everything a brief depends on, and the archive, without writing
 * anything. Each stage owns its validator; this composes them over the confined readers:
 *
 * - data (src/ingest/checkDataFolder.ts): universe.json, every price CSV, the calendar, jumps;
 * - notes (src/render/checkNotes.ts): named after a session, rendering against its figures;
 * - templates (src/render/checkTemplates.ts): every .hbs parses, the brief renders strictly;
 * - archive (src/deliver/archive/checkArchive.ts): manifest, folders, leftovers of killed runs;
 * - delivery templates (src/deliver/checkDeliveryTemplates.ts): archive pages and email render.
 */
import { checkArchive } from '../deliver/archive/checkArchive.js';
import { checkDeliveryTemplates } from '../deliver/checkDeliveryTemplates.js';
import { checkDataFolder } from '../ingest/checkDataFolder.js';
import { ProblemList, type CheckProblem } from '../model/check.js';
import { checkNotes } from '../render/checkNotes.js';
import { checkBriefTemplates, parseAllTemplates } from '../render/checkTemplates.js';
import type { Effects } from './effects.js';
import { dataReaders, templateReader } from './readers.js';

export type { CheckProblem } from '../model/check.js';

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

/** `file[:line]: problem`, with `warning: ` before the problem of a warning. */
export function formatProblem(p: CheckProblem): string {
  const what = p.severity === 'warning' ? `warning: ${p.problem}` : p.problem;
  if (p.file === '') return what;
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${what}`;
}

/** Run every check; never throws for a problem found (only for an internal error). */
export async function runCheck(o: CheckOptions, fx: Effects): Promise<CheckReport> {
  const c = new ProblemList();
  const generator = o.generator ?? 'rotation-brief check';
  const readers = dataReaders(fx, o.dataDir);
  const readTemplate = templateReader(fx, o.templatesDir);
  // The one thing check changes: browsers and profiles left by runs that were killed outright.
  for (const line of fx.reapBrowsers()) fx.log(`Cleanup: ${line}`);
  const data = await checkDataFolder(
    o,
    { ...fx, readUniverse: readers.universe, readPrices: readers.prices },
    c,
  );
  const notes = await checkNotes(o.dataDir, data, { ...fx, readNote: readers.note }, c);
  fx.log(`Checking the templates in ${o.templatesDir}`);
  const templates = await parseAllTemplates(o.templatesDir, { ...fx, readTemplate }, c);
  await checkBriefTemplates(
    { templatesDir: o.templatesDir, generator },
    data,
    { ...fx, readTemplate },
    c,
    templates.broken,
  );
  fx.log(`Checking the archive in ${o.outDir}`);
  const briefs = await checkArchive(o.outDir, fx, c);
  await checkDeliveryTemplates(
    { templatesDir: o.templatesDir, generator },
    briefs,
    { ...fx, readTemplate },
    c,
    templates.broken,
  );
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
