/**
 * Loading and compiling the Handlebars templates of a brief (`templates/` by default):
 * `brief.hbs`, `partials/*.hbs`, `brief.css` and `methodology.md`. Templates compile in
 * strict mode: a misspelt field fails with the template's file and line instead of rendering
 * blank (what is wrong is said by src/render/templateErrors.ts).
 */
import Handlebars from 'handlebars';
import path from 'node:path';
import { BriefError } from '../errors.js';
import { readTemplateFile } from './readTemplateFile.js';
import { registerCitationHelpers, type CitationData } from './citationHelpers.js';
import { ownPropertiesOnly, strictHandlebars } from './strictRuntime.js';
import { compileTemplate } from './compileTemplate.js';
import {
  MAIN_OPTIONS,
  PARTIAL_OPTIONS,
  precompiledFor,
  type PrecompiledSet,
} from './precompiledTemplates.js';
import { PRECOMPILED_TEMPLATES } from './precompiledTemplatesData.js';
import { describeRenderError } from './templateErrors.js';
import type { TemplateSet } from './templateSet.js';
import { helperList, type KnownNames } from './unknownCalls.js';

export type { TemplateSet } from './templateSet.js';

export interface TemplateFs {
  readFile(file: string): Promise<string>;
  listDir(dir: string): Promise<string[]>;
}

/** Read a template set from `dir` through the injected file system. */
export async function loadTemplates(dir: string, fs: TemplateFs): Promise<TemplateSet> {
  const read = async (rel: string) =>
    (
      await readTemplateFile(
        dir,
        path.dirname(rel),
        path.basename(rel),
        (f) => fs.readFile(f),
        '--templates must name a folder holding brief.hbs, brief.css, methodology.md and partials/',
      )
    ).source;
  const names = (await fs.listDir(path.join(dir, 'partials')).catch(() => []))
    .filter((f) => f.endsWith('.hbs'))
    .sort();
  const odd = names.find((f) => !/^[A-Za-z][A-Za-z0-9_-]*\.hbs$/.test(f));
  if (odd !== undefined) {
    throw new BriefError(
      'template',
      `${path.join(dir, 'partials', odd)}: a partial is named with letters, digits, - and _ only`,
      'rename the file (its name, without .hbs, is how templates include it: {{> name}})',
    );
  }
  const partials: Record<string, string> = {};
  for (const f of names) partials[f.slice(0, -4)] = await read(path.join('partials', f));
  return {
    dir,
    main: await read('brief.hbs'),
    partials,
    css: await read('brief.css'),
    methodology: await read('methodology.md'),
  };
}

/** The file a render error was thrown in (set by the partial that threw it, the innermost). */
const THROWN_IN = Symbol('template file');

/** `render` that marks an error thrown inside it, unless already marked, with `file`. */
function marked(file: string, render: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate {
  return (context, options) => {
    try {
      return render(context, options);
    } catch (e) {
      if (e instanceof Object && Object.isExtensible(e) && !Object.hasOwn(e, THROWN_IN))
        Object.defineProperty(e, THROWN_IN, { value: file });
      throw e;
    }
  };
}

/** Renders the brief: the report context and the citations of this rendering. */
export type RenderBrief = (context: object, citations: CitationData) => string;

/**
 * Compile a template set into a render function of the report context: from the set compiled
 * at build time when `t` is the bundled one (precompiledTemplates.ts), else parsed and compiled
 * here. The calls each file makes (for a render error's message) are found when one is thrown.
 *
 * `built` is the set compiled at build time (the bundle's; tests pass their own).
 *
 * @throws BriefError('template') naming the file and line of a syntax error; the render function
 *   throws one naming those of a field, helper or partial that does not exist.
 */
export function compileTemplates(
  t: TemplateSet,
  built: PrecompiledSet | null = PRECOMPILED_TEMPLATES,
): RenderBrief {
  const hb = strictHandlebars();
  registerCitationHelpers(hb);
  const pre = precompiledFor(t, built);
  const partialsDir = path.join(t.dir, 'partials');
  const known: KnownNames = {
    helpers: hb.helpers,
    partials: Object.keys(t.partials),
    partialsWhere: `the partials in ${partialsDir}${path.sep}`,
  };
  const compile = (
    file: string,
    text: string,
    spec: TemplateSpecification | undefined,
    options: CompileOptions,
  ) => compileTemplate(hb, file, text, spec, options, known);
  const mainFile = path.join(t.dir, 'brief.hbs');
  const main = compile(mainFile, t.main, pre?.main, MAIN_OPTIONS);
  const compiled = new Map([[mainFile, main]]);
  for (const [name, text] of Object.entries(t.partials)) {
    const file = path.join(partialsDir, `${name}.hbs`);
    const partial = compile(file, text, pre?.partials[name], PARTIAL_OPTIONS);
    compiled.set(file, partial);
    hb.registerPartial(name, marked(file, partial.render));
  }
  return (context, citations) => {
    try {
      return main.render(ownPropertiesOnly(context), { data: { citations } });
    } catch (e) {
      const file = (e as { [THROWN_IN]?: string } | null)?.[THROWN_IN] ?? mainFile;
      const { line, problem, field } = describeRenderError(e, (compiled.get(file) ?? main).calls());
      const hint = field
        ? 'check the field name against the report context (docs/stats-json.md)'
        : problem.startsWith('unknown helper')
          ? `the helpers are: ${helperList(hb)}`
          : undefined;
      throw new BriefError('template', `${file}${line ? `:${line}` : ''}: ${problem}`, hint);
    }
  };
}

/** A template set compiled once, ready to render many briefs. */
export interface PreparedTemplates {
  readonly dir: string;
  readonly css: string;
  readonly methodologyHtml: string;
  readonly render: RenderBrief;
}

/** Compile the templates and render the methodology Markdown once. */
export function prepareTemplates(
  t: TemplateSet,
  markdown: (md: string) => string,
  built: PrecompiledSet | null = PRECOMPILED_TEMPLATES,
): PreparedTemplates {
  return {
    dir: t.dir,
    css: t.css,
    methodologyHtml: precompiledFor(t, built)?.methodologyHtml ?? markdown(t.methodology),
    render: compileTemplates(t, built),
  };
}
