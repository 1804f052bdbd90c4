/**
 * `brief check` of the history files the briefs' stats.json name
 * (src/deliver/archive/checkHistory.ts), on an in-memory archive.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHistoryFiles } from '../../../src/deliver/archive/checkHistory.js';
import type { ArchivedBrief } from '../../../src/deliver/archive/scanArchive.js';
import { ProblemList } from '../../../src/model/check.js';

const OUT = 'reports';
const TEXT = '{"schema":"rotation-brief/conventions@1"}\n';
const HASH = createHash('sha256').update(TEXT).digest('hex');
const NAME = `conventions-${HASH.slice(0, 16)}.json`;
const brief = (date: string) => ({ date, dir: `2026/${date}` }) as ArchivedBrief;
const statsOf = (file: string, sha256 = HASH) =>
  JSON.stringify({ schema: 'rotation-brief/stats@2', history: { conventions: { file, sha256 } } });

/** Run the check on `files` (path -> text); returns the problems as `file: problem`. */
async function check(files: Record<string, string>, dates = ['2026-08-21']) {
  const reads: string[] = [];
  const read = async (f: string) => {
    reads.push(f);
    if (!(f in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return files[f] as string;
  };
  const fx = { readText: read, readBinary: async (f: string) => Buffer.from(await read(f)) };
  const c = new ProblemList();
  await checkHistoryFiles(OUT, dates.map(brief), fx, c);
  return { problems: c.errors.map((p) => `${p.file}: ${p.problem}`), reads };
}

const at = (date: string) => path.join(OUT, '2026', date, 'stats.json');
const HISTORY = path.join(OUT, 'history', NAME);

describe('checkHistoryFiles', () => {
  it('passes when every named file is there with its sha256; a file shared by briefs is read once', async () => {
    const files = {
      [at('2026-08-20')]: statsOf(`../../history/${NAME}`),
      [at('2026-08-21')]: statsOf(`../../history/${NAME}`),
      [HISTORY]: TEXT,
    };
    const r = await check(files, ['2026-08-20', '2026-08-21']);
    expect(r.problems).toEqual([]);
    expect(r.reads.filter((f) => f === HISTORY)).toHaveLength(1);
  });

  it('a missing file, and a file with other bytes, are errors with the rebuild to run', async () => {
    const missing = await check({ [at('2026-08-21')]: statsOf(`../../history/${NAME}`) });
    expect(missing.problems).toEqual([
      `${HISTORY}: missing (named by ${at('2026-08-21')}): rebuild the brief (brief --date 2026-08-21, or backfill --force)`,
    ]);
    const changed = await check({
      [at('2026-08-21')]: statsOf(`../../history/${NAME}`),
      [HISTORY]: `${TEXT} `,
    });
    expect(changed.problems[0]).toMatch(/differs from the file .* names \(sha256\)/);
  });

  it('a path outside history/ is refused without being read; stats@1 names nothing', async () => {
    const r = await check(
      {
        [at('2026-08-21')]: statsOf('../../../../etc/passwd'),
        [at('2026-08-20')]: '{"schema":"rotation-brief/stats@1","conventions":{}}',
      },
      ['2026-08-20', '2026-08-21'],
    );
    expect(r.problems).toEqual([
      `${at('2026-08-21')}: history.conventions is not a file of history/ with a sha256`,
    ]);
    expect(r.reads.some((f) => f.includes('passwd'))).toBe(false);
  });
});
