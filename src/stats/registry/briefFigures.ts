/**
 * Figures computed once per brief, at their path from the root of stats.json: records, runs,
 * calendar years, the funds' cumulative race, and breadth (sectors, rotation, volume, mega caps).
 * Which series take part comes from data/universe.json (indices, etfs, roles, megaCaps).
 */
import type { Maybe } from '../../model/figure.js';
import { allTimeHighs, type AllTimeHighs } from '../allTimeHighs.js';
import {
  calendarYears,
  cumulativeRelative,
  type CalendarYears,
  type CumulativeRelative,
} from '../calendarYears.js';
import { closeRuns, type CloseRunStats } from '../closeRuns.js';
import { megaCapBasket, type MegaCapBasket } from '../megaCapBasket.js';
import { participation, type Participation } from '../participation.js';
import { relativeRotation, type RelativeRotation } from '../relativeRotation.js';
import { rangeReturn } from '../returns.js';
import { drawdownEpisode } from '../drawdownEpisode.js';
import { moveRarity } from '../moveRarity.js';
import { yearStanding } from '../yearStanding.js';
import { previousRecord } from '../allTimeHighs.js';
import { sessionContext, type SessionContext } from '../../calendar/index.js';
import { sectorSnapshot, type SectorSnapshot } from '../sectorRotation.js';
import { briefFamily, type BriefInput, type Computed } from './family.js';

const indexSymbols = (b: BriefInput) => Object.values(b.universe.indices).map((x) => x.symbol);
const fundSymbols = (b: BriefInput) => [
  b.universe.roles.smallCapFund,
  b.universe.roles.largeCapFund,
];

/** `f(series, row)` for each symbol of `symbols` that is in the brief, in the order given. */
function perSymbol<T>(
  b: BriefInput,
  symbols: readonly string[],
  f: (x: NonNullable<ReturnType<BriefInput['at']>>) => T,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const sym of new Set(symbols)) {
    const x = b.at(sym);
    if (x) out[sym] = f(x);
  }
  return out;
}

export const BRIEF_FIGURES = {
  allTimeHighs: briefFamily({
    key: 'allTimeHighs',
    title: 'all-time highs',
    convention:
      'closing basis: a close above every earlier close in the file; the date and level of the highest close to date, and the sessions of the current year that set one',
    unit: 'index level or price',
    draws: 'the indices and the ETFs',
    compute: (b): Record<string, AllTimeHighs> =>
      perSymbol(b, [...indexSymbols(b), ...b.universe.etfs.map((e) => e.symbol)].sort(), (x) =>
        allTimeHighs(x.series, x.i),
      ),
  }),
  closeRuns: briefFamily({
    key: 'closeRuns',
    title: 'up and down runs',
    convention:
      'consecutive closes above (up) or below (down) the previous close ending on the date; an unchanged close ends a run; ranked among the runs of that direction in the file',
    unit: 'sessions',
    draws: 'the indices',
    compute: (b): Record<string, Maybe<CloseRunStats>> =>
      perSymbol(b, indexSymbols(b), (x) => closeRuns(x.series, x.i)),
  }),
  calendarYears: briefFamily({
    key: 'calendarYears',
    title: 'calendar-year returns',
    convention:
      "price return from the previous year's last close (close), and total return from adj_close where the file has it; the current year is to date",
    unit: 'fraction',
    draws: 'the indices and the small- and large-cap funds',
    compute: (b): Record<string, CalendarYears> =>
      perSymbol(b, [...indexSymbols(b), ...fundSymbols(b)].sort(), (x) =>
        calendarYears(x.series, x.i),
      ),
  }),
  cumulative: briefFamily({
    key: 'cumulative',
    title: 'cumulative race of the funds',
    convention:
      'price (close) and total (adj_close) return of the small- and large-cap funds since their first common session; difference = small minus large; relative = (1 + small) / (1 + large) - 1',
    unit: 'fraction',
    draws: 'the small- and large-cap funds (roles in data/universe.json)',
    compute: (b): Maybe<CumulativeRelative> => {
      const [small, large] = fundSymbols(b).map((s) => b.at(s));
      return small && large
        ? cumulativeRelative(small.series, large.series, b.asOf.date)
        : { unavailable: `${fundSymbols(b).join(' or ')} is not in this brief` };
    },
  }),
  session: briefFamily({
    key: 'session',
    title: 'the session',
    convention:
      "the New York session before the date, the weekdays the exchange was closed in between (then the day's move spans the gap), whether the session closed early (13:00, or 14:00 in 1990-1992) and why, and whether it was the first or last of its year",
    unit: 'mixed',
    draws: 'the New York calendar',
    compute: (b): SessionContext => sessionContext(b.asOf.date),
  }),
  indexHistory: briefFamily({
    key: 'indexHistory',
    title: "the indices' moves against their own history",
    convention:
      "for each index, the day's and the 5-session move ranked by size among every earlier move of the file (and the last one at least as large in the same direction), its drawdown from the record close (how deep, how fast, since when, whether at a new low, the last time it was this deep), the previous record when today set one, and where the year to date stands among its complete calendar years",
    unit: 'mixed',
    draws: 'the indices, over their whole files',
    compute: (b) =>
      perSymbol(b, indexSymbols(b), (x) => ({
        day: moveRarity(x.series, x.i, 1),
        sessions5: moveRarity(x.series, x.i, 5),
        drawdown: drawdownEpisode(x.series, x.i),
        previousRecord: previousRecord(x.series, x.i),
        year: yearStanding(x.series, x.i),
      })),
  }),
  breadth: {
    sectors: briefFamily({
      key: 'sectors',
      title: 'sectors',
      convention:
        "the sector funds' returns, leaders and laggards; dispersion = best minus worst 1-day return, with its percentile among the previous 252 sessions; cyclicals minus defensives, each an equal-weight mean",
      unit: 'fraction',
      draws: 'the sectors (cyclicals and defensives from roles)',
      compute: (b): Maybe<SectorSnapshot> => {
        const rows = b.universe.sectors.flatMap((x) => {
          const r = b.at(x.symbol);
          return r ? [{ ...r, name: x.name }] : [];
        });
        return sectorSnapshot(rows, b.universe.roles, b.asOf.date);
      },
    }),
    rotation: briefFamily({
      key: 'rotation',
      title: 'relative rotation',
      convention:
        'relative strength against the benchmark: RS = close / benchmark close; strength = 100 + 10 x (RS / its 50-session mean - 1) / its 252-session RMS; momentum = 100 + 10 x (the 10-session change of strength) / its 252-session RMS; quadrants leading, weakening, lagging, improving',
      unit: 'score',
      draws: 'the sectors and the small-cap fund, against the rotation benchmark',
      compute: (b): Record<string, Maybe<RelativeRotation>> => {
        const bench = b.at(b.universe.roles.rotationBenchmark);
        const members = [...b.universe.sectors.map((s) => s.symbol), fundSymbols(b)[0] as string];
        members.sort();
        return bench
          ? perSymbol(b, members, (x) => relativeRotation(x.series, bench.series, b.asOf.date))
          : {};
      },
    }),
    participation: briefFamily({
      key: 'participation',
      title: 'volume participation',
      convention:
        "the day's volume / the average volume of the previous 20 and 50 sessions (the day excluded); whether it is the highest of the year compares it with the 251 sessions before; a zero volume counts as missing",
      unit: 'ratio',
      draws: 'every series with volume',
      compute: (b): Record<string, Maybe<Participation>> => {
        const withVolume = [...b.asOf.index.keys()].filter((s) => b.at(s)?.series.volume).sort();
        return perSymbol(b, withVolume, (x) => participation(x.series, x.i));
      },
    }),
    megaCaps: briefFamily({
      key: 'megaCaps',
      title: 'the mega-cap basket',
      convention:
        "equal-weight basket of the universe's mega-cap stocks: the mean of the members' returns over the window (every member required); spread = the small-cap index minus the basket",
      unit: 'fraction',
      draws: 'the mega-cap stocks and the small-cap index',
      compute: (b): Maybe<MegaCapBasket> => {
        const small = b.at(b.universe.indices.smallCap.symbol);
        const members = b.universe.megaCaps.map((m) => m.symbol);
        const stocks = members.flatMap((m) => b.at(m) ?? []);
        return small && stocks.length > 0
          ? megaCapBasket(stocks, small, members)
          : { unavailable: `no mega-cap stock data on ${b.asOf.date}` };
      },
    }),
  },
} as const;

export type BriefFigures = Computed<typeof BRIEF_FIGURES>;

/** `range` (with --range FROM..TO): every series' return between two sessions. */
export const RANGE_FIGURE = briefFamily({
  key: 'range',
  title: 'return over a chosen range',
  convention:
    'close-to-close simple return of every series between the two sessions of --range FROM..TO (both sessions of the file, up to the date)',
  unit: 'fraction',
  draws: 'every series',
  compute: (b) => {
    const r = b.range;
    if (!r) return undefined;
    return {
      from: r.from,
      to: r.to,
      returns: perSymbol(b, [...b.asOf.index.keys()].sort(), (x) =>
        rangeReturn(x.series, x.i, r.from, r.to),
      ),
    };
  },
});
