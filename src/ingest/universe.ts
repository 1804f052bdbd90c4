/**
 * The universe config (`data/universe.json`): which series a brief uses and the role of each.
 * Validated with zod; an invalid file is a data error naming the file and the field.
 */
import { z } from 'zod';
import { BriefError } from '../errors.js';

const symbol = z
  .string()
  .regex(/^[A-Z][A-Z0-9.]{0,9}$/, 'a symbol is 1-10 capitals/digits, e.g. RUT');
const named = z.object({ symbol, name: z.string().min(1), optional: z.boolean().optional() });
const index = named.extend({ yahoo: z.string().min(1) });

export const universeSchema = z.object({
  $comment: z.string().optional(),
  indices: z.object({ smallCap: index, largeCap: index, growth: index }),
  etfs: z.array(named.extend({ role: z.enum(['small-cap', 'large-cap', 'growth']) })),
  sectors: z.array(named).min(1),
  megaCaps: z.array(named),
  pairs: z.array(z.object({ small: symbol, large: symbol, label: z.string().min(1) })).min(1),
});

/** A validated universe config. */
export type Universe = z.infer<typeof universeSchema>;

/** Every symbol the universe names, unique, in config order. */
export function universeSymbols(u: Universe): string[] {
  const all = [
    u.indices.smallCap.symbol,
    u.indices.largeCap.symbol,
    u.indices.growth.symbol,
    ...u.etfs.map((e) => e.symbol),
    ...u.sectors.map((s) => s.symbol),
    ...u.megaCaps.map((m) => m.symbol),
  ];
  return [...new Set(all)];
}

/** Every symbol of the universe with where it is named, e.g. ['sectors.3', 'XLF']. */
function namedSymbols(u: Universe): [string, string][] {
  return [
    ...Object.entries(u.indices).map(([k, e]): [string, string] => [`indices.${k}`, e.symbol]),
    ...u.etfs.map((e, k): [string, string] => [`etfs.${k}`, e.symbol]),
    ...u.sectors.map((e, k): [string, string] => [`sectors.${k}`, e.symbol]),
    ...u.megaCaps.map((e, k): [string, string] => [`megaCaps.${k}`, e.symbol]),
  ];
}

/** Display name of a symbol, or the symbol itself when the config does not name it. */
export function displayName(u: Universe, sym: string): string {
  const all = [...Object.values(u.indices), ...u.etfs, ...u.sectors, ...u.megaCaps];
  return all.find((e) => e.symbol === sym)?.name ?? sym;
}

/** Parse and validate the JSON text of a universe file; errors name `file` and the bad field. */
export function parseUniverse(text: string, file: string): Universe {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BriefError('data', `${file}: not valid JSON (${(e as Error).message})`);
  }
  const result = universeSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') || '(root)';
    throw new BriefError('data', `${file}: ${path}: ${issue?.message ?? 'invalid'}`);
  }
  const u = result.data;
  const seen = new Map<string, string>();
  for (const [where, sym] of namedSymbols(u)) {
    const first = seen.get(sym);
    if (first !== undefined) {
      throw new BriefError(
        'data',
        `${file}: ${where}: ${sym} is already named at ${first}`,
        'each symbol may appear once in the universe',
      );
    }
    seen.set(sym, where);
  }
  u.pairs.forEach((p, k) => {
    for (const s of [p.small, p.large]) {
      if (!seen.has(s)) throw new BriefError('data', `${file}: pairs.${k}: unknown symbol ${s}`);
    }
    if (p.small === p.large) {
      throw new BriefError('data', `${file}: pairs.${k}: ${p.small} is paired with itself`);
    }
  });
  return u;
}
