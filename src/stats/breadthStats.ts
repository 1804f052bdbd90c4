/**
 * Sector rotation, relative rotation against SPY, participation (volume) and the mega-cap
 * basket for the brief's date: the figures that look beyond the three indices.
 */
import type { Series } from '../model/series.js';
import type { Universe } from '../model/universe.js';
import type { AsOf } from './asOf.js';
import type { Maybe } from '../model/figure.js';
import { megaCapBasket, type MegaCapBasket } from './megaCapBasket.js';
import { participation, type Participation } from './participation.js';
import { relativeRotation, type RelativeRotation } from './relativeRotation.js';
import { sectorSnapshot, type SectorSnapshot } from './sectorRotation.js';

export interface BreadthStats {
  readonly sectors: Maybe<SectorSnapshot>;
  /** Relative rotation of each sector, and of IWM, against SPY (keys sorted). */
  readonly rotation: Readonly<Record<string, Maybe<RelativeRotation>>>;
  /** Volume against its averages, for every series with volume (keys sorted). */
  readonly participation: Readonly<Record<string, Maybe<Participation>>>;
  readonly megaCaps: Maybe<MegaCapBasket>;
}

const BENCHMARK = 'SPY';

/** All breadth figures on `asOf.date`. */
export function breadthStats(
  u: Universe,
  series: ReadonlyMap<string, Series>,
  asOf: AsOf,
): BreadthStats {
  const at = (sym: string) => {
    const i = asOf.index.get(sym);
    const s = series.get(sym);
    return i === undefined || !s ? null : { series: s, i };
  };
  const sectorRows = u.sectors.flatMap((x) => {
    const r = at(x.symbol);
    return r ? [{ ...r, name: x.name }] : [];
  });
  const spy = at(BENCHMARK);
  const rotation: Record<string, Maybe<RelativeRotation>> = {};
  for (const sym of [...sectorRows.map((r) => r.series.symbol), 'IWM'].sort()) {
    const r = at(sym);
    if (r && spy) rotation[sym] = relativeRotation(r.series, spy.series, asOf.date);
  }
  const volumes: Record<string, Maybe<Participation>> = {};
  for (const sym of [...asOf.index.keys()].sort()) {
    const r = at(sym);
    if (r?.series.volume) volumes[sym] = participation(r.series, r.i);
  }
  const rut = at(u.indices.smallCap.symbol);
  const stocks = u.megaCaps.flatMap((m) => at(m.symbol) ?? []);
  return {
    sectors:
      sectorRows.length > 0
        ? sectorSnapshot(sectorRows)
        : { unavailable: `no sector fund had started trading by ${asOf.date}` },
    rotation,
    participation: volumes,
    megaCaps:
      rut && stocks.length > 0
        ? megaCapBasket(stocks, rut)
        : { unavailable: `no mega-cap stock data on ${asOf.date}` },
  };
}
