/**
 * The fields of a TypeScript type, with their doc comments, for the generated stats.json
 * reference: walks object properties, arrays, records and unions (an `Unavailable` member and
 * `null` are noted, not expanded), through the type checker.
 */
import ts from 'typescript';

export interface FieldRow {
  /** Path below the family, e.g. `current.peak.date`, `<SYMBOL>.value`, `cases[].start`. */
  readonly path: string;
  readonly type: string;
  readonly doc: string;
}

/** Named shapes shown by name instead of expanded (documented once under "Shapes"). */
export const SHAPES = new Set([
  'Change',
  'Spread',
  'DatedClose',
  'Streak',
  'CloseRun',
  'Unavailable',
]);

const isUnavailable = (t: ts.Type) => t.getProperty('unavailable') !== undefined;

function docOf(sym: ts.Symbol, checker: ts.TypeChecker): string {
  return ts.displayPartsToString(sym.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
}

/** The type without Unavailable, null and undefined, and what was dropped. */
function strip(t: ts.Type): { core: ts.Type[]; maybe: boolean; nullable: boolean } {
  const parts = t.isUnion() ? t.types : [t];
  const core = parts.filter(
    (p) => !isUnavailable(p) && !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)),
  );
  return {
    core,
    maybe: parts.some(isUnavailable),
    nullable: parts.some((p) => (p.flags & ts.TypeFlags.Null) !== 0),
  };
}

function nameOf(t: ts.Type): string | undefined {
  return t.aliasSymbol?.name ?? t.getSymbol()?.name;
}

/** A short type name for the table. */
export function typeText(t: ts.Type, checker: ts.TypeChecker): string {
  const { core, maybe, nullable } = strip(t);
  const one = (c: ts.Type): string => {
    const name = nameOf(c);
    if (name && SHAPES.has(name)) return name;
    if (checker.isArrayType(c))
      return `${one(checker.getTypeArguments(c as ts.TypeReference)[0] as ts.Type)}[]`;
    if (c.flags & ts.TypeFlags.Object) return 'object';
    return checker.typeToString(c);
  };
  const base = [...new Set(core.map(one))].join(' | ') || 'null';
  return `${base}${nullable ? ' | null' : ''}${maybe ? ' (or unavailable)' : ''}`;
}

function isLeaf(t: ts.Type, checker: ts.TypeChecker): boolean {
  const name = nameOf(t);
  if (name && SHAPES.has(name)) return true;
  if (checker.isArrayType(t)) return false;
  return !(t.flags & ts.TypeFlags.Object) || t.getCallSignatures().length > 0;
}

/** Every field below `t` (depth-first), `prefix` joined on. */
export function typeFields(
  t: ts.Type,
  checker: ts.TypeChecker,
  prefix = '',
  depth = 0,
): FieldRow[] {
  if (depth > 6) return [];
  const rows: FieldRow[] = [];
  for (const c of strip(t).core) {
    if (isLeaf(c, checker)) continue;
    if (checker.isArrayType(c)) {
      const el = checker.getTypeArguments(c as ts.TypeReference)[0] as ts.Type;
      rows.push(...typeFields(el, checker, `${prefix}[]`, depth + 1));
      continue;
    }
    const index = c.getStringIndexType() ?? c.getNumberIndexType();
    if (index && c.getProperties().length === 0) {
      const key = c.getStringIndexType() ? '<key>' : '<n>';
      const path = prefix ? `${prefix}.${key}` : key;
      rows.push({ path, type: typeText(index, checker), doc: '' });
      rows.push(...typeFields(index, checker, path, depth + 1));
      continue;
    }
    for (const p of c.getProperties()) {
      const pt = checker.getTypeOfSymbol(p);
      const path = prefix ? `${prefix}.${p.name}` : p.name;
      rows.push({ path, type: typeText(pt, checker), doc: docOf(p, checker) });
      rows.push(...typeFields(pt, checker, path, depth + 1));
    }
  }
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.path) && seen.add(r.path));
}
