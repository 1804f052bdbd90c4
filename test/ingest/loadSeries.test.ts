import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import { loadSeries, loadUniverseSeries } from '../../src/ingest/loadSeries.js';

const CSV = 'date,open,high,low,close,adj_close,volume\n2026-01-20,100,102,99,101,,1000\n';

/** A fake reader over an in-memory file system that records the paths it was asked for. */
function fakeFs(files: Record<string, string>) {
  const asked: string[] = [];
  const read = async (path: string) => {
    asked.push(path);
    const text = files[path];
    if (text === undefined) {
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    }
    return text;
  };
  return { read, asked };
}

describe('loadSeries', () => {
  it('reads through the injected function and parses', async () => {
    const fs = fakeFs({ 'd/X.csv': CSV });
    const s = await loadSeries('d/X.csv', 'X', fs.read);
    expect(fs.asked).toEqual(['d/X.csv']);
    expect(s.symbol).toBe('X');
    expect(s.source).toBe('d/X.csv');
    expect([...s.close]).toEqual([101]);
  });

  it('turns a missing file into a data error naming the path', async () => {
    const err = await loadSeries('d/NOPE.csv', 'NOPE', fakeFs({}).read).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BriefError);
    expect(err).toMatchObject({ kind: 'data', exitCode: 3, message: 'd/NOPE.csv: file not found' });
    expect((err as BriefError).hint).toContain('NOPE');
  });

  it('does the same with the real fs.readFile', async () => {
    const missing = new URL('../fixtures/csv/does-not-exist.csv', import.meta.url).pathname;
    await expect(loadSeries(missing, 'Z', (p) => readFile(p, 'utf8'))).rejects.toThrow(
      `${missing}: file not found`,
    );
  });

  it('reports other read failures as data errors with the code', async () => {
    const denied = async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    await expect(loadSeries('d/X.csv', 'X', denied)).rejects.toMatchObject({
      kind: 'data',
      message: 'd/X.csv: cannot read file (EACCES)',
    });
  });

  it('passes a BriefError from the reader through unchanged', async () => {
    const own = new BriefError('output', 'custom');
    await expect(loadSeries('d/X.csv', 'X', () => Promise.reject(own))).rejects.toBe(own);
  });

  it('propagates validation errors with the file name', async () => {
    const fs = fakeFs({ 'd/X.csv': CSV + '2026-01-20,100,102,99,101,,1000\n' });
    await expect(loadSeries('d/X.csv', 'X', fs.read)).rejects.toThrow(
      'd/X.csv:3: duplicate date 2026-01-20 (first seen on line 2)',
    );
  });
});

describe('loadUniverseSeries', () => {
  it('loads dir/SYMBOL.csv for each symbol, keyed and ordered as given', async () => {
    const fs = fakeFs({ 'd/B.csv': CSV, 'd/A.csv': CSV.replace('101,,', '101.5,,') });
    const m = await loadUniverseSeries('d', ['B', 'A', 'B'], fs.read);
    expect([...m.keys()]).toEqual(['B', 'A']);
    expect(m.get('A')?.close[0]).toBe(101.5);
    expect(m.get('B')?.source).toBe('d/B.csv');
    expect(fs.asked.sort()).toEqual(['d/A.csv', 'd/B.csv']);
  });

  it('starts every read before any finishes (parallel)', async () => {
    let pending = 0;
    let maxPending = 0;
    const slow = async (path: string) => {
      pending++;
      maxPending = Math.max(maxPending, pending);
      await new Promise((r) => setTimeout(r, 5));
      pending--;
      return path.endsWith('.csv') ? CSV : '';
    };
    const m = await loadUniverseSeries('d', ['A', 'B', 'C'], slow);
    expect(m.size).toBe(3);
    expect(maxPending).toBe(3);
  });

  it('rejects when one file is missing', async () => {
    const fs = fakeFs({ 'd/A.csv': CSV });
    await expect(loadUniverseSeries('d', ['A', 'B'], fs.read)).rejects.toThrow(
      'd/B.csv: file not found',
    );
  });

  it('returns an empty map for no symbols', async () => {
    expect((await loadUniverseSeries('d', [], fakeFs({}).read)).size).toBe(0);
  });
});
