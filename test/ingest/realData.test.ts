/**
 * Loads every real price file in data/closes/ and checks known facts from
 * data/SOURCES.md. These files must always pass validation.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadUniverseSeries } from '../../src/ingest/loadSeries.js';
import type { Series } from '../../src/model/series.js';
import { indexAtOrBefore } from '../../src/model/series.js';

const DIR = fileURLToPath(new URL('../../data/closes', import.meta.url));
const SYMBOLS = readdirSync(DIR)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => f.slice(0, -4));

let all: Map<string, Series>;
let elapsedMs: number;

beforeAll(async () => {
  const t0 = performance.now();
  all = await loadUniverseSeries(DIR, SYMBOLS, (p) => readFile(p, 'utf8'));
  elapsedMs = performance.now() - t0;
  console.log(`loaded ${all.size} real files in ${elapsedMs.toFixed(0)} ms`);
});

function get(symbol: string): Series {
  const s = all.get(symbol);
  if (s === undefined) throw new Error(`${symbol} not loaded`);
  return s;
}

describe('real data/closes files', () => {
  it('loads all 28 files', () => {
    expect(SYMBOLS).toHaveLength(28);
    expect(all.size).toBe(28);
  });

  it('RUT: 9811 rows, 1987-09-10..2026-08-21, no volume', () => {
    const rut = get('RUT');
    expect(rut.dates).toHaveLength(9811);
    expect(rut.dates[0]).toBe('1987-09-10');
    expect(rut.dates.at(-1)).toBe('2026-08-21');
    expect(rut.close[indexAtOrBefore(rut, '2026-01-22')]).toBe(2718.77);
    expect(rut.dates[indexAtOrBefore(rut, '2026-01-22')]).toBe('2026-01-22');
    expect(rut.volume).toBeNull();
    expect(rut.adjClose).toBeNull();
    expect(rut.open).not.toBeNull();
  });

  it.each([
    ['GSPC', 24777, '1927-12-30', '2026-08-21'],
    ['IXIC', 14003, '1971-02-05', '2026-08-21'],
    ['RUI', 650, '2018-01-02', '2020-07-31'],
    ['IWM', 6598, '2000-05-26', '2026-08-21'],
    ['SPY', 8448, '1993-01-29', '2026-08-21'],
    ['IWB', 6376, '2000-05-19', '2025-09-25'],
    ['IJR', 6500, '2000-05-26', '2026-04-01'],
    ['XLK', 6958, '1998-12-22', '2026-08-21'],
    ['XLC', 2055, '2018-06-19', '2026-08-21'],
    ['XLRE', 2733, '2015-10-08', '2026-08-21'],
    ['GOOG', 2552, '2016-06-28', '2026-08-21'],
  ])('%s: %i rows, %s..%s', (symbol, n, first, last) => {
    const s = get(symbol);
    expect(s.dates).toHaveLength(n);
    expect(s.close).toHaveLength(n);
    expect(s.dates[0]).toBe(first);
    expect(s.dates.at(-1)).toBe(last);
  });

  it('ETFs have adj_close and volume; GOOG and the indices have no adj_close', () => {
    expect(get('IWM').adjClose).not.toBeNull();
    expect(get('IWM').volume).not.toBeNull();
    expect(get('SPY').adjClose).not.toBeNull();
    expect(get('GOOG').adjClose).toBeNull();
    for (const index of ['RUT', 'GSPC', 'IXIC', 'RUI']) expect(get(index).adjClose).toBeNull();
    expect(get('GSPC').volume).not.toBeNull(); // empty before ~1950 only
  });

  it('every series is consistent: equal lengths, positive closes', () => {
    for (const s of all.values()) {
      const n = s.dates.length;
      for (const col of [s.close, s.open, s.high, s.low, s.adjClose, s.volume]) {
        if (col !== null) expect(col).toHaveLength(n);
      }
      expect(s.close.every((v) => v > 0)).toBe(true);
    }
  });

  it('loads quickly (budget < 1 s on an idle machine; generous bound here)', () => {
    expect(elapsedMs).toBeLessThan(5000);
  });
});
