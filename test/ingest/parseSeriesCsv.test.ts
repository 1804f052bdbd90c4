import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import { parseSeriesCsv } from '../../src/ingest/parseSeriesCsv.js';

const FIXTURES = new URL('../fixtures/csv/', import.meta.url);
const HEADER = 'date,open,high,low,close,adj_close,volume';

/** Parses fixture `name` (relative to test/fixtures/csv/), named as such in messages. */
function fixture(name: string) {
  return parseSeriesCsv(readFileSync(new URL(name, FIXTURES), 'utf8'), name, 'TEST');
}

/** Parses one-or-more data rows under the standard header as `t.csv`. */
function rows(...lines: string[]) {
  return parseSeriesCsv([HEADER, ...lines].join('\n') + '\n', 't.csv', 'T');
}

describe('parseSeriesCsv: valid files', () => {
  it('reads every column, NaN for empty cells, null for empty columns', () => {
    const s = fixture('valid.csv');
    expect(s.symbol).toBe('TEST');
    expect(s.source).toBe('valid.csv');
    expect(s.dates).toEqual(['2026-01-20', '2026-01-21', '2026-01-22']);
    expect([...s.close]).toEqual([101, 102, 103]);
    expect([...s.open!]).toEqual([100, NaN, 102.25]);
    expect([...s.high!]).toEqual([102, NaN, 104.5]);
    expect([...s.low!]).toEqual([99, NaN, 101]);
    expect([...s.adjClose!]).toEqual([100.5, 101.5, 102.5]);
    expect([...s.volume!]).toEqual([1000, NaN, 1200]);
  });

  it('accepts a BOM and CRLF line endings', () => {
    const s = fixture('bom-crlf.csv');
    expect(s.dates).toEqual(['2026-01-20', '2026-01-21']);
    expect([...s.close]).toEqual([101, 102]);
    expect(s.adjClose).toBeNull();
    expect(s.volume).toBeNull();
  });

  it('makes a column that is empty in every row null (index without volume)', () => {
    const s = fixture('index-no-volume.csv');
    expect(s.volume).toBeNull();
    expect(s.adjClose).toBeNull();
    expect(s.open).not.toBeNull();
  });

  it('accepts close-only rows, quoted cells and blank lines', () => {
    const s = fixture('close-only.csv');
    expect([...s.close]).toEqual([101, 102, 103]);
    expect([s.open, s.high, s.low, s.adjClose, s.volume]).toEqual([null, null, null, null, null]);
  });

  it('accepts plain decimal spellings and zero volume', () => {
    const s = rows('2026-01-20,.5,1.,0.25,5e-1,+0.5,0', '2026-01-21,,,,1E2,,12345678901');
    expect([...s.open!]).toEqual([0.5, NaN]);
    expect([...s.high!]).toEqual([1, NaN]);
    expect([...s.close]).toEqual([0.5, 100]);
    expect([...s.volume!]).toEqual([0, 12345678901]);
  });

  it('accepts leap days and the full range of months', () => {
    const s = rows(
      '1900-02-28,,,,1,,',
      '2000-02-29,,,,1,,',
      '2024-02-29,,,,1,,',
      '2024-12-31,,,,1,,',
    );
    expect(s.dates).toHaveLength(4);
  });
});

describe('parseSeriesCsv: each problem fails at its file:line', () => {
  const cases: [file: string, message: string][] = [
    ['empty.csv', '1: empty file: no header line'],
    ['header-only.csv', '1: no data rows after the header'],
    ['renamed-column.csv', '1: header is missing column "close" (found "price" instead)'],
    ['missing-column.csv', '1: header is missing column "adj_close"'],
    ['field-count.csv', '3: expected 7 fields, found 6'],
    // A CRLF file with `\r,extra` inside a row (an edit after the row's \r): 8 fields on that line.
    ['stray-cr-middle.csv', '3: expected 7 fields, found 8'],
    ['stray-cr-last.csv', '4: expected 7 fields, found 8'],
    ['date-format.csv', '3: date "2026/01/21" is not an ISO YYYY-MM-DD date'],
    ['date-not-real.csv', '3: date 2026-02-30 is not a real calendar date'],
    ['duplicate-date.csv', '4: duplicate date 2026-01-21 (first seen on line 3)'],
    ['out-of-order.csv', '4: date 2026-01-20 is out of order: it follows 2026-01-21 on line 3'],
    ['blank-line-then-duplicate.csv', '4: duplicate date 2026-01-20 (first seen on line 2)'],
    ['close-not-number.csv', '2: close is not a finite number: "abc"'],
    ['close-empty.csv', '3: close is empty (it is required in every row)'],
    ['close-zero.csv', '2: close is zero'],
    ['open-negative.csv', '2: open is negative: -100'],
    ['volume-negative.csv', '2: volume is negative: -5'],
    ['volume-not-number.csv', '2: volume is not a finite number: "1k"'],
    ['high-below-close.csv', '3: high 101.5 is below close 102'],
    ['low-above-open.csv', '2: low 100.5 is above open 100'],
    ['high-below-low.csv', '2: high 98 is below low 99'],
    ['unclosed-quote.csv', '3: malformed CSV: quote not closed (MissingQuotes)'],
  ];
  it.each(cases)('bad/%s', (name, message) => {
    const err = catchError(() => fixture(`bad/${name}`));
    expect(err).toBeInstanceOf(BriefError);
    expect((err as BriefError).kind).toBe('data');
    expect((err as BriefError).exitCode).toBe(3);
    expect((err as BriefError).message).toBe(`bad/${name}:${message}`);
  });

  it('points at the stray carriage return in the hint of a field count error', () => {
    const err = catchError(() => fixture('bad/stray-cr-last.csv')) as BriefError;
    expect(err.hint).toBe('line 4 holds a stray carriage return (\\r) before its end: remove it');
    expect((catchError(() => fixture('bad/field-count.csv')) as BriefError).hint).toBeUndefined();
  });

  it('names the expected header in the hint of a header error', () => {
    const err = catchError(() => fixture('bad/renamed-column.csv')) as BriefError;
    expect(err.hint).toContain(HEADER);
  });

  it('reports extra, reordered and repeated header columns', () => {
    const parseHeader = (h: string) => () => parseSeriesCsv(`${h}\n`, 'h.csv', 'H');
    expect(parseHeader(`${HEADER},note`)).toThrow('h.csv:1: header has unexpected column "note"');
    expect(parseHeader('date,high,open,low,close,adj_close,volume')).toThrow(
      'h.csv:1: header columns are out of order or repeated: date,high,open,',
    );
    expect(parseHeader('Date,open,high,low,close,adj_close,volume')).toThrow(
      'h.csv:1: header is missing column "date" (found "Date" instead)',
    );
    expect(parseHeader(`${HEADER} `)).toThrow('missing column "volume" (found "volume " instead)');
  });
});

describe('parseSeriesCsv: cell rules', () => {
  it.each([
    ['NaN', 'close is not a finite number: "NaN"'],
    ['Infinity', 'close is not a finite number: "Infinity"'],
    ['-Infinity', 'close is not a finite number: "-Infinity"'],
    ['1e400', 'close is not a finite number: "1e400"'],
    ['0x10', 'close is not a finite number: "0x10"'],
    [' 101', 'close is not a finite number: " 101"'],
    ['1,5', 'expected 7 fields, found 8'],
    ['1.2.3', 'close is not a finite number: "1.2.3"'],
    ['-0', 'close is zero'],
    ['-3.5', 'close is negative: -3.5'],
  ])('close %j', (cell, message) => {
    expect(() => rows(`2026-01-20,,,,${cell},,`)).toThrow(`t.csv:2: ${message}`);
  });

  it('checks adj_close like any other price', () => {
    expect(() => rows('2026-01-20,,,,1,0,')).toThrow('t.csv:2: adj_close is zero');
    expect(() => rows('2026-01-20,,,,1,x,')).toThrow('adj_close is not a finite number: "x"');
  });

  it.each([
    ['2026-1-20', 'date "2026-1-20" is not an ISO YYYY-MM-DD date'],
    ['20260120', 'date "20260120" is not an ISO YYYY-MM-DD date'],
    ['2026-01-20T00:00', 'date "2026-01-20T00:00" is not an ISO YYYY-MM-DD date'],
    ['', 'date "" is not an ISO YYYY-MM-DD date'],
    ['2026-13-01', 'date 2026-13-01 is not a real calendar date'],
    ['2026-00-10', 'date 2026-00-10 is not a real calendar date'],
    ['2026-04-31', 'date 2026-04-31 is not a real calendar date'],
    ['2026-01-00', 'date 2026-01-00 is not a real calendar date'],
    ['1900-02-29', 'date 1900-02-29 is not a real calendar date'],
    ['2025-02-29', 'date 2025-02-29 is not a real calendar date'],
  ])('date %j', (date, message) => {
    expect(() => rows(`${date},,,,1,,`)).toThrow(`t.csv:2: ${message}`);
  });

  it('tolerates a relative 1e-9 rounding slack in the high/low checks', () => {
    expect(() => rows('2026-01-20,,99.99999999,,100,,')).not.toThrow(); // 1e-10 below
    expect(() => rows('2026-01-20,,,100.00000001,100,,')).not.toThrow();
    expect(() => rows('2026-01-20,,99.9999997,,100,,')).toThrow(
      'high 99.9999997 is below close 100',
    );
    expect(() => rows('2026-01-20,,,100.0000003,100,,')).toThrow(
      'low 100.0000003 is above close 100',
    );
  });

  it('compares high with the larger and low with the smaller of open and close', () => {
    expect(() => rows('2026-01-20,105,104,99,100,,')).toThrow('high 104 is below open 105');
    expect(() => rows('2026-01-20,95,106,99,100,,')).toThrow('low 99 is above open 95');
    expect(() => rows('2026-01-20,100,100,100,100,,')).not.toThrow();
    expect(() => rows('2026-01-20,,100,,100,,')).not.toThrow();
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}
