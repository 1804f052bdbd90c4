/**
 * What every brief of a run shares besides the data: the compiled templates (read through the
 * templates folder's confined reader) and the @font-face CSS of the bundled fonts. Loaded once by
 * a build session, and by `brief check`.
 */
import { marked } from 'marked';
import type { FileSystem } from '../model/effects.js';
import { fontFaceCss } from './fontCss.js';
import { loadTemplates, prepareTemplates, type TemplateSet } from './templates.js';

/** Read and compile the templates in `dir`: the sources (`set`) and the compiled `templates`. */
export async function loadBriefTemplates(
  dir: string,
  fx: Pick<FileSystem, 'listDir'> & { readonly readTemplate: (file: string) => Promise<string> },
): Promise<{ set: TemplateSet; templates: ReturnType<typeof prepareTemplates> }> {
  const set = await loadTemplates(dir, { readFile: fx.readTemplate, listDir: fx.listDir });
  return { set, templates: prepareTemplates(set, (md) => marked.parse(md, { async: false })) };
}

/** The @font-face rules of the bundled fonts (their files read with `readBinary`). */
export async function loadFontCss(
  fx: Pick<FileSystem, 'readBinary'> & {
    readonly fontFiles: () => readonly { weight: number; file: string }[];
  },
): Promise<string> {
  const fonts = await Promise.all(
    fx.fontFiles().map(async (f) => ({ weight: f.weight, bytes: await fx.readBinary(f.file) })),
  );
  return fontFaceCss(fonts);
}
