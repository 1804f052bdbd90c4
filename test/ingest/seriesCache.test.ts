/**
 * The process's cache of parsed series (src/ingest/seriesCache.ts): a text is parsed once, a
 * changed text again, a failure never kept. Parses are counted through an injected parser.
 */
import { describe, expect, it } from 'vitest';
import { loadUniverseSeries } from '../../src/ingest/loadSeries.js';
import { parseSeriesCsv } from '../../src/ingest/parseSeriesCsv.js';
import { SeriesCache } from '../../src/ingest/seriesCache.js';

const HEADER = 'date,open,high,low,close,adj_close,volume';
const CSV = `${HEADER}\n2026-01-20,,,,100,,\n2026-01-21,,,,101,,\n`;

/** A cache whose parser counts its calls. */
function counted(limit?: number) {
  const calls: string[] = [];
  const cache = new SeriesCache((text, file, symbol) => {
    calls.push(`${symbol}:${file}`);
    return parseSeriesCsv(text, file, symbol);
  }, limit);
  return { cache, calls };
}

describe('SeriesCache', () => {
  it('parses a text once; loading it again returns the same Series without parsing', async () => {
    const { cache, calls } = counted();
    const files: Record<string, string> = { 'd/RUT.csv': CSV, 'd/GSPC.csv': CSV };
    const read = async (f: string) => files[f] as string;
    const first = await loadUniverseSeries('d', ['RUT', 'GSPC'], read, cache);
    const second = await loadUniverseSeries('d', ['RUT', 'GSPC'], read, cache);
    expect(calls.sort()).toEqual(['GSPC:d/GSPC.csv', 'RUT:d/RUT.csv']); // 2 parses, not 4
    expect(second.get('RUT')).toBe(first.get('RUT'));
    expect(second.get('RUT')?.close).toEqual(Float64Array.from([100, 101]));
  });

  it('parses again when the text changes, and keys by file and symbol too', () => {
    const { cache, calls } = counted();
    cache.get(CSV, 'd/RUT.csv', 'RUT');
    const changed = cache.get(`${CSV}2026-01-22,,,,102,,\n`, 'd/RUT.csv', 'RUT');
    const other = cache.get(CSV, 'd/IWM.csv', 'IWM'); // same text, another series
    expect(calls).toHaveLength(3);
    expect(changed.dates).toEqual(['2026-01-20', '2026-01-21', '2026-01-22']);
    expect(other.symbol).toBe('IWM');
  });

  it('does not keep a failure: a bad file fails every time it is loaded', () => {
    const { cache, calls } = counted();
    const bad = `${HEADER}\n2026-01-20,,,,-1,,\n`;
    expect(() => cache.get(bad, 'd/RUT.csv', 'RUT')).toThrow(/d\/RUT\.csv:2/);
    expect(() => cache.get(bad, 'd/RUT.csv', 'RUT')).toThrow(/d\/RUT\.csv:2/);
    expect(calls).toHaveLength(2);
    expect(cache.size).toBe(0);
  });

  it('drops the least recently used series beyond its limit', () => {
    const { cache, calls } = counted(2);
    cache.get(CSV, 'a.csv', 'A');
    cache.get(CSV, 'b.csv', 'B');
    cache.get(CSV, 'a.csv', 'A'); // A used last: B is the oldest
    cache.get(CSV, 'c.csv', 'C'); // drops B
    cache.get(CSV, 'a.csv', 'A'); // still held
    cache.get(CSV, 'b.csv', 'B'); // parsed again
    expect(calls).toEqual(['A:a.csv', 'B:b.csv', 'C:c.csv', 'B:b.csv']);
    expect(cache.size).toBe(2);
  });
});
