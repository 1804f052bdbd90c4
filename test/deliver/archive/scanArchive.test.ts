import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/errors.js';
import { nodeFileSystem } from '../../../src/cli/nodeFileSystem.js';
import { scanArchive } from '../../../src/deliver/archive/scanArchive.js';
import { summaryFor, tempReports, writeFakeBrief } from './archiveFixtures.js';

const fs = nodeFileSystem(process.pid);

describe('scanArchive', () => {
  it('finds briefs across years, newest first, and notes which have a PDF', async () => {
    const r = tempReports();
    writeFakeBrief(r, '2025-12-31', { pdf: true });
    writeFakeBrief(r, '2026-01-22');
    writeFakeBrief(r, '2026-01-02', { pdf: true });
    writeFileSync(path.join(r, 'index.html'), 'old index'); // archive files at the top are not briefs
    const scan = await scanArchive(r, fs);
    expect(scan.problems).toEqual([]);
    expect(scan.briefs.map((b) => [b.date, b.dir, b.hasPdf])).toEqual([
      ['2026-01-22', '2026/2026-01-22', false],
      ['2026-01-02', '2026/2026-01-02', true],
      ['2025-12-31', '2025/2025-12-31', true],
    ]);
    expect(scan.briefs[0]?.summary.headline).toBe('Headline of 2026-01-22');
  });

  it('ignores hidden temporary folders silently, even broken ones', async () => {
    const r = tempReports();
    writeFakeBrief(r, '2026-01-22');
    writeFakeBrief(r, '2026-01-23', { dir: '2026/.2026-01-23.tmp-ab12cd34', summary: '{broken' });
    writeFakeBrief(r, '2026-01-22', { dir: '2026/.2026-01-22.old-ab12cd34' });
    mkdirSync(path.join(r, '.2027'));
    const scan = await scanArchive(r, fs);
    expect(scan.briefs.map((b) => b.date)).toEqual(['2026-01-22']);
    expect(scan.problems).toEqual([]);
  });

  it('reports, and leaves out, folders that cannot be used', async () => {
    const r = tempReports();
    writeFakeBrief(r, '2026-01-22');
    const noSummary = writeFakeBrief(r, '2026-01-21', { summary: null });
    writeFakeBrief(r, '2026-01-20', { summary: '{"schema": "rotation-brief/summary@1",' });
    writeFakeBrief(r, '2026-01-16', { summary: JSON.stringify(summaryFor('2026-01-15')) });
    writeFakeBrief(r, '2025-12-31', { dir: '2026/2025-12-31' });
    writeFakeBrief(r, '2026-02-30');
    mkdirSync(path.join(r, '2026/drafts'));
    const scan = await scanArchive(r, fs);
    expect(scan.briefs.map((b) => b.date)).toEqual(['2026-01-22']);
    const messages = scan.problems.map((p) => p.message);
    expect(messages).toHaveLength(6);
    expect(messages).toContain(`${noSummary}: missing summary.json`);
    expect(messages).toContainEqual(
      expect.stringMatching(/2026-01-20\/summary\.json: not valid JSON/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/2026-01-16\/summary\.json: date is 2026-01-15, expected 2026-01-16/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/2026\/2025-12-31: not a real date in year 2026/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/2026-02-30: not a real date/));
    expect(messages).toContainEqual(expect.stringMatching(/2026\/drafts: not a brief folder/));
    for (const m of messages) expect(m).not.toContain('\n');
  });

  it('a missing reports folder is an output error naming it', async () => {
    const missing = path.join(tempReports(), 'nope');
    await expect(scanArchive(missing, fs)).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof BriefError &&
        e.kind === 'output' &&
        e.message.includes(missing) &&
        e.message.includes('ENOENT'),
    );
  });
});
