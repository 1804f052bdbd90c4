/**
 * docs/stats-json.md, generated from the figure registry (src/stats/registry): each family's
 * path, convention, unit and series from the registry itself, its fields and their meaning from
 * the TypeScript types (and doc comments) its compute function returns. `npm run docs` writes
 * it; test/docs/statsReference.test.ts fails when the committed file is stale.
 */
import path from 'node:path';
import ts from 'typescript';
import { BRIEF_FIGURES, RANGE_FIGURE } from '../../src/stats/registry/briefFigures.js';
import { isFamily, type Family, type FamilyTree } from '../../src/stats/registry/family.js';
import { PAIR_FIGURES, PAIR_IDENTITY } from '../../src/stats/registry/pairFigures.js';
import { GENERAL_CONVENTIONS, SCOPE_PREFIX } from '../../src/stats/registry/registry.js';
import { SERIES_FIGURES, SERIES_IDENTITY } from '../../src/stats/registry/seriesFigures.js';
import { CHART_DATA_INTRO, SHAPES_DOC, TOP_LEVEL_DOC } from './referenceText.js';
import { typeFields, typeText, type FieldRow } from './typeFields.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REGISTRY = path.join(ROOT, 'src/stats/registry');

/** The checker's view of the registry files. */
function program(): { checker: ts.TypeChecker; source: (file: string) => ts.SourceFile } {
  const files = ['seriesFigures.ts', 'pairFigures.ts', 'briefFigures.ts', '../chartData.ts'].map(
    (f) => path.join(REGISTRY, f),
  );
  const p = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    skipLibCheck: true,
    types: [],
  });
  return { checker: p.getTypeChecker(), source: (f) => p.getSourceFile(path.join(REGISTRY, f))! };
}

/** The type of `export const NAME` (or `export interface NAME`) in `file`. */
function constType(name: string, file: string, env: ReturnType<typeof program>): ts.Type {
  const sf = env.source(file);
  const mod = env.checker.getSymbolAtLocation(sf)!;
  const sym = env.checker.getExportsOfModule(mod).find((s) => s.name === name)!;
  return sym.flags & ts.SymbolFlags.Interface
    ? env.checker.getDeclaredTypeOfSymbol(sym)
    : env.checker.getTypeOfSymbol(sym);
}

/** The return type of a family's `compute`, found at `keys` in the tree type. */
function computeReturn(tree: ts.Type, keys: readonly string[], checker: ts.TypeChecker): ts.Type {
  let t = tree;
  for (const k of keys) t = checker.getTypeOfSymbol(t.getProperty(k)!);
  const compute = checker.getTypeOfSymbol(t.getProperty('compute')!);
  return compute.getCallSignatures()[0]!.getReturnType();
}

const cell = (s: string) => s.replaceAll('|', '\\|');

/** A family's value: its type in a word and its fields. */
function valueOf(t: ts.Type, checker: ts.TypeChecker): { type: string; fields: FieldRow[] } {
  return { type: typeText(t, checker), fields: typeFields(t, checker) };
}

function table(rows: readonly FieldRow[]): string[] {
  if (rows.length === 0) return [];
  return [
    '| field | type | meaning |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| \`${r.path}\` | ${cell(r.type)} | ${cell(r.doc || '(see above)')} |`),
    '',
  ];
}

function familySection(
  prefix: string,
  keys: string[],
  f: Family,
  value: { type: string; fields: FieldRow[] },
): string[] {
  const where = [prefix, ...keys].filter(Boolean).join('.');
  const fields = value.fields;
  return [
    `### \`${where}\`: ${f.title}`,
    '',
    `${f.convention.charAt(0).toUpperCase()}${f.convention.slice(1)}.`,
    '',
    `Value: ${value.type}. Unit: ${f.unit}. Draws from: ${f.draws}. Key in \`conventions\` and source notes: \`${f.key}\`.`,
    '',
    ...table(fields),
  ];
}

function treeSections(
  tree: FamilyTree,
  treeType: ts.Type,
  prefix: string,
  checker: ts.TypeChecker,
  keys: string[] = [],
): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    isFamily(v)
      ? familySection(
          prefix,
          [...keys, k],
          v,
          valueOf(computeReturn(treeType, [...keys, k], checker), checker),
        )
      : treeSections(v, treeType, prefix, checker, [...keys, k]),
  );
}

const identity = (doc: Readonly<Record<string, string>>) =>
  table(Object.entries(doc).map(([path, d]) => ({ path, type: '', doc: d })));

/** The whole reference, as Markdown. */
export function statsReference(): string {
  const env = program();
  const c = env.checker;
  const general = Object.entries(GENERAL_CONVENTIONS).map(([k, v]) => `- **${k}**: ${v}.`);
  return [
    '# stats.json field reference',
    '',
    '<!-- Generated from src/stats/registry by `npm run docs`; do not edit by hand. -->',
    '',
    ...TOP_LEVEL_DOC,
    '## Conventions',
    '',
    ...general,
    '',
    ...SHAPES_DOC,
    `## \`${SCOPE_PREFIX.series}\`: every series of the brief`,
    '',
    ...identity(SERIES_IDENTITY),
    ...treeSections(
      SERIES_FIGURES,
      constType('SERIES_FIGURES', 'seriesFigures.ts', env),
      SCOPE_PREFIX.series,
      c,
    ),
    `## \`${SCOPE_PREFIX.pair}\`: every pair of data/universe.json`,
    '',
    ...identity(PAIR_IDENTITY),
    ...treeSections(
      PAIR_FIGURES,
      constType('PAIR_FIGURES', 'pairFigures.ts', env),
      SCOPE_PREFIX.pair,
      c,
    ),
    '## Brief-level figures',
    '',
    ...treeSections(BRIEF_FIGURES, constType('BRIEF_FIGURES', 'briefFigures.ts', env), '', c),
    ...familySection(
      '',
      ['range'],
      RANGE_FIGURE,
      valueOf(computeReturn(constType('RANGE_FIGURE', 'briefFigures.ts', env), [], c), c),
    ),
    ...CHART_DATA_INTRO,
    ...table(typeFields(constType('ChartData', '../chartData.ts', env), c)),
  ].join('\n');
}
