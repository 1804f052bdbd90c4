/**
 * A figure family: one kind of figure, defined once. Its key and path say where it sits in
 * stats.json; its convention (one sentence) is the text stats.json's `conventions`, the brief's
 * source notes and docs/stats-json.md all use; its unit and fields document its value; its
 * compute function is the only place it is computed.
 *
 * Spans: every figure with `from` and `to` gives the first and the last session whose data
 * enters it (for a return, `from` is the base close; for an average, the first averaged
 * session).
 */
import type { Unavailable } from '../../model/figure.js';
import type { Series } from '../../model/series.js';
import type { Universe } from '../../model/universe.js';
import type { AsOf } from '../asOf.js';

/** What a figure's numbers are measured in. */
export type Unit =
  | 'fraction'
  | 'fraction, annualised'
  | 'index level or price'
  | 'sessions'
  | 'count'
  | 'ratio'
  | 'score'
  | 'mixed';

/** Documentation shared by every family. */
export interface FamilyDoc {
  /** Stable identifier: the key in stats.json `conventions` and in citations. */
  readonly key: string;
  /** Short name, e.g. "1-session return". */
  readonly title: string;
  /** One sentence: how the figure is computed. */
  readonly convention: string;
  readonly unit: Unit;
  /** Which series it draws from, e.g. "each series", "the pair's two series". */
  readonly draws: string;
  /** Its value's fields (beyond a standard Change), each with one line. */
  readonly fields?: Readonly<Record<string, string>>;
}

/** The series a brief uses and the universe, as of its date. */
export interface ModelInput {
  readonly universe: Universe;
  readonly series: ReadonlyMap<string, Series>;
  readonly asOf: AsOf;
  readonly range?: { readonly from: string; readonly to: string } | undefined;
}

/** A series and its row on the brief's date. */
export interface SeriesAt {
  readonly series: Series;
  readonly i: number;
}

/** A family computed for every series of the brief: `series.<SYMBOL>.<path>`. */
export interface SeriesFamily<T> extends FamilyDoc {
  readonly scope: 'series';
  readonly compute: (s: Series, i: number) => T;
}

/** The context of one pair of the universe. */
export interface PairInput {
  readonly pair: Universe['pairs'][number];
  readonly small: SeriesAt;
  readonly large: SeriesAt;
  readonly date: string;
}

/** A family computed for every pair: `pairs.<k>.<path>`. */
export interface PairFamily<T> extends FamilyDoc {
  readonly scope: 'pair';
  readonly compute: (p: PairInput) => T;
  /** Its value when a series of the pair is not in the brief (default: the reason itself). */
  readonly missing?: (why: Unavailable) => T;
}

/** Everything a brief-level family may read. */
export interface BriefInput extends ModelInput {
  /** The series' row on the date, or null when it is not in the brief. */
  readonly at: (symbol: string) => SeriesAt | null;
}

/** A family computed once per brief, at its path from the root. */
export interface BriefFamily<T> extends FamilyDoc {
  readonly scope: 'brief';
  readonly compute: (b: BriefInput) => T;
}

export type Family<T = unknown> = SeriesFamily<T> | PairFamily<T> | BriefFamily<T>;

/** A tree of families: stats.json's nesting below the scope's root. */
export type FamilyTree = { readonly [key: string]: Family | FamilyTree };

/** The value a family tree computes to (types follow the registry, nothing to declare twice). */
export type Computed<T> =
  T extends Family<infer R> ? R : { readonly [K in keyof T]: Computed<T[K]> };

/** Define a series family (the helper fixes `scope` and infers the value type). */
export const seriesFamily = <T>(f: Omit<SeriesFamily<T>, 'scope'>): SeriesFamily<T> => ({
  ...f,
  scope: 'series',
});
/** Define a pair family. */
export const pairFamily = <T>(f: Omit<PairFamily<T>, 'scope'>): PairFamily<T> => ({
  ...f,
  scope: 'pair',
});
/** Define a brief-level family. */
export const briefFamily = <T>(f: Omit<BriefFamily<T>, 'scope'>): BriefFamily<T> => ({
  ...f,
  scope: 'brief',
});

/** True for a family (a leaf of a tree), false for a subtree. */
export function isFamily(x: Family | FamilyTree): x is Family {
  return typeof (x as { compute?: unknown }).compute === 'function';
}

/** Every family of a tree with its path below the tree's root, in the tree's order. */
export function familiesOf(tree: FamilyTree, prefix = ''): { path: string; family: Family }[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return isFamily(v) ? [{ path, family: v }] : familiesOf(v, path);
  });
}

/** Compute a tree with `run` applied to each family. */
export function computeTree<T extends FamilyTree>(
  tree: T,
  run: (f: Family) => unknown,
): Computed<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(tree)) out[k] = isFamily(v) ? run(v) : computeTree(v, run);
  return out as Computed<T>;
}
