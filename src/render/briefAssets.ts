/**
 * What every brief of a run shares besides the data: the compiled templates (read through the
 * templates folder's confined reader) Loaded once by a build session, and by
 * `brief check` (the fonts are embedded: src/render/fontCss.ts).
 */
import { marked } from 'marked';
import type { FileSystem } from '../model/effects.js';
import { loadTemplates, prepareTemplates, type TemplateSet } from './templates.js';

/** Read and compile the templates in `dir`: the sources (`set`) and the compiled `templates`. */
export async function loadBriefTemplates(
  dir: string,
  fx: Pick<FileSystem, 'listDir'> & { readonly readTemplate: (file: string) => Promise<string> },
): Promise<{ set: TemplateSet; templates: ReturnType<typeof prepareTemplates> }> {
  const set = await loadTemplates(dir, { readFile: fx.readTemplate, listDir: fx.listDir });
  return { set, templates: prepareTemplates(set, (md) => marked.parse(md, { async: false })) };
}
