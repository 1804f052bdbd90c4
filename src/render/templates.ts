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
import { parsed } from './parseTemplate.js';
import {
  MAIN_OPTIONS,
  PARTIAL_OPTIONS,
  precompiledFor,
  type PrecompiledSet,
} from './precompiledTemplates.js';
import { PRECOMPILED_TEMPLATES } from './precompiledTemplatesData.js';
import { describeRenderError } from './templateErrors.js';
import type { TemplateSet } from './templateSet.js';
import { helperList, unknownCalls, type KnownNames, type UnknownCall } from './unknownCalls.js';

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
  const mainFile = path.join(t.dir, 'brief.hbs');
  const texts = new Map([[mainFile, t.main]]);
  for (const [name, text] of Object.entries(t.partials))
    texts.set(path.join(partialsDir, `${name}.hbs`), text);
  // The calls of each file, for a render error's message: found before compiling (compile
  // rewrites the tree), or, with the precompiled set, from a fresh parse when one is thrown.
  const trees = new Map<string, hbs.AST.Program>();
  const calls = new Map<string, UnknownCall[]>();
  const fresh = (file: string) => parsed(hb, file, texts.get(file) as string);
  const tree = (file: string) => trees.get(file) ?? fresh(file);
  if (pre === null) {
    for (const file of texts.keys()) {
      trees.set(file, fresh(file));
      calls.set(file, unknownCalls(tree(file), known));
    }
  }
  const callsIn = (file: string): UnknownCall[] => {
    let found = calls.get(file);
    if (found === undefined) calls.set(file, (found = unknownCalls(fresh(file), known)));
    return found;
  };
  for (const name of Object.keys(t.partials)) {
    const file = path.join(partialsDir, `${name}.hbs`);
    const spec = pre?.partials[name];
    hb.registerPartial(
      name,
      marked(file, spec ? hb.template(spec) : hb.compile(tree(file), { ...PARTIAL_OPTIONS })),
    );
  }
  const main = pre ? hb.template(pre.main) : hb.compile(tree(mainFile), { ...MAIN_OPTIONS });
  return (context, citations) => {
    try {
      return main(ownPropertiesOnly(context), { data: { citations } });
    } catch (e) {
      const file = (e as { [THROWN_IN]?: string } | null)?.[THROWN_IN] ?? mainFile;
      const { line, problem, field } = describeRenderError(e, callsIn(file));
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
