/**
 * The figures of every small-vs-large pair of the universe: `pairs.<k>.<path>` in stats.json.
 * Spreads are small minus large, as fractions (0.01 = 1 percentage point = 100 bp).
 */
import { spreadOf, type Maybe, type Spread } from '../../model/figure.js';
import { alignPairAsOf } from '../alignPair.js';
import { betaCorrelation } from '../betaCorrelation.js';
import { relativeRatio, type RelativeRatio } from '../relativeRatio.js';
import { streakAnalogs } from '../streakAnalogs.js';
import { pairStreakIndex, streakStatsAt } from '../streakIndex.js';
import { spreadRarity, streakMilestones } from '../streakMilestones.js';
import { pairFamily, type Computed, type PairInput } from './family.js';
import type { SeriesFigures } from './seriesFigures.js';

/** Windows over which returns and spreads are given. */
export const WINDOWS = [
  'day',
  'sessions5',
  'sessions21',
  'sessions63',
  'mtd',
  'qtd',
  'ytd',
  'year1',
] as const;
export type Window = (typeof WINDOWS)[number];

/** A pair's input with both series' figures (spreads are built from them). */
export interface PairFiguresInput extends PairInput {
  readonly smallFigures: SeriesFigures;
  readonly largeFigures: SeriesFigures;
}

const PAIR = "the pair's two series";

const streakIndexOf = (p: PairInput) => pairStreakIndex(p.small.series, p.large.series);

/** The ratio figures without their chart series (those are chart data, not stats.json). */
function withoutChart(r: Maybe<RelativeRatio>): Maybe<Omit<RelativeRatio, 'chart'>> {
  if ('unavailable' in r) return r;
  const { chart: _chart, ...rest } = r;
  return rest;
}

export const PAIR_FIGURES = {
  spreads: pairFamily({
    key: 'spreads',
    title: 'small-minus-large spreads',
    convention:
      "the small series' return minus the large series' over the same window (day, 5, 21 and 63 sessions, month, quarter and year to date, 252 sessions); per session: the spread divided by the sessions in the window",
    unit: 'fraction',
    draws: PAIR,
    compute: (p) => {
      const { smallFigures: a, largeFigures: b } = p as PairFiguresInput;
      return Object.fromEntries(WINDOWS.map((w) => [w, spreadOf(a[w], b[w])])) as Record<
        Window,
        Maybe<Spread>
      >;
    },
    missing: (why) =>
      Object.fromEntries(WINDOWS.map((w) => [w, why])) as Record<Window, Maybe<Spread>>,
  }),
  streak: pairFamily({
    key: 'streak',
    title: 'outperformance streak',
    convention:
      "sessions in a row in which the small series' close-to-close return was strictly greater than the large series' (a tie ends a streak), ranked among every streak of the pair's common history",
    unit: 'sessions',
    draws: PAIR,
    compute: (p) => streakStatsAt(streakIndexOf(p), p.date),
  }),
  analogs: pairFamily({
    key: 'analogs',
    title: 'what followed earlier streaks',
    convention:
      'earlier outperformance streaks at least as long as the current one; forward = small minus large close-to-close return over the next 21, 63 and 126 common sessions after each ended, using only sessions up to the date',
    unit: 'fraction',
    draws: PAIR,
    compute: (p) => streakAnalogs(streakIndexOf(p), p.small.series, p.large.series, p.date),
  }),
  milestones: pairFamily({
    key: 'milestones',
    title: 'streak milestones',
    convention:
      "the earlier streaks the current one outgrew today (one session shorter, more recent than any streak at least as long), and the streak that ended today, with how many earlier streaks were longer, over the pair's common sessions",
    unit: 'sessions',
    draws: PAIR,
    compute: (p) => streakMilestones(streakIndexOf(p), p.date),
  }),
  daySpreadRarity: pairFamily({
    key: 'daySpreadRarity',
    title: "how rare the day's spread is",
    convention:
      "the day's small-minus-large close-to-close spread ranked by size among every earlier daily spread of the pair's common sessions, and the last session with a spread at least as wide in the same direction",
    unit: 'fraction',
    draws: PAIR,
    compute: (p) => spreadRarity(streakIndexOf(p), p.date),
  }),
  ratio: pairFamily({
    key: 'ratio',
    title: 'small/large ratio',
    convention:
      'the small close / the large close on common sessions, its 50- and 200-session simple moving averages and its z-score against the last 252 ratios (sample standard deviation)',
    unit: 'ratio',
    draws: PAIR,
    compute: (p) => withoutChart(relativeRatio(p.small.series, p.large.series, p.date)),
  }),
  betaCorrelation: pairFamily({
    key: 'betaCorrelation',
    title: 'beta and correlation',
    convention:
      'beta = sample covariance of the daily simple returns of small and large / sample variance of large, and their Pearson correlation, over the last 60 and 252 common sessions',
    unit: 'ratio',
    draws: PAIR,
    compute: (p) => {
      const aligned = alignPairAsOf(p.small.series, p.large.series, p.date);
      return {
        sessions60: betaCorrelation(aligned, 60),
        sessions252: betaCorrelation(aligned, 252),
      };
    },
    missing: (why) => ({ sessions60: why, sessions252: why }),
  }),
} as const;

export type PairFigures = Computed<typeof PAIR_FIGURES>;

/** The identity fields of `pairs.<k>`. */
export const PAIR_IDENTITY: Readonly<Record<string, string>> = {
  label: 'the label of the pair in data/universe.json',
  small: 'the small-cap symbol',
  large: 'the large-cap symbol',
};
