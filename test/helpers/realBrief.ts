import { readFileSync } from 'node:fs';
import { parseUniverse } from '../../src/ingest/universe.js';
import type { Series } from '../../src/model/series.js';
import { universeSymbols, type Universe } from '../../src/model/universe.js';
import { resolveAsOf, type AsOf } from '../../src/stats/asOf.js';
import { realSeries } from './realSeries.js';

/** The bundled universe and series, and their rows on `date` (optional series left out). */
export function briefInputsAt(date: string): {
  universe: Universe;
  series: Map<string, Series>;
  asOf: AsOf;
} {
  const text = readFileSync(new URL('../../data/universe.json', import.meta.url), 'utf8');
  const universe = parseUniverse(text, 'data/universe.json');
  const symbols = universeSymbols(universe);
  const series = new Map(symbols.map((s) => [s, realSeries(s)]));
  const optional = new Set(
    [...universe.etfs, ...universe.sectors, ...universe.megaCaps]
      .filter((e) => e.optional)
      .map((e) => e.symbol),
  );
  return { universe, series, asOf: resolveAsOf(series, date, optional, symbols) };
}
