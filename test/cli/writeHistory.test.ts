/** Writing the archive's history files (src/cli/writeHistory.ts): once, and repaired if damaged. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHistoryFiles } from '../../src/cli/writeHistory.js';
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
