/**
 * In-memory price series, columnar for speed. Dates are ISO `YYYY-MM-DD`
 * session dates (New York), ascending and unique; never `Date` objects.
 */
import { lastAtOrBefore } from './bisect.js';

export interface Series {
  /** Symbol as in the universe config, e.g. `RUT`, `IWM`, `XLK`. */
  readonly symbol: string;
  /** Path of the CSV it was loaded from, as given (for error messages). */
  readonly source: string;
  /**
   * The CSV's name relative to the data folder, e.g. `closes/RUT.csv`: what outputs (stats.json,
   * the brief's source notes) show, so they do not depend on where the data folder is.
   */
  readonly file: string;
  readonly dates: readonly string[];
  /** Raw close (index level, or traded close for ETFs/stocks). Always finite and > 0. */
  readonly close: Float64Array;
  /** Open/high/low; `null` when the file has none. A missing cell in a row is NaN. */
  readonly open: Float64Array | null;
  readonly high: Float64Array | null;
  readonly low: Float64Array | null;
  /** Dividend-adjusted close for total return; `null` when the column is empty. */
  readonly adjClose: Float64Array | null;
  /** Volume; `null` when the column is empty throughout (e.g. RUT). Missing cell = NaN. */
  readonly volume: Float64Array | null;
}

/** Index of the last row whose date is <= `date`, or -1 when the series starts after it. */
export function indexAtOrBefore(series: Series, date: string): number {
  return lastAtOrBefore(series.dates, date);
}
