/**
 * The calls a parsed template makes of helpers and partials that do not exist, with their lines.
 * Handlebars finds them only while rendering (a branch not taken is never checked), and in strict
 * mode reports a missing helper as a field "not defined", a missing partial without a line: a
 * render error is explained with these (src/render/templateErrors.ts).
 */
import type Handlebars from 'handlebars';

/** A call of a helper or partial that does not exist: the message says so, at its line. */
export interface UnknownCall {
  readonly kind: 'helper' | 'partial';
  readonly name: string;
  readonly line: number | null;
  readonly problem: string;
}

/** What a template may call: the helpers of its environment, the partials it may include. */
export interface KnownNames {
  readonly helpers: Readonly<Record<string, unknown>>;
  readonly partials: readonly string[];
  /** What the list of partials is, for the message: "the partials in templates/partials/". */
  readonly partialsWhere: string;
}

/** What the archive, email and subject templates may call: `hb`'s helpers and no partial. */
export const NO_PARTIALS = (hb: typeof Handlebars): KnownNames => ({
  helpers: hb.helpers,
  partials: [],
  partialsWhere: 'only brief.hbs and its partials can include one',
});

/** The helpers a template may call, for a hint: "each, if, ..., pct, bp, ...". */
export function helperList(hb: typeof Handlebars): string {
  return Object.keys(hb.helpers)
    .filter((h) => !/Missing$/.test(h) && h !== 'log')
    .join(', ');
}

/** A node of a parsed template (its type, and its place in the file). */
type Node = { readonly type: string; readonly loc?: hbs.AST.SourceLocation };

/** Every node of `tree`, in source order. */
function nodes(tree: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(tree)) for (const x of tree) nodes(x, out);
  else if (tree !== null && typeof tree === 'object') {
    if (typeof (tree as Node).type === 'string') out.push(tree as Node);
    for (const [k, v] of Object.entries(tree)) if (k !== 'loc') nodes(v, out);
  }
  return out;
}

/** A simple name (`x`, not `this.x`, `../x`, `@x` or `x.y`), or null. */
function simpleName(path: unknown): string | null {
  const p = path as Partial<hbs.AST.PathExpression>;
  if (p.type !== 'PathExpression' || p.data || p.depth !== 0 || p.parts?.length !== 1) return null;
  return p.original === p.parts[0] ? (p.original ?? null) : null;
}

/**
 * The calls in `tree` of helpers and partials that do not exist. A mustache or block with
 * arguments, or a sub-expression, calls a helper; `{{> name}}` includes a partial (a partial block
 * `{{#> name}}` has its own fallback, a dynamic `{{> (expr)}}` is not known before rendering; an
 * inline partial `{{#*inline "name"}}` of the same file exists).
 */
export function unknownCalls(tree: hbs.AST.Program, known: KnownNames): UnknownCall[] {
  const all = nodes(tree);
  const inline = all.flatMap((n) => {
    const d = n as Partial<hbs.AST.BlockStatement>;
    const name = (d.params?.[0] as Partial<hbs.AST.StringLiteral> | undefined)?.value;
    return n.type === 'DecoratorBlock' && typeof name === 'string' ? [name] : [];
  });
  const partials = new Set([...known.partials, ...inline]);
  const list = known.partials.length > 0 ? `: ${known.partials.join(', ')}` : '';
  const calls: UnknownCall[] = [];
  for (const n of all) {
    const line = n.loc?.start.line ?? null;
    if (n.type === 'PartialStatement') {
      const name = (n as hbs.AST.PartialStatement).name as Partial<hbs.AST.PathExpression>;
      const id = name.type === 'PathExpression' ? name.original : undefined;
      if (id !== undefined && !id.startsWith('@') && !partials.has(id)) {
        const problem = `partial "${id}" does not exist (${known.partialsWhere}${list})`;
        calls.push({ kind: 'partial', name: id, line, problem });
      }
    } else if (['MustacheStatement', 'BlockStatement', 'SubExpression'].includes(n.type)) {
      const s = n as hbs.AST.MustacheStatement;
      const name = simpleName(s.path);
      const call = n.type === 'SubExpression' || s.params.length > 0 || s.hash !== undefined;
      if (call && name !== null && !Object.hasOwn(known.helpers, name))
        calls.push({ kind: 'helper', name, line, problem: `unknown helper "${name}"` });
    }
  }
  return calls;
}
