import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../src/cli/nodeFileSystem.js';
import { BriefError } from '../../../src/errors.js';
import { parseSeriesCsv } from '../../../src/ingest/parseSeriesCsv.js';
import {
  type CsvRow,
  formatCsvRow,
  formatPrice,
  formatVolume,
  spliceCsv,
  writeCsv,
} from '../../../src/ingest/writeCsv.js';

/** The real atomic writer. */
const { writeAtomic } = nodeFileSystem(process.pid);

const ROW: CsvRow = {
  date: '2026-08-24',
  open: 300.41,
  high: 302.87,
  low: 299.92,
  close: 302.51,
  adjClose: 302.51,
  volume: 19873400,
};

describe('formatting like the bundled files', () => {
  it('rounds prices to 7 significant digits without trailing zeros or exponents', () => {
    expect(formatPrice(299.9599914550781)).toBe('299.96');
    expect(formatPrice(3017.8701171875)).toBe('3017.87');
    expect(formatPrice(26180.4609375)).toBe('26180.46');
    expect(formatPrice(715.67384)).toBe('715.6738');
    expect(formatPrice(45.71875)).toBe('45.71875');
    expect(formatPrice(123456789.4)).toBe('123456800');
    expect(formatPrice(0.000000123456789)).toBe('0.0000001234568');
    expect(formatPrice(null)).toBe('');
    expect(formatPrice(Number.NaN)).toBe('');
  });

  it('writes volumes as whole numbers and 0/missing as empty', () => {
    expect(formatVolume(22219869)).toBe('22219869');
    expect(formatVolume(5012770000)).toBe('5012770000');
    expect(formatVolume(0)).toBe('');
    expect(formatVolume(null)).toBe('');
  });

  it('formats a row in the header order date,open,high,low,close,adj_close,volume', () => {
    expect(formatCsvRow(ROW)).toBe('2026-08-24,300.41,302.87,299.92,302.51,302.51,19873400');
    expect(formatCsvRow({ ...ROW, adjClose: null, volume: null })).toBe(
      '2026-08-24,300.41,302.87,299.92,302.51,,',
    );
  });
});

describe('spliceCsv', () => {
  const OLD =
    'date,open,high,low,close,adj_close,volume\r\n2026-08-20,1,2,1,1.5,1.5,10\r\n2026-08-21,1,2,1,1.75,1.7,11\r\n';

  it('appends CRLF lines after the untouched old bytes', () => {
    const text = spliceCsv(OLD, [], [ROW]);
    expect(text.startsWith(OLD)).toBe(true);
    expect(text.slice(OLD.length)).toBe(
      '2026-08-24,300.41,302.87,299.92,302.51,302.51,19873400\r\n',
    );
  });

  it('keeps LF files LF and drops trailing blank lines', () => {
    const lf = OLD.replaceAll('\r\n', '\n');
    expect(spliceCsv(`${lf}\n\n`, [], [ROW])).toBe(`${lf}${formatCsvRow(ROW)}\n`);
  });

  it('rewrites revised rows in place', () => {
    const revised = {
      ...ROW,
      date: '2026-08-20',
      close: 1.6,
      adjClose: 1.6,
      volume: 12,
      open: 1,
      high: 2,
      low: 1,
    };
    const text = spliceCsv(OLD, [revised], []);
    expect(text.split('\r\n')).toEqual([
      'date,open,high,low,close,adj_close,volume',
      '2026-08-20,1,2,1,1.6,1.6,12',
      '2026-08-21,1,2,1,1.75,1.7,11',
      '',
    ]);
    expect(() => spliceCsv(OLD, [{ ...revised, date: '2026-08-19' }], [])).toThrow(
      /revised date\(s\) not found/,
    );
  });

  it('round-trips the real RUT file: appended rows re-parse, the rest is byte-identical', async () => {
    const old = await readFile(new URL('../../../data/closes/RUT.csv', import.meta.url), 'utf8');
    const row: CsvRow = {
      date: '2026-08-24',
      open: 3019.55,
      high: 3048.12,
      low: 3016.4,
      close: 3043.26,
      adjClose: null,
      volume: null,
    };
    const text = spliceCsv(old, [], [row]);
    expect(text.slice(0, old.length)).toBe(old);
    const s = parseSeriesCsv(text, 'RUT.csv', 'RUT');
    expect(s.dates.at(-1)).toBe('2026-08-24');
    expect(s.close.at(-1)).toBe(3043.26);
    expect(s.volume).toBeNull();
  });
});

describe('writeCsv', () => {
  it('refuses text that does not validate, leaving the old file and no temp file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'write-csv-'));
    const file = join(dir, 'X.csv');
    await writeFile(file, 'old');
    const bad = 'date,open,high,low,close,adj_close,volume\r\n2026-08-24,1,0.5,1,2,,\r\n';
    const err = await writeCsv(file, 'X', bad, writeAtomic).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BriefError);
    expect((err as BriefError).message).toMatch(/X\.csv:2: /);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['X.csv']);
  });

  it('replaces the file atomically with valid text, and names the file when writing fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'write-csv-'));
    const file = join(dir, 'X.csv');
    const good = `date,open,high,low,close,adj_close,volume\r\n${formatCsvRow(ROW)}\r\n`;
    await writeCsv(file, 'X', good, writeAtomic);
    expect(await readFile(file, 'utf8')).toBe(good);
    // The writer creates a missing folder, but not one under a file.
    const underFile = join(file, 'nope', 'X.csv');
    const err = await writeCsv(underFile, 'X', good, writeAtomic).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'output', message: `${underFile}: cannot write (ENOTDIR)` });
  });
});
