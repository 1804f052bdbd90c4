/**
 * One template's render function, from its build-time compilation (precompiledTemplates.ts) or
 * compiled now, with the calls it makes (helpers, partials), which a render error's message
 * names (templateErrors.ts).
 */
import type Handlebars from 'handlebars';
import { parsed } from './parseTemplate.js';
import { unknownCalls, type KnownNames, type UnknownCall } from './unknownCalls.js';

export interface CompiledTemplate {
  readonly render: Handlebars.TemplateDelegate;
  /** The template's calls: found before compiling, or when first asked for a precompiled one. */
  readonly calls: () => UnknownCall[];
}

/**
 * `text` of `file` compiled on `hb` with `options`, or `spec` (compiled from the same text at
 * build time) when given. The calls are read from the tree before compile rewrites it; for a
 * precompiled template the text is parsed only when a render error asks for them.
 *
 * @throws BriefError('template') naming the file and line of a syntax error (no `spec`).
 */
export function compileTemplate(
  hb: typeof Handlebars,
  file: string,
  text: string,
  spec: TemplateSpecification | undefined,
  options: CompileOptions,
  known: KnownNames,
): CompiledTemplate {
  const tree = spec === undefined ? parsed(hb, file, text) : null;
  let calls = tree === null ? null : unknownCalls(tree, known);
  const render =
    spec !== undefined ? hb.template(spec) : hb.compile(tree as hbs.AST.Program, { ...options });
  return { render, calls: () => (calls ??= unknownCalls(parsed(hb, file, text), known)) };
}
