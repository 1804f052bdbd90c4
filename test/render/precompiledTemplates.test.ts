/**
 * Templates compiled at build time (src/render/precompiledTemplates.ts) render what the same
 * templates compiled at run time render, are used only for the texts they were compiled from,
 * and still name the file and line of a render error. (test/build/bundle.test.ts checks the
 * whole brief of the bundle, which uses the repository's templates compiled so, byte for byte.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchiveTemplates } from '../../src/deliver/archive/archiveTemplates.js';
import { BriefError } from '../../src/errors.js';
import type { CitationData } from '../../src/render/citationHelpers.js';
import {
  archiveFor,
  precompiledFor,
  precompiledModuleSource,
  templateSetKey,
  type PrecompiledSet,
} from '../../src/render/precompiledTemplates.js';
import {
  compileTemplates,
  loadTemplates,
  prepareTemplates,
  type TemplateSet,
} from '../../src/render/templates.js';
import { REPO } from '../helpers/cliHarness.js';
import { briefErrorOf } from '../helpers/briefErrorOf.js';

const NO_CITATIONS = {} as CitationData;
const work = mkdtempSync(path.join(tmpdir(), 'precompiled-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SET: TemplateSet = {
  dir: 't',
  main: '<h1>{{title}}</h1>\n{{#each rows}}{{> row}}{{/each}}\n{{{raw}}}|{{#if flag}}yes{{else}}no{{/if}}\n',
  partials: {
    row: '<tr><td>{{name}}</td><td>{{pct value}}</td>\n{{#if note}}<td>{{note.text}}</td>{{/if}}</tr>\n',
  },
  css: 'body{}',
  methodology: '# How\n\nSimple *returns*, close to close.\n',
};

const CONTEXT = {
  title: 'Small caps <lead> & "win"',
  rows: [
    { name: 'IWM', value: 0.0135, note: null },
    { name: "S&P's", value: -0.002, note: { text: '<b>x</b>' } },
  ],
  raw: '<em>kept</em>',
  flag: false,
};

/** The archive's pages of the test set (templates/archive/ holds the real ones). */
const PAGES = {
  index: '<h1>{{title}}</h1>\n{{#each years}}<a href="{{year}}/">{{year}}</a>{{/each}}\n',
  year: '<h1>{{year}}</h1>\n<p>{{count}} briefs</p>\n',
  latest: '<p>{{date}}</p>\n',
};

let n = 0;
/** `t` compiled as scripts/build.mjs compiles it: the module written out and imported. */
async function built(t: TemplateSet, pages = PAGES): Promise<PrecompiledSet> {
  const file = path.join(work, `set-${n++}.mjs`);
  writeFileSync(
    file,
    precompiledModuleSource(t, (md) => `<p>md:${md.length}</p>`, pages),
  );
  const mod = (await import(pathToFileURL(file).href)) as { PRECOMPILED_TEMPLATES: PrecompiledSet };
  return mod.PRECOMPILED_TEMPLATES;
}

describe('templates compiled at build time', () => {
  it('render the same text as the templates compiled at run time', async () => {
    const pre = await built(SET);
    const atBuild = compileTemplates(SET, pre)(CONTEXT, NO_CITATIONS);
    const atRun = compileTemplates(SET, null)(CONTEXT, NO_CITATIONS);
    expect(atBuild).toBe(atRun);
    // The test can fail: escaping, the partial, the helper and the else branch all show.
    expect(atRun).toContain('<h1>Small caps &lt;lead&gt; &amp; &quot;win&quot;</h1>');
    expect(atRun).toContain('<td>&lt;b&gt;x&lt;/b&gt;</td>');
    expect(atRun).toContain('<em>kept</em>|no');
  });

  it('are used only for the texts they were compiled from (the folder may move)', async () => {
    const pre = await built(SET);
    expect(pre.key).toBe(templateSetKey(SET));
    expect(precompiledFor({ ...SET, dir: 'elsewhere', css: 'p{}' }, pre)).toBe(pre);
    const edited = { ...SET, partials: { row: `${SET.partials.row as string}<!-- -->` } };
    expect(precompiledFor(edited, pre)).toBeNull();
    expect(precompiledFor({ ...SET, methodology: '# Other' }, pre)).toBeNull();
    expect(precompiledFor({ ...SET, partials: { ...SET.partials, extra: '' } }, pre)).toBeNull();
    // An edited set is compiled as read: its change shows.
    expect(compileTemplates(edited, pre)(CONTEXT, NO_CITATIONS)).toContain('<!-- -->');
  });

  it('give the methodology HTML without rendering the Markdown again', async () => {
    const pre = await built(SET);
    const never = () => {
      throw new Error('rendered again');
    };
    expect(prepareTemplates(SET, never, pre).methodologyHtml).toBe('<p>md:41</p>');
    expect(prepareTemplates(SET, (md) => `<p>${md.length}</p>`, null).methodologyHtml).toBe(
      '<p>41</p>',
    );
  });

  it('still name the file and line of a render error (the text is parsed when one is thrown)', async () => {
    const bad = { ...CONTEXT, rows: [{ name: 'IWM', value: 0.01, note: { txt: 'typo' } }] };
    const thrown = (pre: PrecompiledSet | null) =>
      briefErrorOf(() => compileTemplates(SET, pre)(bad, NO_CITATIONS));
    const atBuild = thrown(await built(SET));
    expect(atBuild.message).toBe('t/partials/row.hbs:2: unknown field "text"');
    expect([atBuild.message, atBuild.hint]).toEqual([thrown(null).message, thrown(null).hint]);
    // A call Handlebars' compile rewrites (a string literal as a helper name): the same message.
    const literal = { ...SET, main: 'a\n{{"nosuch" x}}\n' };
    const message = (pre: PrecompiledSet | null) => {
      try {
        compileTemplates(literal, pre)({ x: 1 }, NO_CITATIONS);
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(message(null)).toBe('t/brief.hbs:2: unknown field "nosuch"');
    expect(message(await built(literal))).toBe(message(null));
  });

  it('compile the archive pages too, used only for the texts they were compiled from', async () => {
    const dir = path.join(work, 'templates');
    mkdirSync(path.join(dir, 'archive'), { recursive: true });
    for (const [page, text] of Object.entries(PAGES))
      writeFileSync(path.join(dir, 'archive', `${page}.hbs`), text);
    writeFileSync(path.join(dir, 'archive', 'archive.css'), 'p{}');
    const read = (f: string) => readFile(f, 'utf8');
    const pre = await built(SET);
    expect(archiveFor(PAGES, pre)).toBe(pre.archive);
    expect(archiveFor({ ...PAGES, year: '<h1>{{year}}</h1>' }, pre)).toBeNull();
    const context = { title: 'Briefs <all>', years: [{ year: 2026 }, { year: 2025 }] };
    const atBuild = await loadArchiveTemplates(dir, read, pre);
    const atRun = await loadArchiveTemplates(dir, read, null);
    expect(atBuild.index(context)).toBe(atRun.index(context));
    expect(atRun.index(context)).toBe(
      '<h1>Briefs &lt;all&gt;</h1>\n<a href="2026/">2026</a><a href="2025/">2025</a>\n',
    );
    // A render error still names the page's file and line.
    const error = (t: typeof atRun) => {
      try {
        t.year({ year: 2026 });
      } catch (e) {
        return (e as BriefError).message;
      }
      return 'no error';
    };
    expect(error(atBuild)).toBe(
      `${path.join(dir, 'archive', 'year.hbs')}:2: unknown field "count"`,
    );
    expect(error(atBuild)).toBe(error(atRun));
    // Edited since the build: compiled as read.
    writeFileSync(path.join(dir, 'archive', 'latest.hbs'), '<p>on {{date}}</p>\n');
    expect((await loadArchiveTemplates(dir, read, pre)).latest({ date: 'x' })).toBe(
      '<p>on x</p>\n',
    );
  });

  it("are what the build embeds for the repository's templates: their keys match the texts read", async () => {
    const { precompiledSource } = await import('../../scripts/precompileTemplates.js');
    const dir = path.join(REPO, 'templates');
    const file = path.join(work, 'repo-set.mjs');
    writeFileSync(file, await precompiledSource(dir));
    const pre = (
      (await import(pathToFileURL(file).href)) as { PRECOMPILED_TEMPLATES: PrecompiledSet }
    ).PRECOMPILED_TEMPLATES;
    const read = (f: string) => readFile(f, 'utf8');
    const set = await loadTemplates(dir, { readFile: read, listDir: (d) => readdir(d) });
    expect(precompiledFor(set, pre)).toBe(pre);
    const page = async (p: string) => read(path.join(dir, 'archive', `${p}.hbs`));
    const texts = {
      index: await page('index'),
      year: await page('year'),
      latest: await page('latest'),
    };
    expect(archiveFor(texts, pre)).toBe(pre.archive);
  });
});
