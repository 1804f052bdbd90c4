// The module scripts/build.mjs puts in the bundle in place of src/render/precompiledTemplatesData.ts:
// the templates of `dir` (the repository's templates/) compiled as a run would compile them.
import { readFile, readdir } from 'node:fs/promises';
import { marked } from 'marked';
import { precompiledModuleSource } from '../src/render/precompiledTemplates.js';
import { loadTemplates } from '../src/render/templates.js';

export async function precompiledSource(dir: string): Promise<string> {
  const t = await loadTemplates(dir, {
    readFile: (f) => readFile(f, 'utf8'),
    listDir: (d) => readdir(d),
  });
  return precompiledModuleSource(t, (md) => marked.parse(md, { async: false }));
}
