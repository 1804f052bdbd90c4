import { describe, expect, it } from 'vitest';
import {
  buildManifest,
  latestJson,
  manifestJson,
  yearManifestJson,
} from '../../../src/deliver/archive/manifest.js';
import { parseSummary } from '../../../src/deliver/archive/parseSummary.js';
import type { ArchivedBrief } from '../../../src/deliver/archive/scanArchive.js';
import { summaryFor } from './archiveFixtures.js';

const RELEASES = 'https://github.com/me/rb/releases/download';

const brief = (date: string, hasPdf: boolean): ArchivedBrief => ({
  date,
  dir: `${date.slice(0, 4)}/${date}`,
  summary: parseSummary(JSON.stringify(summaryFor(date)), 'summary.json'),
  hasPdf,
});

const sample = [brief('2025-12-31', true), brief('2026-01-22', false), brief('2026-01-02', true)];

describe('the archive model', () => {
  const m = buildManifest(sample);

  it('lists briefs newest first, grouped by year, with paths relative to the reports folder', () => {
    expect(m.briefs.map((b) => b.date)).toEqual(['2026-01-22', '2026-01-02', '2025-12-31']);
    expect(m.years.map((y) => [y.year, y.count, y.first, y.last, y.pdfsOnSite])).toEqual([
      ['2026', 2, '2026-01-02', '2026-01-22', 1],
      ['2025', 1, '2025-12-31', '2025-12-31', 1],
    ]);
    expect(m.briefs[1]?.files).toEqual({
      html: '2026/2026-01-02/brief.html',
      pdf: '2026/2026-01-02/brief.pdf',
      stats: '2026/2026-01-02/stats.json',
      summary: '2026/2026-01-02/summary.json',
    });
  });

  it('a PDF not on disk is its release asset when a releases URL is set, else left out', () => {
    expect('pdf' in (m.briefs[0]?.files ?? {})).toBe(false);
    const r = buildManifest(sample, { releasesUrl: RELEASES });
    expect(r.briefs[0]?.files.pdf).toBe(`${RELEASES}/briefs-2026/rotation-brief-2026-01-22.pdf`);
    expect(r.briefs[1]?.files.pdf).toBe('2026/2026-01-02/brief.pdf');
    expect(r.years[0]?.release).toBe('https://github.com/me/rb/releases/tag/briefs-2026');
    expect(m.years[0]?.release).toBeNull();
  });

  it('a year before offsiteBefore is not on the site: its PDFs all point at the release', () => {
    const r = buildManifest(sample, { releasesUrl: RELEASES, offsiteBefore: '2026' });
    expect(r.years.map((y) => [y.year, y.onSite, y.pdfsOnSite])).toEqual([
      ['2026', true, 1],
      ['2025', false, 0],
    ]);
    expect(r.briefs[2]?.files.pdf).toBe(`${RELEASES}/briefs-2025/rotation-brief-2025-12-31.pdf`);
  });
});

describe('manifest.json, YYYY/manifest.json and latest.json', () => {
  const m = buildManifest(sample, { releasesUrl: RELEASES });

  it('the top manifest names each year, its count, page and manifest, and the newest brief', () => {
    const top = JSON.parse(manifestJson(m));
    expect(top.schema).toBe('rotation-brief/manifest@2');
    expect(top.count).toBe(3);
    expect(top.latest.date).toBe('2026-01-22');
    expect(top.years[1]).toEqual({
      year: '2025',
      count: 1,
      first: '2025-12-31',
      last: '2025-12-31',
      index: '2025/index.html',
      manifest: '2025/manifest.json',
      onSite: true,
      pdfsOnSite: 1,
      release: 'https://github.com/me/rb/releases/tag/briefs-2025',
    });
    expect('briefs' in top.years[0]).toBe(false);
  });

  it('a year manifest lists that year only, with the first three key figures', () => {
    const y = JSON.parse(yearManifestJson(m.years[0] as (typeof m.years)[number]));
    expect(y.schema).toBe('rotation-brief/year@1');
    expect([y.year, y.count]).toEqual(['2026', 2]);
    expect(y.briefs.map((b: { date: string }) => b.date)).toEqual(['2026-01-22', '2026-01-02']);
    expect(y.briefs[0].keyFigures.map((k: { label: string }) => k.label)).toEqual([
      'Fig A',
      'Fig B',
      'Fig C',
    ]);
  });

  it('has sorted keys, a trailing newline and no trace of the order it was given', () => {
    const text = manifestJson(m);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.indexOf('"count"')).toBeLessThan(text.indexOf('"schema"'));
    const shuffled = buildManifest([...sample].reverse(), { releasesUrl: RELEASES });
    expect(manifestJson(shuffled)).toBe(text);
    expect(yearManifestJson(shuffled.years[0] as (typeof m.years)[number])).toBe(
      yearManifestJson(m.years[0] as (typeof m.years)[number]),
    );
  });

  it('stays small for a whole history: 9,200 sessions give a top manifest under 16 KB', () => {
    const many: ArchivedBrief[] = [];
    for (let y = 1990; y <= 2026; y++)
      for (let k = 0; k < 250 && many.length < 9200; k++) {
        const d = `${y}-${String(1 + Math.floor(k / 21)).padStart(2, '0')}-${String(1 + (k % 21)).padStart(2, '0')}`;
        many.push(brief(d, false));
      }
    const big = buildManifest(many, { releasesUrl: RELEASES });
    expect(big.years).toHaveLength(37); // 36 full years of 250 and 2026's 200: 9,000 + 200
    expect(Buffer.byteLength(manifestJson(big))).toBeLessThan(16_000);
  });

  it('latest.json holds the newest entry, or null for an empty archive', () => {
    expect(JSON.parse(latestJson(m)).brief.date).toBe('2026-01-22');
    expect(JSON.parse(latestJson(buildManifest([])))).toEqual({
      brief: null,
      schema: 'rotation-brief/latest@1',
    });
    expect(JSON.parse(manifestJson(buildManifest([])))).toEqual({
      count: 0,
      latest: null,
      schema: 'rotation-brief/manifest@2',
      years: [],
    });
  });
});
