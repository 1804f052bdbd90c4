/**
 * What a note's Handlebars may say, checked on its syntax tree before anything renders. A note
 * is untrusted input, so it gets a small language rather than all of Handlebars:
 *
 * - `{{path.to.figure}}` where the path names a number or a string of the brief's figures;
 * - `{{helper path.to.figure}}` with one of {@link NOTE_HELPERS} and exactly one path;
 * - comments `{{! ... }}`.
 *
 * Anything else (blocks, partials, `{{{raw}}}`, sub-expressions, hash arguments, `@data`, `../`,
 * `this`, the built-in `lookup`/`with`/`each`/`log`) is refused with its line. A path must walk
 * own properties only: `toString`, `hasOwnProperty`, `__proto__` or `constructor` are unknown
 * figures, never a blank. A note is limited to {@link MAX_NOTE_EXPRESSIONS} expressions.
 */
import Handlebars from 'handlebars';

/** Helpers a note may use, each formatting one figure (see helpers.ts). */
export const NOTE_HELPERS: ReadonlySet<string> = new Set([
  'pct',
  'pct1',
  'bp',
  'pp',
  'spread',
  'pctu',
  'num',
  'int',
  'fixed1',
  'fixed2',
  'longDate',
  'shortDate',
  'ordinal',
]);

/** Most `{{...}}` expressions one note may hold (README "Limits"). */
export const MAX_NOTE_EXPRESSIONS = 500;

/** A refused expression: the line (1-based, in the text checked) and the problem. */
export interface NoteProblem {
  readonly line: number;
  readonly problem: string;
}

type Node = hbs.AST.Node & { loc: hbs.AST.SourceLocation };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The value at `parts` in `figures` through own properties only, or undefined. */
export function ownPath(figures: unknown, parts: readonly string[]): unknown {
  let cur: unknown = figures;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object' || FORBIDDEN_KEYS.has(p)) return undefined;
    if (!Object.hasOwn(cur, p)) return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

function describe(node: Node): string {
  switch (node.type) {
    case 'BlockStatement':
      return 'a block ({{#...}})';
    case 'PartialStatement':
    case 'PartialBlockStatement':
      return 'a partial ({{> ...}})';
    case 'DecoratorBlock':
    case 'Decorator':
      return 'a decorator';
    default:
      return `a ${node.type}`;
  }
}

/** The problem with one path argument, or null when it names a figure the note may cite. */
function pathProblem(e: hbs.AST.Expression, figures: object, bare: boolean): string | null {
  if (e.type !== 'PathExpression')
    return 'only figure paths may be cited (no literals or sub-expressions)';
  const p = e as hbs.AST.PathExpression;
  if (p.data || p.depth > 0 || p.parts.length === 0 || /^(this|\.)/.test(p.original)) {
    return `"${p.original}" is not a figure path (write e.g. series.RUT.day)`;
  }
  const value = ownPath(figures, p.parts);
  if (value === undefined || value === null) return `unknown figure "${p.original}"`;
  if (bare && typeof value === 'object') {
    return `"${p.original}" is a figure, not a number: format it, e.g. {{pct ${p.original}}}`;
  }
  return null;
}

function mustacheProblem(m: hbs.AST.MustacheStatement, figures: object): string | null {
  const name = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : '';
  if (!m.escaped) return `raw output {{{${name}}}} is not allowed in notes`;
  if (m.hash && m.hash.pairs.length > 0) return `hash arguments are not allowed in notes`;
  if (m.params.length === 0) return pathProblem(m.path, figures, true);
  if (!NOTE_HELPERS.has(name)) {
    return `"${name}" is not a helper notes may use (${[...NOTE_HELPERS].join(', ')})`;
  }
  if (m.params.length !== 1) return `{{${name}}} takes exactly one figure`;
  return pathProblem(m.params[0] as hbs.AST.Expression, figures, false);
}

/** The first refused expression of `text` (a note's body), or null when all are allowed. */
export function firstNoteProblem(text: string, figures: object): NoteProblem | null {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(text);
  } catch (e) {
    const m = (e as Error).message;
    return { line: Number(/line (\d+)/.exec(m)?.[1] ?? 0), problem: m.split('\n')[0] ?? m };
  }
  let count = 0;
  for (const stmt of ast.body as Node[]) {
    if (stmt.type === 'ContentStatement' || stmt.type === 'CommentStatement') continue;
    const line = stmt.loc.start.line;
    if (++count > MAX_NOTE_EXPRESSIONS) {
      return { line, problem: `more than ${MAX_NOTE_EXPRESSIONS} expressions in one note` };
    }
    if (stmt.type !== 'MustacheStatement') {
      return { line, problem: `${describe(stmt)} is not allowed in notes` };
    }
    const problem = mustacheProblem(stmt as hbs.AST.MustacheStatement, figures);
    if (problem !== null) return { line, problem };
  }
  return null;
}
