/**
 * A price file that grew by rows at its end is read as the cached columns of its earlier text
 * plus the new rows (appendedRows.ts, SeriesCache.load): the same Series as a full parse, only
 * the new rows parsed, and a full parse (with its exact error) whenever the file changed
 * otherwise.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendedText, concatColumns } from '../../src/ingest/appendedRows.js';
import { parseSeriesCsv } from '../../src/ingest/parseSeriesCsv.js';
import { SeriesCache } from '../../src/ingest/seriesCache.js';
import { decodeTip, encodeTip } from '../../src/ingest/seriesTip.js';
import type { SeriesStore } from '../../src/ingest/seriesStore.js';
import type { Series } from '../../src/model/series.js';

const HEADER = 'date,open,high,low,close,adj_close,volume';
const OLD = `${HEADER}
2026-01-20,10,11,9,10.5,10.4,1000
2026-01-21,10.5,12,10,11.75,11.6,
`;
// Two rows more; the last has no open (NaN), as a vendor's row may.
const GROWN = `${OLD}2026-01-22,11.8,12.5,11,12.25,12.1,3000
2026-01-23,,12.75,11.5,12.5,12.4,2500
`;

function memoryStore(): SeriesStore & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    read: async (key) => files.get(key) ?? null,
    write: async (key, bytes) => void files.set(key, bytes),
  };
}

/** A cache in a "new process" whose parser records how many data rows each call saw. */
function newProcess() {
  const rows: number[] = [];
  const cache = new SeriesCache((text, file, symbol) => {
    const s = parseSeriesCsv(text, file, symbol);
    rows.push(s.dates.length);
    return s;
  });
  return { cache, rows };
}

const plain = (s: Series) => ({ ...s, source: '', file: '' });

describe('a file that grew by rows at its end', () => {
  it('parses only the new rows and gives the Series a full parse gives', async () => {
    const store = memoryStore();
    await newProcess().cache.load(OLD, 'd/X.csv', 'X', store);
    const next = newProcess();
    const grown = await next.cache.load(GROWN, 'd/X.csv', 'X', store);
    expect(next.rows).toEqual([2]); // the two new rows, not all four
    expect(plain(grown)).toEqual(plain(parseSeriesCsv(GROWN, 'd/X.csv', 'X')));
    expect(grown.open?.[3]).toBeNaN();
    expect(grown.volume?.[1]).toBeNaN();
    // And the grown text is now cached whole: a third process parses nothing.
    const third = newProcess();
    expect(plain(await third.cache.load(GROWN, 'd/X.csv', 'X', store))).toEqual(plain(grown));
    expect(third.rows).toEqual([]);
  });

  it('parses the whole file when an earlier row changed, or the old text did not end a line', async () => {
    const store = memoryStore();
    await newProcess().cache.load(OLD, 'd/X.csv', 'X', store);
    const revised = GROWN.replace('10.4,1000', '10.3,1000'); // an adjusted close revised
    const p = newProcess();
    await p.cache.load(revised, 'd/X.csv', 'X', store);
    expect(p.rows).toEqual([4]);
    expect(appendedText(GROWN, { hash: 'f'.repeat(64), bytes: OLD.length })).toBeNull();
    // "…,11.6," + "5,\n" would change the old last row: only whole lines are a prefix.
    const cut = OLD.slice(0, -1);
    const earlier = { hash: sha(cut), bytes: cut.length };
    expect(appendedText(OLD, earlier)).toBeNull();
    expect(appendedText(GROWN, { hash: sha(OLD), bytes: OLD.length })).toBe(
      `${HEADER}\n${GROWN.slice(OLD.length)}`,
    );
  });

  it('reports a bad new row, or one not after the old rows, at its real line', async () => {
    const store = memoryStore();
    await newProcess().cache.load(OLD, 'd/X.csv', 'X', store);
    const bad = `${OLD}2026-01-22,11.8,12.5,11,-12.25,12.1,3000\n`;
    await expect(newProcess().cache.load(bad, 'd/X.csv', 'X', store)).rejects.toThrow(
      /d\/X\.csv:4: close is negative/,
    );
    const early = `${OLD}2026-01-21,11.8,12.5,11,12.25,12.1,3000\n`;
    await expect(newProcess().cache.load(early, 'd/X.csv', 'X', store)).rejects.toThrow(
      /d\/X\.csv:4: duplicate date 2026-01-21/,
    );
  });

  it('equals a full parse whatever the line endings, BOM, blank lines or columns at the seam', async () => {
    const r1 = '2026-01-20,10,11,9,10.5,10.4,';
    const r2 = '2026-01-21,10.5,12,10,11.75,11.6,';
    const r3 = '2026-01-22,11.8,12.5,11,12.25,12.1,3000';
    // [what, earlier text, added text, rows the second load parses: the new ones, or all]
    const cases: [string, string, string, number][] = [
      ['CRLF', `${HEADER}\r\n${r1}\r\n${r2}\r\n`, `${r3}\r\n`, 1],
      ['LF then CRLF', `${HEADER}\n${r1}\n${r2}\n`, `${r3}\r\n`, 1],
      ['a BOM', `\ufeff${HEADER}\n${r1}\n${r2}\n`, `${r3}\n`, 1],
      ['blank lines at the seam', `${HEADER}\n${r1}\n${r2}\n\n`, `\n${r3}\n\n`, 1],
      ['no final newline before', `${HEADER}\n${r1}\n${r2}`, `\n${r3}\n`, 3],
      ['volume only in the new row', `${HEADER}\n${r1}\n${r2}\n`, `${r3}\n`, 1],
      ['no volume in the new row', `${HEADER}\n${r3}\n`, '2026-01-23,12,13,11.5,12.5,12.4,\n', 1],
    ];
    for (const [what, earlier, added, parsed] of cases) {
      const store = memoryStore();
      await newProcess().cache.load(earlier, 'd/X.csv', 'X', store);
      const p = newProcess();
      const grown = await p.cache.load(earlier + added, 'd/X.csv', 'X', store);
      expect(p.rows, what).toEqual([parsed]);
      expect(plain(grown), what).toEqual(plain(parseSeriesCsv(earlier + added, 'd/X.csv', 'X')));
    }
  });

  it('joins columns, an optional column absent on one side being NaN there', () => {
    const a = parseSeriesCsv(`${HEADER}\n2026-01-20,,,,100,,\n`, 'a', 'A');
    const b = parseSeriesCsv(`${HEADER}\n2026-01-21,,,,101,,7\n`, 'b', 'A');
    const joined = concatColumns(a, b);
    expect(a.volume).toBeNull();
    expect(joined.volume).toEqual(Float64Array.from([NaN, 7]));
    expect(joined.open).toBeNull(); // absent on both sides
    expect(joined.close).toEqual(Float64Array.from([100, 101]));
  });

  it('keeps tips that are well formed only', () => {
    const tip = { hash: sha('x'), bytes: 12 };
    expect(decodeTip(encodeTip(tip))).toEqual(tip);
    expect(decodeTip(Buffer.from('{"hash":"../../etc","bytes":1}'))).toBeNull();
    expect(decodeTip(Buffer.from('{"hash":"' + 'a'.repeat(64) + '","bytes":1.5}'))).toBeNull();
    expect(decodeTip(Buffer.from('not json'))).toBeNull();
    expect(decodeTip(null)).toBeNull();
  });

  it('on every bundled file, with its last 5 rows new, equals a full parse', async () => {
    const dir = path.join(import.meta.dirname, '../../data/closes');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const lines = text.split('\n');
      const old = `${lines.slice(0, -6).join('\n')}\n`; // the text ends with a newline
      const store = memoryStore();
      await newProcess().cache.load(old, name, name, store);
      const p = newProcess();
      const grown = await p.cache.load(text, name, name, store);
      expect(p.rows, name).toEqual([5]);
      expect(plain(grown), name).toEqual(plain(parseSeriesCsv(text, name, name)));
    }
  });
});

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
