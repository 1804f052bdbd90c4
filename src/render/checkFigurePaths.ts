/**
 * Static check of the figures a Handlebars text cites: every path (`series.RUT.day`) must exist
 * in the figures object. Runs before rendering so that a misspelt figure fails with its line,
 * whatever Handlebars itself would do with it. Paths inside blocks (whose context changes) and
 * data variables (`@index`) are left to Handlebars' strict mode.
 */
import Handlebars from 'handlebars';

type PathExpression = hbs.AST.PathExpression;
type MustacheStatement = hbs.AST.MustacheStatement;
type Expression = hbs.AST.Expression;

export interface MissingFigure {
  readonly path: string;
  readonly line: number;
}

function resolves(figures: unknown, parts: readonly string[]): boolean {
  let cur: unknown = figures;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object' || !(p in cur)) return false;
    cur = (cur as Record<string, unknown>)[p];
  }
  return true;
}

/** The first cited path that does not resolve in `figures`, or null when all do. */
export function firstMissingFigure(text: string, figures: object): MissingFigure | null {
  const ast = Handlebars.parse(text);
  const check = (e: Expression): MissingFigure | null => {
    if (e.type !== 'PathExpression') return null;
    const p = e as PathExpression;
    if (p.data || p.depth > 0 || p.parts.length === 0) return null;
    return resolves(figures, p.parts) ? null : { path: p.original, line: p.loc.start.line };
  };
  for (const stmt of ast.body) {
    if (stmt.type !== 'MustacheStatement') continue;
    const m = stmt as MustacheStatement;
    const candidates =
      m.params.length > 0 || Handlebars.helpers[(m.path as PathExpression).original]
        ? m.params
        : [m.path];
    for (const c of candidates) {
      const miss = check(c);
      if (miss) return miss;
    }
  }
  return null;
}
