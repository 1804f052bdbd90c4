import type { Series } from '../../src/model/series.js';

/** A close-only series for tests: makeSeries('RUT', [['2026-01-02', 100], ...]). */
export function makeSeries(
  symbol: string,
  rows: readonly (readonly [string, number])[],
  open?: readonly number[],
): Series {
  return {
    symbol,
    source: `test/${symbol}.csv`,
    file: `closes/${symbol}.csv`,
    dates: rows.map((r) => r[0]),
    close: Float64Array.from(rows.map((r) => r[1])),
    open: open ? Float64Array.from(open) : null,
    high: null,
    low: null,
    adjClose: null,
    volume: null,
  };
}
