// The module scripts/build.mjs puts in the bundle in place of src/render/precompiledTemplatesData.ts:
// the templates of `dir` (the repository's templates/, the archive's pages included) compiled as a
// run would compile them.
import { readFile, readdir } from 'node:fs/promises';
import { marked } from 'marked';
import { precompiledModuleSource } from '../src/render/precompiledTemplates.js';
import { readTemplateFile } from '../src/render/readTemplateFile.js';
import { loadTemplates } from '../src/render/templates.js';

export async function precompiledSource(dir: string): Promise<string> {
  const t = await loadTemplates(dir, {
    readFile: (f) => readFile(f, 'utf8'),
    listDir: (d) => readdir(d),
  });
  const archive = async (page: string) =>
    (await readTemplateFile(dir, 'archive', `${page}.hbs`, (f) => readFile(f, 'utf8'), '')).source;
  return precompiledModuleSource(t, (md) => marked.parse(md, { async: false }), {
    index: await archive('index'),
    year: await archive('year'),
    latest: await archive('latest'),
  });
}
