import { describe, expect, it } from 'vitest';
import { buildManifest, latestJson, manifestJson } from '../../../src/deliver/archive/manifest.js';
import { parseSummary } from '../../../src/deliver/archive/parseSummary.js';
import type { ArchivedBrief } from '../../../src/deliver/archive/scanArchive.js';
import { summaryFor } from './archiveFixtures.js';

const brief = (date: string, hasPdf: boolean): ArchivedBrief => ({
  date,
  dir: `${date.slice(0, 4)}/${date}`,
  summary: parseSummary(JSON.stringify(summaryFor(date)), 'summary.json'),
  hasPdf,
});

describe('manifest.json', () => {
  const m = buildManifest([
    brief('2025-12-31', true),
    brief('2026-01-22', false),
    brief('2026-01-02', true),
  ]);

  it('lists briefs newest first with paths relative to the reports folder', () => {
    expect(m.schema).toBe('rotation-brief/manifest@1');
    expect(m.briefs.map((b) => b.date)).toEqual(['2026-01-22', '2026-01-02', '2025-12-31']);
    expect(m.briefs[1]?.files).toEqual({
      html: '2026/2026-01-02/brief.html',
      pdf: '2026/2026-01-02/brief.pdf',
      stats: '2026/2026-01-02/stats.json',
      summary: '2026/2026-01-02/summary.json',
    });
  });

  it('leaves pdf out when the brief has none, and keeps the first three key figures', () => {
    const text = manifestJson(m);
    const parsed = JSON.parse(text);
    expect('pdf' in parsed.briefs[0].files).toBe(false);
    expect(parsed.briefs[0].keyFigures.map((k: { label: string }) => k.label)).toEqual([
      'Fig A',
      'Fig B',
      'Fig C',
    ]);
  });

  it('has sorted keys, a trailing newline and no trace of the order it was given', () => {
    const text = manifestJson(m);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.indexOf('"briefs"')).toBeLessThan(text.indexOf('"schema"'));
    expect(text.indexOf('"date"')).toBeLessThan(text.indexOf('"dek"'));
    const shuffled = manifestJson(
      buildManifest([
        brief('2026-01-02', true),
        brief('2025-12-31', true),
        brief('2026-01-22', false),
      ]),
    );
    expect(shuffled).toBe(text);
  });

  it('latest.json holds the newest entry, or null for an empty archive', () => {
    expect(JSON.parse(latestJson(m)).brief.date).toBe('2026-01-22');
    expect(JSON.parse(latestJson(buildManifest([])))).toEqual({
      brief: null,
      schema: 'rotation-brief/latest@1',
    });
  });
});
