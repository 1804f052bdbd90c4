/**
 * Acceptance: two real briefs built by the CLI (one without a PDF, one given a stand-in
 * brief.pdf), a hidden temporary folder and a damaged folder; then the archive is rebuilt and every
 * link of every page and of the manifest must lead to a file on disk.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Element, xml2js } from 'xml-js';
import { BriefError } from '../../../src/errors.js';
import { nodeFileSystem } from '../../../src/cli/nodeFileSystem.js';
import { type ArchiveResult, writeArchive } from '../../../src/deliver/archive/writeArchive.js';
import { REPO, runCli, scratchData } from '../../helpers/cliHarness.js';
import { linksOf } from './archiveFixtures.js';

const SITE = 'https://me.github.io/rotation-brief';
const TEMPLATES = path.join(REPO, 'templates');
const FILES = [
  '2026/manifest.json',
  'manifest.json',
  'latest.json',
  'feed.xml',
  '2026/index.html',
  'latest.html',
  'index.html',
];
const options = { templatesDir: TEMPLATES, siteUrl: SITE, generator: 'rotation-brief test' };

let out = '';
let result: ArchiveResult;
const read = (name: string) => readFileSync(path.join(out, name), 'utf8');

beforeAll(async () => {
  const s = scratchData();
  out = s.out;
  const common = ['--data', s.data, '--templates', TEMPLATES, '--out', out];
  const a = await runCli(['--date', '2026-01-21', '--no-pdf', ...common]);
  const b = await runCli(['--date', '2026-01-22', '--no-pdf', ...common]);
  expect([a.code, b.code, a.stderr + b.stderr]).toEqual([
    0,
    0,
    expect.not.stringMatching(/brief: /),
  ]);
  // A stand-in PDF (printing is tested elsewhere): the archive only checks that the file exists.
  writeFileSync(path.join(out, '2026/2026-01-22/brief.pdf'), '%PDF-1.7 stand-in');
  const tmp = path.join(out, '2026/.2026-01-23.tmp-1a2b3c4d');
  mkdirSync(tmp);
  writeFileSync(path.join(tmp, 'brief.html'), 'half-written');
  mkdirSync(path.join(out, '2026/2026-01-20'));
  writeFileSync(path.join(out, '2026/2026-01-20/brief.html'), '<p>no summary</p>');
  result = await writeArchive(out, options, nodeFileSystem(process.pid));
});

function expectLinksResolve(page: string): string[] {
  const links = linksOf(read(page)).filter((l) => !l.startsWith('data:'));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link, `${page}: ${link}`).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/)/i);
    const target = path.resolve(
      path.dirname(path.join(out, page)),
      decodeURI(link.split('#')[0] as string),
    );
    expect(existsSync(target), `${page}: ${link} -> ${target}`).toBe(true);
  }
  return links;
}

describe('writeArchive on two real briefs', () => {
  it('lists both briefs newest first and reports the damaged folder, not the hidden one', () => {
    expect(result.dates).toEqual(['2026-01-22', '2026-01-21']);
    expect(result.written).toEqual(FILES.map((f) => path.join(out, f)));
    expect(result.problems).toEqual([
      {
        path: path.join(out, '2026/2026-01-20'),
        message: `${path.join(out, '2026/2026-01-20')}: missing stats.json, summary.json`,
      },
    ]);
  });

  it('index.html lists the year; the year page lists both briefs, newest first; every link resolves', () => {
    expect(expectLinksResolve('index.html')).toEqual(
      expect.arrayContaining(['2026/index.html', '2026/2026-01-22/brief.html', 'feed.xml']),
    );
    expect(read('index.html')).toContain('2 sessions');
    const html = read('2026/index.html');
    const at22 = html.indexOf('14th straight session');
    const at21 = html.indexOf('13th straight session');
    expect(at22).toBeGreaterThan(0);
    expect(at21).toBeGreaterThan(at22);
    expect(html).toContain('January 2026');
    const links = expectLinksResolve('2026/index.html');
    expect(links).toContain('2026-01-22/brief.pdf');
    expect(links).not.toContain('2026-01-21/brief.pdf');
    expect(links).toEqual(
      expect.arrayContaining([
        '2026-01-21/brief.html',
        '2026-01-21/stats.json',
        '../index.html',
        'manifest.json',
      ]),
    );
  });

  it('latest.html refreshes (relatively) to the newest brief, and its links resolve', () => {
    const links = expectLinksResolve('latest.html');
    expect(read('latest.html')).toMatch(
      /http-equiv="refresh" content="0; url=2026\/2026-01-22\/brief\.html"/,
    );
    expect(links).toContain('index.html');
    expect(JSON.parse(read('latest.json')).brief.date).toBe('2026-01-22');
  });

  it('every file named in the manifests exists relative to the reports folder', () => {
    const m = JSON.parse(read('manifest.json'));
    expect(m.schema).toBe('rotation-brief/manifest@2');
    expect(m.years.map((y: { year: string; count: number }) => [y.year, y.count])).toEqual([
      ['2026', 2],
    ]);
    for (const f of [m.years[0].index, m.years[0].manifest])
      expect(existsSync(path.join(out, f)), f).toBe(true);
    const y = JSON.parse(read(m.years[0].manifest));
    expect(y.briefs.map((b: { date: string }) => b.date)).toEqual(['2026-01-22', '2026-01-21']);
    expect(y.briefs[0].keyFigures).toHaveLength(3);
    expect(Object.keys(y.briefs[1].files).sort()).toEqual(['html', 'stats', 'summary']);
    for (const b of y.briefs)
      for (const f of Object.values(b.files) as string[])
        expect(existsSync(path.join(out, f)), f).toBe(true);
  });

  it('feed.xml is well-formed Atom with 2 entries linking under the site URL', () => {
    const doc = xml2js(read('feed.xml'), { compact: false }) as Element;
    const feed = doc.elements?.find((e) => e.name === 'feed') as Element;
    const entries = (feed.elements ?? []).filter((e) => e.name === 'entry');
    const hrefs = entries.map((e) => e.elements?.find((c) => c.name === 'link')?.attributes?.href);
    expect(hrefs).toEqual([
      `${SITE}/2026/2026-01-22/brief.html`,
      `${SITE}/2026/2026-01-21/brief.html`,
    ]);
  });

  it('is deterministic: a second rebuild writes identical bytes', async () => {
    const first = FILES.map(read);
    await writeArchive(out, options, nodeFileSystem(process.pid));
    expect(FILES.map(read)).toEqual(first);
  });

  it('a failed write is an output error naming the file', async () => {
    const fs = {
      ...nodeFileSystem(process.pid),
      writeAtomic: async () => Promise.reject(Object.assign(new Error('no'), { code: 'EROFS' })),
    };
    // A releases URL changes the year manifest (an identical file is not rewritten).
    const releasesUrl = 'https://github.com/me/rb/releases/download';
    const err = await writeArchive(out, { ...options, releasesUrl }, fs).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BriefError);
    expect((err as BriefError).kind).toBe('output');
    expect((err as BriefError).message).toBe(
      `cannot write ${path.join(out, '2026/manifest.json')} (EROFS)`,
    );
  });
});
