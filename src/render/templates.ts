/**
 * Loading and compiling the Handlebars templates of a brief (`templates/` by default):
 * `brief.hbs`, `partials/*.hbs`, `brief.css` and `methodology.md`. Templates compile in
 * strict mode: a misspelt field fails with the template's name instead of rendering blank.
 */
import Handlebars from 'handlebars';
import path from 'node:path';
import { BriefError } from '../errors.js';
import { readTemplateFile } from './readTemplateFile.js';
import { registerCitationHelpers, type CitationData } from './citationHelpers.js';
import { ownPropertiesOnly, strictHandlebars } from './strictRuntime.js';

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
    const msg = (e as Error).message.split('\n');
    const line = /line (\d+)/.exec(msg[0] ?? '')?.[1];
    throw new BriefError('template', `${file}${line ? `:${line}` : ''}: ${msg[0]}`);
  }
}

/** Renders the brief: the report context and the citations of this rendering. */
export type RenderBrief = (context: object, citations: CitationData) => string;

/** Compile a template set into a render function of the report context. */
export function compileTemplates(t: TemplateSet): RenderBrief {
  const hb = strictHandlebars();
  registerCitationHelpers(hb);
  const mainTree = parsed(hb, path.join(t.dir, 'brief.hbs'), t.main);
  for (const [name, text] of Object.entries(t.partials)) {
    const tree = parsed(hb, path.join(t.dir, 'partials', `${name}.hbs`), text);
    hb.registerPartial(name, hb.compile(tree, { strict: true, noEscape: false }));
  }
  const main = hb.compile(mainTree, { strict: true });
  return (context, citations) => {
    try {
      return main(ownPropertiesOnly(context), { data: { citations } });
    } catch (e) {
      const m = (e as Error).message;
      const where = /- (\d+):(\d+)$/.exec(m);
      // Strict mode: '"x" not defined'; a name looked up on a string or number: "search for 'x'".
      const field = /"([^"]+)" not defined/.exec(m)?.[1] ?? /search for '([^']+)'/.exec(m)?.[1];
      const text = field ? `unknown field "${field}"` : m.split('\n')[0];
      const loc = where
        ? ` (line ${where[1]}, column ${where[2]} of the template or partial using it)`
        : '';
      throw new BriefError(
        'template',
        `${t.dir}: ${text}${loc}`,
        'check the field name against the report context (docs/stats-json.md)',
      );
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
