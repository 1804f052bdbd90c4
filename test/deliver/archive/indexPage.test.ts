import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/errors.js';
import { loadArchiveTemplates } from '../../../src/deliver/archive/archiveTemplates.js';
import { renderIndexPage } from '../../../src/deliver/archive/indexPage.js';
import { renderLatestPage } from '../../../src/deliver/archive/latestPage.js';
import { buildManifest } from '../../../src/deliver/archive/manifest.js';
import { parseSummary } from '../../../src/deliver/archive/parseSummary.js';
import type { ArchivedBrief } from '../../../src/deliver/archive/scanArchive.js';
import { REPO } from '../../helpers/cliHarness.js';
import { linksOf, summaryFor } from './archiveFixtures.js';

const readText = (f: string) => readFile(f, 'utf8');
const templates = () => loadArchiveTemplates(path.join(REPO, 'templates'), readText);

const brief = (date: string, hasPdf = true, over: Record<string, unknown> = {}): ArchivedBrief => ({
  date,
  dir: `${date.slice(0, 4)}/${date}`,
  summary: parseSummary(JSON.stringify(summaryFor(date, over)), 'summary.json'),
  hasPdf,
});

describe('index.html', () => {
  it('groups briefs by month, newest first', async () => {
    const m = buildManifest([
      brief('2025-12-31'),
      brief('2026-08-21'),
      brief('2026-01-22'),
      brief('2026-01-21'),
    ]);
    const html = renderIndexPage(m, await templates());
    const months = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((x) => x[1]);
    expect(months).toEqual(['August 2026', 'January 2026', 'December 2025']);
    const order = ['2026-08-21', '2026-01-22', '2026-01-21', '2025-12-31'].map((d) =>
      html.indexOf(`Headline of ${d}`),
    );
    expect(order.every((p, i) => p > 0 && (i === 0 || p > (order[i - 1] as number)))).toBe(true);
    expect(html).toContain('4 briefs');
    expect(html).toContain('Friday, August 21, 2026');
  });

  it('shows three key figures per brief and links to HTML, PDF (when there is one) and stats.json', async () => {
    const html = renderIndexPage(
      buildManifest([brief('2026-01-22', true), brief('2026-01-21', false)]),
      await templates(),
    );
    expect(html.match(/class="kf"/g)).toHaveLength(6);
    expect(html).not.toContain('Fig D');
    const links = linksOf(html);
    expect(links).toContain('2026/2026-01-22/brief.pdf');
    expect(links).not.toContain('2026/2026-01-21/brief.pdf');
    expect(links).toContain('2026/2026-01-21/stats.json');
    expect(html).toContain('no PDF');
  });

  it('is self-contained: no absolute or protocol-relative URL, inline CSS with a dark scheme', async () => {
    const html = renderIndexPage(buildManifest([brief('2026-01-22')]), await templates());
    for (const link of linksOf(html)) {
      if (link.startsWith('data:')) continue;
      expect(link).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/)/i);
    }
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"|@import|url\(/);
    expect(html).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(html).toContain('name="viewport"');
  });

  it('escapes headlines and maps unknown tones to a known class', async () => {
    const fig = { label: 'x', value: '1', detail: 'y', tone: 'x" onclick="alert(1)' };
    const m = buildManifest([
      brief('2026-01-22', true, { headline: '<script>alert(1)</script>', keyFigures: [fig] }),
    ]);
    const html = renderIndexPage(m, await templates());
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('class="kf-detail muted"');
  });

  it('says so when there are no briefs, and latest.html then does not refresh', async () => {
    const t = await templates();
    expect(renderIndexPage(buildManifest([]), t)).toContain('No briefs yet');
    const latest = renderLatestPage(buildManifest([]), t);
    expect(latest).not.toContain('http-equiv="refresh"');
    expect(linksOf(latest)).toContain('index.html');
  });
});

describe('archive templates', () => {
  function templatesWith(index: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'archive-tpl-'));
    mkdirSync(path.join(dir, 'archive'));
    writeFileSync(path.join(dir, 'archive/index.hbs'), index);
    writeFileSync(path.join(dir, 'archive/latest.hbs'), '{{title}}');
    writeFileSync(path.join(dir, 'archive/archive.css'), 'body{}');
    return dir;
  }

  it('fail in strict mode on a misspelt field, naming the template file', async () => {
    const dir = templatesWith('{{#each months}}{{lable}}{{/each}}');
    const t = await loadArchiveTemplates(dir, readText);
    expect(() => renderIndexPage(buildManifest([brief('2026-01-22')]), t)).toThrow(
      expect.objectContaining({
        kind: 'template',
        message: `${path.join(dir, 'archive/index.hbs')}: unknown field "lable"`,
      }),
    );
  });

  it('fail on a syntax error or a missing file, naming the file', async () => {
    await expect(
      loadArchiveTemplates(templatesWith('{{#each months}}'), readText),
    ).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof BriefError && e.kind === 'template' && /archive\/index\.hbs: /.test(e.message),
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
