/**
 * The figures of every series on the brief's date: `series.<SYMBOL>.<path>` in stats.json.
 * Returns are close-to-close simple returns on raw closes (price return), as fractions.
 */
import { drawdown } from '../drawdown.js';
import { marketCycle } from '../marketCycle.js';
import { highsLows52w } from '../highsLows52w.js';
import { movingAverageDistance } from '../movingAverageDistance.js';
import { openToClose } from '../openToClose.js';
import { periodToDate, sessionsReturn } from '../returns.js';
import { rsi } from '../rsi.js';
import { realizedVolatility } from '../volatility.js';
import { seriesFamily, type Computed } from './family.js';

const EACH = 'each series';

/** A close-to-close return over the last `n` sessions. */
const sessions = (n: number, key: string, title: string) =>
  seriesFamily({
    key,
    title,
    convention: `close-to-close simple return over ${n} session${n === 1 ? '' : 's'}: the close on the date / the close ${n} session${n === 1 ? '' : 's'} earlier - 1`,
    unit: 'fraction',
    draws: EACH,
    compute: (s, i) => sessionsReturn(s, i, n),
  });

/** A return from the last close of the previous month, quarter or year. */
const toDate = (period: 'month' | 'quarter' | 'year', key: string, title: string) =>
  seriesFamily({
    key,
    title,
    convention: `close-to-close simple return from the last close of the previous ${period}`,
    unit: 'fraction',
    draws: EACH,
    compute: (s, i) => periodToDate(s, i, period),
  });

export const SERIES_FIGURES = {
  day: sessions(1, 'day', '1-session return'),
  openToClose: seriesFamily({
    key: 'openToClose',
    title: "the day's open-to-close move",
    convention:
      "the day's close / the day's open - 1: shown beside the close-to-close move, because commentary often quotes it as the daily move",
    unit: 'fraction',
    draws: 'each series with opens',
    compute: openToClose,
  }),
  sessions5: sessions(5, 'sessions5', '5-session return'),
  sessions21: sessions(21, 'sessions21', '21-session return (about a month)'),
  sessions63: sessions(63, 'sessions63', '63-session return (about a quarter)'),
  mtd: toDate('month', 'mtd', 'month to date'),
  qtd: toDate('quarter', 'qtd', 'quarter to date'),
  ytd: toDate('year', 'ytd', 'year to date'),
  year1: sessions(252, 'year1', '252-session return (one trading year)'),
  risk: {
    volatility: seriesFamily({
      key: 'volatility',
      title: 'realised volatility',
      convention:
        'annualised realised volatility: sample standard deviation (n - 1) of the daily simple close-to-close returns over 20, 60 or 252 sessions, x sqrt(252)',
      unit: 'fraction, annualised',
      draws: EACH,
      fields: {
        sessions20: 'over the last 20 returns (21 closes)',
        sessions60: 'over the last 60 returns',
        sessions252: 'over the last 252 returns',
        'sessions*.value': 'the annualised volatility',
        'sessions*.daily': 'the daily standard deviation before annualising',
      },
      compute: (s, i) => ({
        sessions20: realizedVolatility(s, i, 20),
        sessions60: realizedVolatility(s, i, 60),
        sessions252: realizedVolatility(s, i, 252),
      }),
    }),
    drawdown: seriesFamily({
      key: 'drawdown',
      title: 'drawdown from the record close',
      convention:
        'close / the highest close to date - 1, closing basis, over the whole file; the maximum drawdown is the deepest such fall, trough against the highest close before it',
      unit: 'fraction',
      draws: EACH,
      fields: {
        'current.value': 'close / highest close to date - 1 (0 at a record close)',
        'current.peak': 'the highest close to date and its session',
        'max.value': 'the deepest drawdown in the file up to the date',
        'max.peak': 'the highest close before the trough',
        'max.trough': 'the lowest close of that drawdown',
        'max.recovery': 'first session after the trough closing at or above the peak, or null',
        historyFrom: "the file's first session (the history measured over)",
      },
      compute: drawdown,
    }),
    cycle: seriesFamily({
      key: 'cycle',
      title: 'market cycle',
      convention:
        "the 20% rule on closes: a bear market begins at the first close 20% or more below the cycle's high and ends at the first close 20% or more above its lowest close (a new bull market, whose high starts there) or at a new high; a close below that low before a new high resumes it (the rally was inside it); value = close / the cycle's high - 1",
      unit: 'fraction',
      draws: EACH,
      fields: {
        value: "close / the cycle's high - 1 (0 at the high)",
        high: 'the highest close of the current bull market (or of the one a bear market ended) and its session',
        bear: 'true in a bear market (no 20% rally off its low yet)',
        bearFrom:
          "in a bear market, its first close and that session (the day it began: a close 20% or more below the cycle's high); null in a bull market",
        low: 'in a bear market, its lowest close so far and that session (earliest of equals): a close 20% or more above it ends the bear market; null in a bull market',
      },
      compute: marketCycle,
    }),
    rsi14: seriesFamily({
      key: 'rsi14',
      title: 'RSI(14)',
      convention:
        "14-session relative strength index with Wilder's smoothing (the first averages are simple means of the first 14 gains and losses); 70 or more is overbought, 30 or less oversold",
      unit: 'score',
      draws: EACH,
      fields: { value: 'the index, 0 to 100', zone: 'overbought, oversold or neutral' },
      compute: (s, i) => rsi(s, i, 14),
    }),
    movingAverages: seriesFamily({
      key: 'movingAverages',
      title: 'distance from the moving averages',
      convention:
        'simple moving average of the closes over 50 or 200 sessions, the date included; distance = close / average - 1',
      unit: 'fraction',
      draws: EACH,
      fields: {
        'sessions*.average': 'the moving average (a price level)',
        'sessions*.value': 'close / average - 1',
      },
      compute: (s, i) => ({
        sessions50: movingAverageDistance(s, i, 50),
        sessions200: movingAverageDistance(s, i, 200),
      }),
    }),
    range52w: seriesFamily({
      key: 'range52w',
      title: '52-week range',
      convention:
        '52-week high and low over the last 252 sessions, the date included, from intraday highs and lows where every row of the window has a real range, else from closes (basis says which)',
      unit: 'index level or price',
      draws: EACH,
      fields: {
        basis: "'intraday' or 'close'",
        high: 'the highest high (or close) and its session',
        low: 'the lowest low (or close) and its session',
        fromHigh: 'close / high - 1',
        fromLow: 'close / low - 1',
      },
      compute: highsLows52w,
    }),
  },
} as const;

/** The computed figures of one series (the registry decides the shape). */
export type SeriesFigures = Computed<typeof SERIES_FIGURES>;

/** The identity fields of `series.<SYMBOL>`, documented with the figures. */
export const SERIES_IDENTITY: Readonly<Record<string, string>> = {
  symbol: 'the symbol, as in data/universe.json',
  name: 'its display name',
  role: 'small-cap index, large-cap index, growth index, etf, sector or mega-cap',
  source: 'the data file, relative to the data folder (closes/RUT.csv)',
  close: "the close on the brief's date (raw: an index level or a traded price)",
};
