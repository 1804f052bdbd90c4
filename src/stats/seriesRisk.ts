/**
 * Risk and technical figures of one series on the brief's date (see each function for its
 * convention): realised volatility over 20, 60 and 252 sessions, drawdowns, RSI(14),
 * distance from the 50- and 200-session moving averages, 52-week range.
 */
import type { Series } from '../model/series.js';
import { drawdown, type Drawdown } from './drawdown.js';
import type { Maybe } from '../model/figure.js';
import { highsLows52w, type HighsLows52w } from './highsLows52w.js';
import { movingAverageDistance, type MovingAverageDistance } from './movingAverageDistance.js';
import { rsi, type Rsi } from './rsi.js';
import { realizedVolatility, type RealizedVolatility } from './volatility.js';

export interface SeriesRisk {
  readonly volatility: {
    readonly sessions20: Maybe<RealizedVolatility>;
    readonly sessions60: Maybe<RealizedVolatility>;
    readonly sessions252: Maybe<RealizedVolatility>;
  };
  readonly drawdown: Drawdown;
  readonly rsi14: Maybe<Rsi>;
  readonly movingAverages: {
    readonly sessions50: Maybe<MovingAverageDistance>;
    readonly sessions200: Maybe<MovingAverageDistance>;
  };
  readonly range52w: Maybe<HighsLows52w>;
}

/** All risk figures of `s` at row i. */
export function seriesRisk(s: Series, i: number): SeriesRisk {
  return {
    volatility: {
      sessions20: realizedVolatility(s, i, 20),
      sessions60: realizedVolatility(s, i, 60),
      sessions252: realizedVolatility(s, i, 252),
    },
    drawdown: drawdown(s, i),
    rsi14: rsi(s, i, 14),
    movingAverages: {
      sessions50: movingAverageDistance(s, i, 50),
      sessions200: movingAverageDistance(s, i, 200),
    },
    range52w: highsLows52w(s, i),
  };
}
