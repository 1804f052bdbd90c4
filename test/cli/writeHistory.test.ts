/** Writing the archive's history files (src/cli/writeHistory.ts): once, and repaired if damaged. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyPresent, writeHistoryFiles } from '../../src/cli/writeHistory.js';
import { BriefError } from '../../src/errors.js';

/** An in-memory disk that counts writes. */
function memoryFs(files: Record<string, string> = {}) {
  const writes: string[] = [];
  return {
    files,
    writes,
    readText: async (f: string) => {
      if (!(f in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[f] as string;
    },
    writeAtomic: async (f: string, data: string | Uint8Array) => {
      writes.push(f);
      files[f] = String(data);
    },
  };
}

const FILE = { name: 'conventions-0123456789abcdef.json', text: '{"a":1}\n' };
const AT = path.join('out', 'history', FILE.name);

describe('writeHistoryFiles', () => {
  it('writes a missing file under OUT/history/, then leaves it alone', async () => {
    const fs = memoryFs();
    await writeHistoryFiles(fs, 'out', [FILE]);
    await writeHistoryFiles(fs, 'out', [FILE]);
    expect(fs.writes).toEqual([AT]);
    expect(fs.files[AT]).toBe(FILE.text);
  });

  it('rewrites a file whose bytes differ (damaged)', async () => {
    const fs = memoryFs({ [AT]: '{"a":2}\n' });
    await writeHistoryFiles(fs, 'out', [FILE]);
    expect(fs.files[AT]).toBe(FILE.text);
  });

  it('a write that fails is an output error naming the file', async () => {
    const fs = {
      ...memoryFs(),
      writeAtomic: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    const err = await writeHistoryFiles(fs, 'out', [FILE]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BriefError);
    expect((err as BriefError).kind).toBe('output');
    expect((err as BriefError).message).toBe(`cannot write ${AT}: ENOSPC`);
  });
});

describe('historyPresent (a backfill skips an unchanged brief only when its history is there)', () => {
  const DIR = path.join('out', '2026', '2026-08-21');
  const stats = (file: string) =>
    JSON.stringify({ history: { conventions: { file, sha256: 'a'.repeat(64) } } });
  const fsOf = (files: Record<string, string>) => ({
    ...memoryFs(files),
    fileExists: async (f: string) => f in files,
  });

  it('true when the named files are in OUT/history/, false when one is gone', async () => {
    const named = { [path.join(DIR, 'stats.json')]: stats(`../../history/${FILE.name}`) };
    expect(await historyPresent(fsOf({ ...named, [AT]: FILE.text }), 'out', DIR)).toBe(true);
    expect(await historyPresent(fsOf(named), 'out', DIR)).toBe(false);
  });

  it('true for a brief of schema 1 (names none); false for a stats.json that cannot be read', async () => {
    const old = { [path.join(DIR, 'stats.json')]: '{"schema":"rotation-brief/stats@1"}' };
    expect(await historyPresent(fsOf(old), 'out', DIR)).toBe(true);
    expect(await historyPresent(fsOf({}), 'out', DIR)).toBe(false);
  });
});
