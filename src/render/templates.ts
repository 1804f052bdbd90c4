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
import { describeParseError, describeRenderError } from './templateErrors.js';
import { helperList, unknownCalls, type KnownNames, type UnknownCall } from './unknownCalls.js';

export interface TemplateSet {
  readonly dir: string;
  readonly main: string;
  readonly partials: Readonly<Record<string, string>>;
  readonly css: string;
  readonly methodology: string;
}

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

/**
 * The template parsed once (compile takes the tree and applies the whitespace rules itself), or
 * its syntax error with the file and line.
 */
function parsed(hb: typeof Handlebars, file: string, text: string): hbs.AST.Program {
  try {
    return hb.parseWithoutProcessing(text);
  } catch (e) {
    const { line, problem } = describeParseError(text, e);
    throw new BriefError('template', `${file}${line ? `:${line}` : ''}: ${problem}`);
  }
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
 * Compile a template set into a render function of the report context.
 *
 * @throws BriefError('template') naming the file and line of a syntax error; the render function
 *   throws one naming those of a field, helper or partial that does not exist.
 */
export function compileTemplates(t: TemplateSet): RenderBrief {
  const hb = strictHandlebars();
  registerCitationHelpers(hb);
  const partialsDir = path.join(t.dir, 'partials');
  const known: KnownNames = {
    helpers: hb.helpers,
    partials: Object.keys(t.partials),
    partialsWhere: `the partials in ${partialsDir}${path.sep}`,
  };
  const calls = new Map<string, UnknownCall[]>();
  const mainFile = path.join(t.dir, 'brief.hbs');
  const mainTree = parsed(hb, mainFile, t.main);
  calls.set(mainFile, unknownCalls(mainTree, known));
  for (const [name, text] of Object.entries(t.partials)) {
    const file = path.join(partialsDir, `${name}.hbs`);
    const tree = parsed(hb, file, text);
    calls.set(file, unknownCalls(tree, known));
    hb.registerPartial(name, marked(file, hb.compile(tree, { strict: true, noEscape: false })));
  }
  const main = hb.compile(mainTree, { strict: true });
  return (context, citations) => {
    try {
      return main(ownPropertiesOnly(context), { data: { citations } });
    } catch (e) {
      const file = (e as { [THROWN_IN]?: string } | null)?.[THROWN_IN] ?? mainFile;
      const { line, problem, field } = describeRenderError(e, calls.get(file));
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
): PreparedTemplates {
  return {
    dir: t.dir,
    css: t.css,
    methodologyHtml: markdown(t.methodology),
    render: compileTemplates(t),
  };
}
