import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import { parseCsvTable } from '../../src/ingest/parseCsv.js';

const lines = (text: string) => [...parseCsvTable(text, 'f.csv').lines];

describe('parseCsvTable', () => {
  it('splits header and rows and numbers rows from line 2', () => {
    const t = parseCsvTable('a,b\n1,2\n3,4\n', 'f.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.headerLine).toBe(1);
    expect(t.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect([...t.lines]).toEqual([2, 3]);
  });

  it('accepts a UTF-8 BOM and CRLF or CR line endings', () => {
    const t = parseCsvTable('\uFEFFa,b\r\n1,2\r\n', 'f.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([['1', '2']]);
    expect(lines('a,b\r1,2\r3,4')).toEqual([2, 3]);
  });

  it('counts lines as wc -l and editors do: a carriage return inside a line breaks nothing', () => {
    // A row with `\r,extra` after its last cell is one row of 8 cells on its own line, and the
    // rows after it keep their line numbers (it used to split into 7 + 2 cells, one line down).
    const t = parseCsvTable('a,b\r\n1,2,\r,x\r\n3,4\r\n5,6,\r,y\r\n', 'f.csv');
    expect(t.rows).toEqual([
      ['1', '2', '\r', 'x'],
      ['3', '4'],
      ['5', '6', '\r', 'y'],
    ]);
    expect([...t.lines]).toEqual([2, 3, 4]);
    expect(lines('a,b\n1,\r2\n3,4\n')).toEqual([2, 3]);
    // \r\r\n (a CRLF written again in text mode) ends one line; a quoted \r is not a line.
    expect(lines('a,b\r\r\n1,2\r\r\n3,4\r\r\n')).toEqual([2, 3]);
    expect(lines('a,b\n1,"x\ry"\n3,4\n')).toEqual([2, 3]);
  });

  it('skips blank lines but still counts them', () => {
    expect(lines('\na,b\n1,2\n\n\n3,4\n\n')).toEqual([3, 6]);
    expect(parseCsvTable('\na,b\n1,2\n', 'f.csv').headerLine).toBe(2);
  });

  it('numbers a record by its first line when a quoted cell spans lines', () => {
    expect(lines('a,b\n1,"x\ny"\n3,4\n')).toEqual([2, 4]);
    expect(lines('a,b\r\n1,"x\r\ny\r\nz"\r\n\r\n3,4\r\n')).toEqual([2, 6]);
    expect(parseCsvTable('a,b\n"1,5",2\n', 'f.csv').rows).toEqual([['1,5', '2']]);
  });

  it('agrees with csv-parse line counting on files without quotes', () => {
    const text = 'a,b\n1,2\n\n3,4,5\n6\n';
    const info = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true });
    const expected = (info as unknown as { info: { lines: number } }[]).map((r) => r.info.lines);
    expect([1, ...lines(text)]).toEqual(expected);
  });

  it('rejects an empty file', () => {
    for (const text of ['', '\uFEFF', '\n\n', '\r\n']) {
      expect(() => parseCsvTable(text, 'f.csv')).toThrow('f.csv:1: empty file: no header line');
    }
  });

  it('turns malformed quoting into a data error with the line', () => {
    const err = catchError(() => parseCsvTable('a,b\n1,2\n3,"4\n', 'f.csv'));
    expect(err).toBeInstanceOf(BriefError);
    expect((err as BriefError).kind).toBe('data');
    expect((err as BriefError).message).toMatch(/^f\.csv:3: malformed CSV: quote not closed/);
    // A stray quote inside an unquoted cell is kept literally by the tokenizer (RFC 4180 leaves
    // it undefined); the price validation then rejects the cell as not a number.
    expect(parseCsvTable('a,b\n1,2"x\n', 'f.csv').rows[0]).toEqual(['1', '2"x']);
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
