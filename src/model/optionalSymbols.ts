import type { Universe } from './universe.js';

/** The symbols a brief may leave out when their data is stale or missing (`optional: true`). */
export function optionalSymbols(u: Universe): Set<string> {
  return new Set(
    [...u.etfs, ...u.sectors, ...u.megaCaps].filter((e) => e.optional).map((e) => e.symbol),
  );
}
