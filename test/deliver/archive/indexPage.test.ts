import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/errors.js';
import { loadArchiveTemplates } from '../../../src/deliver/archive/archiveTemplates.js';
import { renderIndexPage } from '../../../src/deliver/archive/indexPage.js';
import { renderLatestPage } from '../../../src/deliver/archive/latestPage.js';
import { buildManifest, type LinkOptions } from '../../../src/deliver/archive/manifest.js';
import { parseSummary } from '../../../src/deliver/archive/parseSummary.js';
import type { ArchivedBrief } from '../../../src/deliver/archive/scanArchive.js';
import { renderYearPage } from '../../../src/deliver/archive/yearPage.js';
import { REPO } from '../../helpers/cliHarness.js';
import { linksOf, summaryFor } from './archiveFixtures.js';

const readText = (f: string) => readFile(f, 'utf8');
const templates = () => loadArchiveTemplates(path.join(REPO, 'templates'), readText);
const RELEASES = 'https://github.com/me/rb/releases/download';

const brief = (date: string, hasPdf = true, over: Record<string, unknown> = {}): ArchivedBrief => ({
  date,
  dir: `${date.slice(0, 4)}/${date}`,
  summary: parseSummary(JSON.stringify(summaryFor(date, over)), 'summary.json'),
  hasPdf,
});

const four = [
  brief('2025-12-31'),
  brief('2026-08-21'),
  brief('2026-01-22', false),
  brief('2024-01-02'),
];
const yearPage = async (briefs: ArchivedBrief[], k: number, o: LinkOptions = {}) =>
  renderYearPage(buildManifest(briefs, o), k, await templates());

describe('index.html: the years', () => {
  it('lists each year newest first with its sessions, dates and page, and links the latest brief', async () => {
    const html = renderIndexPage(buildManifest(four), await templates());
    const years = [...html.matchAll(/<a class="y" href="([^"]+)">(\d{4})<\/a>/g)].map((x) => [
      x[1],
      x[2],
    ]);
    expect(years).toEqual([
      ['2026/index.html', '2026'],
      ['2025/index.html', '2025'],
      ['2024/index.html', '2024'],
    ]);
    expect(html).toContain('2 sessions');
    expect(html).toContain('Jan 22, 2026 – Aug 21, 2026');
    expect(html).toContain('4 briefs');
    expect(linksOf(html)).toContain('2026/2026-08-21/brief.html');
    expect(html).not.toContain('Headline of'); // the sessions are on the year pages
  });

  it('says where the PDFs are: here, or in the yearly release (linked)', async () => {
    const plain = renderIndexPage(buildManifest(four), await templates());
    expect(plain).toContain('1 PDF here'); // 2026: one of two briefs has a PDF, no releases URL
    expect(plain).toContain('PDF here'); // 2025
    const html = renderIndexPage(buildManifest(four, { releasesUrl: RELEASES }), await templates());
    expect(html).toContain('1 PDF here, the others in briefs-2026');
    expect(linksOf(html)).toContain('https://github.com/me/rb/releases/tag/briefs-2026');
    const off = renderIndexPage(
      buildManifest(four, { releasesUrl: RELEASES, offsiteBefore: '2026' }),
      await templates(),
    );
    expect(off).toContain('briefs in the repository, PDFs in briefs-2025');
  });

  it('is self-contained: relative links only (release pages aside), inline CSS with a dark scheme', async () => {
    const html = renderIndexPage(buildManifest(four, { releasesUrl: RELEASES }), await templates());
    for (const link of linksOf(html).filter((l) => !l.startsWith('data:')))
      expect(link).toMatch(
        /^(?!\/)(?![a-z][a-z0-9+.-]*:)|^https:\/\/github\.com\/me\/rb\/releases\//,
      );
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"|@import|url\(/);
    expect(html).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(html).toContain('name="viewport"');
  });

  it('says so when there are no briefs, and latest.html then does not refresh', async () => {
    const t = await templates();
    expect(renderIndexPage(buildManifest([]), t)).toContain('No briefs yet');
    const latest = renderLatestPage(buildManifest([]), t);
    expect(latest).not.toContain('http-equiv="refresh"');
    expect(linksOf(latest)).toContain('index.html');
  });
});

describe('YYYY/index.html: one year', () => {
  it('groups the year by month, newest first, and links newer and older years', async () => {
    const html = await yearPage([...four, brief('2026-01-21')], 0);
    const months = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((x) => x[1]);
    expect(months).toEqual(['August 2026', 'January 2026']);
    const order = ['2026-08-21', '2026-01-22', '2026-01-21'].map((d) =>
      html.indexOf(`Headline of ${d}`),
    );
    expect(order.every((p, i) => p > 0 && (i === 0 || p > (order[i - 1] as number)))).toBe(true);
    expect(html).not.toContain('Headline of 2025-12-31');
    expect(html).toContain('Friday, August 21, 2026');
    expect(linksOf(html)).toEqual(expect.arrayContaining(['../2025/index.html', '../index.html']));
    expect(linksOf(await yearPage(four, 1))).toEqual(
      expect.arrayContaining(['../2026/index.html', '../2024/index.html']),
    );
  });

  it('links each brief relative to the year, a PDF not on disk to its release asset', async () => {
    const html = await yearPage(four, 0, { releasesUrl: RELEASES });
    expect(html.match(/class="kf"/g)).toHaveLength(6);
    expect(html).not.toContain('Fig D');
    expect(linksOf(html)).toEqual(
      expect.arrayContaining([
        '2026-08-21/brief.html',
        '2026-08-21/brief.pdf',
        '2026-08-21/stats.json',
        `${RELEASES}/briefs-2026/rotation-brief-2026-01-22.pdf`,
        'manifest.json',
      ]),
    );
    expect(await yearPage(four, 0)).toContain('no PDF'); // no releases URL: nothing to link
  });

  it('a year not on the site lists its sessions with their release PDFs, and says where the rest is', async () => {
    const html = await yearPage(four, 2, { releasesUrl: RELEASES, offsiteBefore: '2025' });
    expect(html).toContain('Headline of 2024-01-02');
    expect(html).toContain('kept in the repository under <code>reports/2024/</code>');
    const links = linksOf(html);
    expect(links).toContain(`${RELEASES}/briefs-2024/rotation-brief-2024-01-02.pdf`);
    expect(links.filter((l) => l.startsWith('2024-01-02/'))).toEqual([]);
  });

  it('escapes headlines and maps unknown tones to a known class', async () => {
    const fig = { label: 'x', value: '1', detail: 'y', tone: 'x" onclick="alert(1)' };
    const html = await yearPage(
      [brief('2026-01-22', true, { headline: '<script>alert(1)</script>', keyFigures: [fig] })],
      0,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('class="kf-detail muted"');
  });
});

describe('archive templates', () => {
  function templatesWith(index: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'archive-tpl-'));
    mkdirSync(path.join(dir, 'archive'));
    writeFileSync(path.join(dir, 'archive/index.hbs'), index);
    writeFileSync(path.join(dir, 'archive/year.hbs'), '{{year}}');
    writeFileSync(path.join(dir, 'archive/latest.hbs'), '{{title}}');
    writeFileSync(path.join(dir, 'archive/archive.css'), 'body{}');
    return dir;
  }

  it('fail in strict mode on a misspelt field, naming the template file', async () => {
    const dir = templatesWith('{{#each years}}{{yaer}}{{/each}}');
    const t = await loadArchiveTemplates(dir, readText);
    expect(() => renderIndexPage(buildManifest([brief('2026-01-22')]), t)).toThrow(
      expect.objectContaining({
        kind: 'template',
        message: `${path.join(dir, 'archive/index.hbs')}:1: unknown field "yaer"`,
      }),
    );
  });

  it('fail on a syntax error or a missing file, naming the file', async () => {
    await expect(
      loadArchiveTemplates(templatesWith('{{#each years}}'), readText),
    ).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof BriefError &&
        e.kind === 'template' &&
        /archive\/index\.hbs:1: \{\{#each\}\} opened on line 1 is never closed/.test(e.message),
    );
    const missing = mkdtempSync(path.join(tmpdir(), 'archive-tpl-'));
    await expect(loadArchiveTemplates(missing, readText)).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof BriefError &&
        e.message.includes(path.join(missing, 'archive')) &&
        e.message.includes('ENOENT'),
    );
  });
});
