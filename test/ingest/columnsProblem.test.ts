import { describe, expect, it } from 'vitest';
import { columnsProblem } from '../../src/ingest/columnsProblem.js';
import type { SeriesColumns } from '../../src/ingest/validateRows.js';

/** Two good rows (open <= close, low <= both, high >= both) to break one value at a time. */
function cols(change: Partial<SeriesColumns> = {}): SeriesColumns {
  return {
    dates: ['2026-01-20', '2026-01-21'],
    open: Float64Array.from([10, 11]),
    high: Float64Array.from([10.5, 11.5]),
    low: Float64Array.from([9.5, 10.5]),
    close: Float64Array.from([10.25, 11.25]),
    adjClose: Float64Array.from([10.25, 11.25]),
    volume: Float64Array.from([1000, 2000]),
    ...change,
  };
}

describe('columnsProblem (the rules of a CSV row, on columns read back from the cache)', () => {
  it('passes good columns, empty optional cells and absent optional columns', () => {
    expect(columnsProblem(cols())).toBeNull();
    expect(columnsProblem(cols({ open: Float64Array.from([NaN, 11]), volume: null }))).toBeNull();
  });

  it('names the row and writes the numbers as String() does, since no text was read', () => {
    // Row 2: high 10 < low 10.5 (by far more than the 1e-9 slack).
    expect(columnsProblem(cols({ high: Float64Array.from([10.5, 10]) }))).toBe(
      'row 2: high 10 is below low 10.5',
    );
    // Row 1: low 10.125 > min(open 10, close 10.25) = open 10.
    expect(columnsProblem(cols({ low: Float64Array.from([10.125, 10.5]) }))).toBe(
      'row 1: low 10.125 is above open 10',
    );
    expect(columnsProblem(cols({ volume: Float64Array.from([1000, -5]) }))).toBe(
      'row 2: volume is negative: -5',
    );
    expect(columnsProblem(cols({ adjClose: Float64Array.from([2e9, 11.25]) }))).toBe(
      'row 1: adj_close 2000000000 is above 1000000000, the largest price accepted',
    );
    expect(columnsProblem(cols({ close: Float64Array.from([10.25, 0]) }))).toBe(
      'row 2: close is zero',
    );
    expect(columnsProblem(cols({ close: Float64Array.from([10.25, NaN]) }))).toBe(
      'row 2: close is not a finite number',
    );
  });

  it('finds what the column-at-a-time pass lets through to the row-by-row one, in every column', () => {
    // The fast pass only says "all good"; each broken rule below must still be found and named.
    const broken: [Partial<SeriesColumns>, string][] = [
      [{ open: Float64Array.from([10, Infinity]) }, 'row 2: open is not a finite number'],
      [{ high: Float64Array.from([-Infinity, 11.5]) }, 'row 1: high is not a finite number'],
      [
        { low: Float64Array.from([9.5, 1e-7]) },
        'row 2: low 1e-7 is below 0.000001, the smallest price accepted',
      ],
      [
        { volume: Float64Array.from([2e15, 1]) },
        'row 1: volume 2000000000000000 is above 1000000000000000',
      ],
      [{ dates: ['2026-01-21', '2026-01-21'] }, 'row 2: date out of order'],
      [{ dates: ['2026-01-22', '2026-01-21'] }, 'row 2: date out of order'],
      [
        { dates: ['2026-02-28', '2026-02-30'] },
        'row 2: date "2026-02-30" is not a real YYYY-MM-DD date',
      ],
      [
        { dates: ['2026-1-20', '2026-01-21'] },
        'row 1: date "2026-1-20" is not a real YYYY-MM-DD date',
      ],
    ];
    for (const [change, problem] of broken) expect(columnsProblem(cols(change))).toBe(problem);
    // NaN in an optional column is an empty cell; in close it never is.
    expect(columnsProblem(cols({ high: Float64Array.from([NaN, NaN]), low: null }))).toBeNull();
    expect(columnsProblem(cols({ close: Float64Array.from([NaN, 11.25]) }))).toBe(
      'row 1: close is not a finite number',
    );
  });
});
