/**
 * The figure registry: every family of figures a brief has, in one place. stats.json's shape and
 * `conventions`, the source notes' convention texts and docs/stats-json.md are all read from here.
 */
import { BRIEF_FIGURES, RANGE_FIGURE } from './briefFigures.js';
import { familiesOf, type Family } from './family.js';
import { PAIR_FIGURES } from './pairFigures.js';
import { SERIES_FIGURES } from './seriesFigures.js';

/** Conventions every family follows (the `conventions` block of stats.json starts with them). */
export const GENERAL_CONVENTIONS = {
  units:
    'returns, spreads and distances are fractions (0.0076 = +0.76%; a spread of 0.01 = 1 percentage point = 100 bp); index levels and prices are raw closes',
  spans:
    "from and to: the first and the last session whose data enters a figure (for a return, from is the base close); sessions: the sessions (or returns) in the window; only rows up to the brief's date are read",
  ties: 'among equal extremes (highs, lows, peaks, troughs, records) the earliest session is taken',
  unavailable:
    'a figure that cannot be computed on the date is {"unavailable": reason}, never 0, NaN or null',
} as const;

/** Where each scope's families sit in stats.json, with a placeholder for the key. */
export const SCOPE_PREFIX = { series: 'series.<SYMBOL>', pair: 'pairs.<k>', brief: '' } as const;

/** Every family with its full stats.json path (placeholders for symbols and pair indices). */
export function registeredFamilies(): { path: string; family: Family }[] {
  const at = (prefix: string, tree: Parameters<typeof familiesOf>[0]) =>
    familiesOf(tree).map((x) => ({ ...x, path: prefix ? `${prefix}.${x.path}` : x.path }));
  return [
    ...at(SCOPE_PREFIX.series, SERIES_FIGURES),
    ...at(SCOPE_PREFIX.pair, PAIR_FIGURES),
    ...at('', BRIEF_FIGURES),
    { path: 'range', family: RANGE_FIGURE },
  ];
}

/** stats.json `conventions`: the general rules, then one sentence per family, by key. */
export function conventions(): Record<string, string> {
  const out: Record<string, string> = { ...GENERAL_CONVENTIONS };
  for (const { family } of registeredFamilies()) out[family.key] = family.convention;
  return out;
}

/** The family with `key` (throws for an unknown key: a citation of a figure that does not exist). */
export function familyByKey(key: string): Family {
  const f = registeredFamilies().find((x) => x.family.key === key)?.family;
  if (!f) throw new Error(`no figure family "${key}" in the registry`);
  return f;
}
