/**
 * The shape of stats.json: every figure computed for one brief date.
 * Conventions (also written into the file under `conventions`):
 * - returns are close-to-close simple returns on raw closes, as fractions (0.0076 = +0.76%);
 * - spreads are small minus large, as fractions (0.01 = 1 percentage point = 100 bp);
 * - windows count trading sessions; MTD/YTD bases are the last close of the previous month/year.
 */
import type { AllTimeHighs } from './allTimeHighs.js';
import type { Excluded } from './asOf.js';
import type { Change, Maybe, Spread } from '../model/figure.js';
import type { BetaCorrelation } from './betaCorrelation.js';
import type { BreadthStats } from './breadthStats.js';
import type { CalendarYears, CumulativeRelative } from './calendarYears.js';
import type { CloseRunStats } from './closeRuns.js';
import type { RelativeRatio } from './relativeRatio.js';
import type { StreakAnalogs } from './streakAnalogs.js';
import type { SeriesRisk } from './seriesRisk.js';
import type { StreakStats } from './streaks.js';

export type Role =
  'small-cap index' | 'large-cap index' | 'growth index' | 'etf' | 'sector' | 'mega-cap';

/** Figures of one series on the brief's date. */
export interface SeriesStats {
  readonly symbol: string;
  readonly name: string;
  readonly role: Role;
  /** Data file the figures come from. */
  readonly source: string;
  readonly close: number;
  /** 1-session close-to-close return. */
  readonly day: Maybe<Change>;
  /** The day's open-to-close move, where the file has an open (readers see both quoted). */
  readonly openToClose: Maybe<Change>;
  readonly sessions5: Maybe<Change>;
  readonly sessions21: Maybe<Change>;
  readonly sessions63: Maybe<Change>;
  readonly mtd: Maybe<Change>;
  readonly qtd: Maybe<Change>;
  readonly ytd: Maybe<Change>;
  /** 252 sessions (one trading year). */
  readonly year1: Maybe<Change>;
  readonly risk: SeriesRisk;
}

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

/** Small-minus-large spreads and the outperformance streak of one pair. */
export interface PairStats {
  readonly label: string;
  readonly small: string;
  readonly large: string;
  readonly spreads: Readonly<Record<Window, Maybe<Spread>>>;
  readonly streak: Maybe<StreakStats>;
  /** What followed earlier outperformance streaks at least as long as the current one. */
  readonly analogs: Maybe<StreakAnalogs>;
  /** The small/large close ratio, its 50/200-session averages and 1-year z-score (no chart data). */
  readonly ratio: Maybe<Omit<RelativeRatio, 'chart'>>;
  /** Beta of small on large and their correlation, over 60 and 252 common sessions. */
  readonly betaCorrelation: {
    readonly sessions60: Maybe<BetaCorrelation>;
    readonly sessions252: Maybe<BetaCorrelation>;
  };
}

export interface BriefStats {
  readonly schema: 'rotation-brief/stats@1';
  /** The brief's session date (America/New_York). */
  readonly date: string;
  readonly conventions: Readonly<Record<string, string>>;
  /** Figures by symbol, keys sorted. */
  readonly series: Readonly<Record<string, SeriesStats>>;
  /** Series left out of this brief and why. */
  readonly excluded: readonly Excluded[];
  readonly pairs: readonly PairStats[];
  /** All-time-high closes of the three indices and the ETFs, keys sorted. */
  readonly allTimeHighs: Readonly<Record<string, AllTimeHighs>>;
  /** For each index: the run of consecutive up or down closes ending on the date, ranked. */
  readonly closeRuns: Readonly<Record<string, Maybe<CloseRunStats>>>;
  /** Calendar-year price (and total) returns of the indices and the small/large ETFs. */
  readonly calendarYears: Readonly<Record<string, CalendarYears>>;
  /** Cumulative return of IWM against SPY since their common start (price and total). */
  readonly cumulative: Maybe<CumulativeRelative>;
  /** Sectors, relative rotation against SPY, volume participation, the mega-cap basket. */
  readonly breadth: BreadthStats;
  /** With --range FROM..TO: each series' close-to-close return between those two sessions. */
  readonly range?: {
    readonly from: string;
    readonly to: string;
    readonly returns: Readonly<Record<string, Maybe<Change>>>;
  };
}

export const CONVENTIONS: Readonly<Record<string, string>> = {
  returns:
    'close-to-close simple returns on raw closes (price return), as fractions: 0.0076 = +0.76%',
  openToClose: "the day's close / the day's open - 1, shown beside the close-to-close move",
  windows:
    'sessions5 = close 5 trading sessions earlier; mtd/ytd base = last close of the previous month/year',
  spreads:
    'small minus large, in fractions: 0.01 = 1 percentage point = 100 bp; perSession = value / sessions in the window',
  volatility:
    'annualised realised volatility: sample standard deviation (n-1) of daily simple close-to-close returns x sqrt(252)',
  betaCorrelation:
    'beta = sample cov(small, large) / sample var(large) of daily simple returns on common sessions; Pearson correlation',
  drawdown: 'from the running maximum close since the first row of the file (close-to-close)',
  rsi: "RSI(14) with Wilder's smoothing (first average = simple mean of the first 14 changes); overbought >= 70, oversold <= 30",
  movingAverages:
    'simple moving average of closes over 50/200 sessions including the date; distance = close / average - 1',
  range52w:
    '52-week high/low over the last 252 sessions, from intraday highs/lows where the file has them, else closes (basis says which)',
  streaks:
    'sessions in a row in which the small series close-to-close return was strictly greater than the large one; rank 1 = longest in the shared history',
  allTimeHighs: 'closing basis: a close above every earlier close in the file',
  closeRuns:
    'consecutive closes above (up) or below (down) the previous close; an unchanged close ends a run; rank among runs of that direction in the file',
  analogs:
    'earlier outperformance streaks at least as long as the current one; forward = small minus large close-to-close return over the next 21/63/126 common sessions after the streak ended; only sessions up to the date',
  ratio:
    'small close / large close on common sessions; z-score against the last 252 ratios (sample standard deviation)',
  sectors:
    'Select Sector SPDRs: leaders/laggards by return; dispersion = best minus worst 1-day return, percentile among the previous 252 sessions; cyclicals (XLB XLE XLF XLI XLY) minus defensives (XLP XLU XLV), equal-weight',
  rotation:
    'relative rotation against SPY: RS = close / SPY close; strength = 100 + 10 * (RS / 50-session mean - 1) / its 252-session RMS; momentum = 100 + 10 * (10-session change of strength) / its 252-session RMS; quadrants leading, weakening, lagging, improving',
  participation:
    'volume / average volume of the previous 20 and 50 sessions (today excluded); highestInYear compares with the 251 sessions before',
  megaCaps:
    "equal-weight basket of AAPL MSFT NVDA AMZN META TSLA GOOG: mean of the members' returns over the window; spread = RUT minus basket",
  calendarYears:
    'price return from the previous year-end close (close); total return from adj_close where the file has it',
};
