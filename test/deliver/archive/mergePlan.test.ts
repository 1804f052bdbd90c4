import { describe, expect, it } from 'vitest';
import { decide, type MergeCandidate } from '../../../src/deliver/archive/mergePlan.js';

let reads = 0;
const cand = (
  index: number,
  o: { hash?: string | null; text?: string; pdf?: boolean; mtime?: number } = {},
): MergeCandidate => ({
  origin: index === 0 ? 'reports' : `shard-${index}`,
  index,
  existing: index === 0,
  date: '2026-01-02',
  dir: '2026/2026-01-02',
  hash: o.hash === undefined ? 'a'.repeat(64) : o.hash,
  hasPdf: o.pdf ?? false,
  mtimeMs: o.mtime ?? 1000,
  fingerprint: async () => {
    reads++;
    return o.text ?? 'same text';
  },
});

describe('decide: which brief of a session a merge keeps', () => {
  it('equal hashes: the archive keeps its brief unless a merged one has a PDF or is newer', async () => {
    reads = 0;
    expect(await decide([cand(0, { mtime: 2000 }), cand(1)], null)).toMatchObject({
      action: 'kept',
      preferred: false,
    });
    const pdf = await decide([cand(0, { mtime: 2000 }), cand(1, { pdf: true })], null);
    expect(pdf).toMatchObject({ action: 'replaced', pick: { origin: 'shard-1' } });
    expect(await decide([cand(0), cand(1, { mtime: 1500 })], null)).toMatchObject({
      action: 'replaced',
    });
    expect(await decide([cand(1), cand(2)], null)).toMatchObject({
      action: 'added',
      pick: { origin: 'shard-2' }, // a tie goes to the last given
    });
    expect(reads).toBe(0); // hashes decide: no file read
  });

  it('without a hash on one side, the text files decide', async () => {
    expect(await decide([cand(0, { hash: null }), cand(1)], null)).toMatchObject({
      action: 'replaced', // same text, shard as new: the tie goes to the last given
    });
    const diff = await decide([cand(0, { hash: null }), cand(1, { text: 'other' })], null);
    expect('groups' in diff && diff.groups.map((g) => g.map((c) => c.origin))).toEqual([
      ['reports'],
      ['shard-1'],
    ]);
  });

  it('different hashes: a conflict, or what --prefer says', async () => {
    const list = [cand(0), cand(1, { hash: 'b'.repeat(64) }), cand(2, { hash: 'b'.repeat(64) })];
    expect(await decide(list, null)).toHaveProperty('groups');
    expect(await decide(list, 'existing')).toMatchObject({ action: 'kept', preferred: true });
    expect(await decide(list, 'incoming')).toMatchObject({
      action: 'replaced',
      preferred: true,
      pick: { origin: 'shard-2' },
    });
  });
});
