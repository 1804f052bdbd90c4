/**
 * The on-disk layer of the parsed-series cache: the binary codec (seriesCodec.ts), the cache
 * reading from and writing to a store (SeriesCache.load), the real store in a temporary folder
 * (diskSeriesStore.ts) and where the folder is (seriesCacheDir).
 */
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskSeriesStore } from '../../src/cli/diskSeriesStore.js';
import { parseSeriesCsv } from '../../src/ingest/parseSeriesCsv.js';
import { SeriesCache } from '../../src/ingest/seriesCache.js';
import { decodeSeriesColumns, encodeSeriesColumns } from '../../src/ingest/seriesCodec.js';
import { seriesCacheDir, type SeriesStore } from '../../src/ingest/seriesStore.js';
import type { SeriesColumns } from '../../src/ingest/validateRows.js';

const HEADER = 'date,open,high,low,close,adj_close,volume';
// Row 2 has no volume, row 3 no open: optional cells missing are NaN, columns stay present.
const FULL = `${HEADER}
2026-01-20,10,11,9,10.5,10.4,1000
2026-01-21,10.5,12,10,11.75,11.6,
2026-01-22,,12.5,11,12.25,12.1,3000
`;
const CLOSE_ONLY = `${HEADER}\n2026-01-20,,,,100,,\n2026-01-21,,,,101.5,,\n`;

/** The columns of a CSV text, as validateRows gives them (the Series without its names). */
function columnsOf(text: string): SeriesColumns {
  const { symbol: _symbol, source: _source, file: _file, ...cols } = parseSeriesCsv(text, 'f', 'X');
  return cols;
}

/** A store in memory that records what was asked of it. */
function memoryStore() {
  const files = new Map<string, Uint8Array>();
  const log: string[] = [];
  const store: SeriesStore = {
    read: async (key) => (log.push(`read ${key.slice(0, 8)}`), files.get(key) ?? null),
    write: async (key, bytes) => void (log.push(`write ${key.slice(0, 8)}`), files.set(key, bytes)),
  };
  return { store, files, log };
}

function countedCache() {
  const calls: string[] = [];
  const cache = new SeriesCache((text, file, symbol) => {
    calls.push(symbol);
    return parseSeriesCsv(text, file, symbol);
  });
  return { cache, calls };
}

describe('seriesCodec', () => {
  it('gives back exactly the columns it was given, NaN cells and absent columns included', () => {
    for (const text of [FULL, CLOSE_ONLY]) {
      const cols = columnsOf(text);
      expect(decodeSeriesColumns(encodeSeriesColumns(cols))).toEqual(cols);
    }
    const back = decodeSeriesColumns(encodeSeriesColumns(parseSeriesCsv(FULL, 'f', 'X')));
    expect(Number.isNaN(back?.volume?.[1])).toBe(true);
    expect(Number.isNaN(back?.open?.[2])).toBe(true);
    expect(back?.close).toEqual(Float64Array.from([10.5, 11.75, 12.25]));
  });

  it('is 16 header bytes, 8 per number, 10 per date and a 32-byte checksum', () => {
    // CLOSE_ONLY: 2 rows, close only: 16 + 2 x 8 + 2 x 10 + 32 = 84 bytes.
    expect(encodeSeriesColumns(parseSeriesCsv(CLOSE_ONLY, 'f', 'X')).length).toBe(84);
    // FULL: 3 rows, six number columns: 16 + 6 x 3 x 8 + 3 x 10 + 32 = 222 bytes.
    expect(encodeSeriesColumns(parseSeriesCsv(FULL, 'f', 'X')).length).toBe(222);
  });

  it('writes numbers as little-endian float64 and dates as ASCII, whatever the machine', () => {
    const bytes = encodeSeriesColumns(parseSeriesCsv(CLOSE_ONLY, 'f', 'X'));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const cols = columnsOf(CLOSE_ONLY);
    // Close of row k at 16 + 8k; the dates follow the two closes, at 32.
    expect([view.getFloat64(16, true), view.getFloat64(24, true)]).toEqual([...cols.close]);
    expect(Buffer.from(bytes.subarray(32, 52)).toString('latin1')).toBe(cols.dates.join(''));
  });

  it('refuses bytes that are damaged or not an encoding: any bit flipped fails the checksum', () => {
    const good = encodeSeriesColumns(parseSeriesCsv(CLOSE_ONLY, 'f', 'X'));
    expect(decodeSeriesColumns(good)).not.toBeNull();
    for (let at = 0; at < good.length; at++) {
      const b = good.slice();
      b[at] = b[at]! ^ 0x01;
      expect(decodeSeriesColumns(b), `byte ${at}`).toBeNull();
    }
    expect(decodeSeriesColumns(good.subarray(0, good.length - 1))).toBeNull(); // truncated
    expect(decodeSeriesColumns(new Uint8Array(0))).toBeNull();
  });

  it('refuses well-formed bytes whose columns break a rule every CSV row is held to', () => {
    const cols = columnsOf(FULL);
    expect(decodeSeriesColumns(encodeSeriesColumns(cols))).not.toBeNull();
    const bad: Record<string, Partial<typeof cols>> = {
      'a negative close': { close: Float64Array.from([10.5, -11.75, 12.25]) },
      'an infinite volume': { volume: Float64Array.from([1000, Infinity, 3000]) },
      'a high below the low': { high: Float64Array.from([11, 9.5, 12.5]) },
      'a close above the high': { close: Float64Array.from([10.5, 12.5, 12.25]) },
      'a price over the limit': { adjClose: Float64Array.from([10.4, 2e9, 12.1]) },
      'a date that is not a date': { dates: ['2026-01-20', '2026-1X-21', '2026-01-22'] },
      'February 30': { dates: ['2026-01-20', '2026-01-21', '2026-02-30'] },
      'dates out of order': { dates: ['2026-01-20', '2026-01-22', '2026-01-21'] },
      'a missing close': { close: Float64Array.from([10.5, NaN, 12.25]) },
    };
    for (const [what, change] of Object.entries(bad)) {
      expect(decodeSeriesColumns(encodeSeriesColumns({ ...cols, ...change })), what).toBeNull();
    }
  });
});

describe('SeriesCache.load with a store', () => {
  it('parses and writes on a miss; a later process reads it back without parsing', async () => {
    const { store, files } = memoryStore();
    const first = countedCache();
    const parsed = await first.cache.load(FULL, 'd/X.csv', 'X', store);
    expect(first.calls).toEqual(['X']);
    expect(files.size).toBe(2); // the columns, and the file's tip (appendedRows.test.ts)
    const second = countedCache(); // a new process: nothing in memory
    const read = await second.cache.load(FULL, 'other/X.csv', 'X', store);
    expect(second.calls).toEqual([]);
    expect(read.close).toEqual(parsed.close);
    expect(read.dates).toEqual(parsed.dates);
    expect(read.source).toBe('other/X.csv'); // the Series names the file it was loaded as
    expect(read.file).toBe('closes/X.csv');
  });

  it('asks the store only once per text per process, and parses a damaged entry again', async () => {
    const { store, files, log } = memoryStore();
    const { cache, calls } = countedCache();
    await cache.load(CLOSE_ONLY, 'd/A.csv', 'A', store);
    await cache.load(CLOSE_ONLY, 'd/A.csv', 'A', store); // from memory
    // The columns by hash (a miss), the file's tip (none yet); then the columns and the tip.
    expect(log.map((l) => l.split(' ')[0])).toEqual(['read', 'read', 'write', 'write']);
    const key = [...files.keys()][0]!;
    files.set(key, new Uint8Array([1, 2, 3]));
    const fresh = countedCache();
    const s = await fresh.cache.load(CLOSE_ONLY, 'd/A.csv', 'A', store);
    expect(fresh.calls).toEqual(['A']); // damaged: parsed, not trusted
    expect(s.close).toEqual(Float64Array.from([100, 101.5]));
    expect(calls).toEqual(['A']);
  });

  it('keeps failing a bad file and stores nothing for it', async () => {
    const { store, files } = memoryStore();
    const { cache } = countedCache();
    const bad = `${HEADER}\n2026-01-20,,,,-1,,\n`;
    await expect(cache.load(bad, 'd/A.csv', 'A', store)).rejects.toThrow(/d\/A\.csv:2/);
    expect(files.size).toBe(0);
  });
});

describe('diskSeriesStore', () => {
  const scratch = () => mkdtempSync(path.join(tmpdir(), 'brief-series-store-'));

  it('writes one file per key in a folder it creates, and reads it back', async () => {
    const dir = path.join(scratch(), 'nested', 'cache');
    const store = diskSeriesStore(dir, '0.1.0');
    expect(await store.read('abc')).toBeNull();
    await store.write('abc', new Uint8Array([1, 2, 3]));
    expect(readdirSync(dir)).toEqual(['series-0.1.0-abc.bin']);
    expect(await diskSeriesStore(dir, '0.2.0').read('abc')).toBeNull(); // another version parses
    expect([...((await store.read('abc')) ?? [])]).toEqual([1, 2, 3]);
  });

  it('keeps only the newest files', async () => {
    const dir = scratch();
    const store = diskSeriesStore(dir, 'v', 2);
    for (const [k, age] of [
      ['old', 300],
      ['mid', 200],
      ['new', 100],
    ] as const) {
      const file = path.join(dir, `series-v-${k}.bin`);
      writeFileSync(file, 'x');
      const t = Date.now() / 1000 - age;
      utimesSync(file, t, t);
    }
    await store.write('now', new Uint8Array([9]));
    expect(readdirSync(dir).sort()).toEqual(['series-v-new.bin', 'series-v-now.bin']);
  });

  it('never fails: an unwritable folder is one warning naming it, then a miss', async () => {
    const file = path.join(scratch(), 'a-file');
    writeFileSync(file, 'not a folder');
    const warnings: string[] = [];
    const dir = path.join(file, 'cache');
    const store = diskSeriesStore(dir, 'v', 150, (l) => warnings.push(l));
    const writes = ['k', 'l', 'm'].map((k) => store.write(k, new Uint8Array([1])));
    await expect(Promise.all(writes)).resolves.toEqual([undefined, undefined, undefined]);
    await store.write('n', new Uint8Array([2])); // given up: not tried, not warned again
    expect(warnings).toEqual([
      `parsed-series cache ${dir} is not usable (ENOTDIR); going on without it`,
    ]);
    expect(await store.read('k')).toBeNull();
  });

  // Node's own recursive mkdir spins forever on this path (the kernel answers ENOENT under /proc).
  it.runIf(existsSync('/proc/self'))(
    'a folder that cannot exist (/proc/nope) ends at once with a warning',
    { timeout: 5000 },
    async () => {
      const warnings: string[] = [];
      const store = diskSeriesStore('/proc/nope', 'v', 150, (l) => warnings.push(l));
      await store.write('k', new Uint8Array([1]));
      expect(warnings).toEqual([
        'parsed-series cache /proc/nope is not usable (ENOENT); going on without it',
      ]);
    },
  );
});

describe('seriesCacheDir', () => {
  it('is ROTATION_BRIEF_CACHE, then XDG_CACHE_HOME, then ~/.cache; off turns it off', () => {
    expect(seriesCacheDir({ ROTATION_BRIEF_CACHE: '/c' }, '/home/u')).toBe('/c');
    expect(seriesCacheDir({ ROTATION_BRIEF_CACHE: 'off' }, '/home/u')).toBeNull();
    expect(seriesCacheDir({ ROTATION_BRIEF_CACHE: '0', XDG_CACHE_HOME: '/x' }, '/h')).toBeNull();
    expect(seriesCacheDir({ XDG_CACHE_HOME: '/x/' }, '/home/u')).toBe('/x/rotation-brief');
    expect(seriesCacheDir({}, '/home/u')).toBe('/home/u/.cache/rotation-brief');
    expect(seriesCacheDir({}, null)).toBeNull();
  });
});
