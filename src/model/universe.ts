/**
 * The universe config's shape (`data/universe.json`): which series a brief uses and the role of
 * each. Parsed and validated by src/ingest/universe.ts.
 */
import * as z from 'zod';

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
  /** Series with a part beyond the indices; every symbol must be named above. */
  roles: z.object({
    /** The small-cap and large-cap funds: calendar years, cumulative return, participation. */
    smallCapFund: symbol,
    largeCapFund: symbol,
    /** What the relative rotation graph measures every sector (and the small-cap fund) against. */
    rotationBenchmark: symbol,
    /** Sectors in the cyclical-minus-defensive spread (the others are unclassified). */
    cyclicals: z.array(symbol).min(1),
    defensives: z.array(symbol).min(1),
  }),
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

/** Display name of a symbol, or the symbol itself when the config does not name it. */
export function displayName(u: Universe, sym: string): string {
  const all = [...Object.values(u.indices), ...u.etfs, ...u.sectors, ...u.megaCaps];
  return all.find((e) => e.symbol === sym)?.name ?? sym;
}
