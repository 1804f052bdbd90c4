import { mkdtempSync, cpSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalResources } from '../../src/render/externalResources.js';
import { builtBriefHtml } from '../helpers/builtBrief.js';
import { REPO, runCli, scratchData } from '../helpers/cliHarness.js';

describe('externalResources: what a page would fetch by itself', () => {
  it('finds images, stylesheets, scripts, frames, CSS url() and @import, meta refresh', () => {
    const html = [
      '<img src="http://t.example/p.gif">',
      '<link rel="stylesheet" href="https://t.example/s.css">',
      '<script src="//t.example/x.js"></script>',
      '<iframe src="x.html"></iframe>',
      '<img srcset="data:image/png;base64,AA 1x, https://t.example/2x.png 2x">',
      '<p style="background:url(\'http://t.example/b.png\')">x</p>',
      '<style>@import "https://t.example/i.css"; b{background:url(http://t.example/c.png)}</style>',
      '<meta http-equiv="refresh" content="0;url=https://t.example/">',
      '<svg><image href="https://t.example/i.png"/></svg>',
      '<base href="https://t.example/">',
    ].join('');
    expect(externalResources(html)).toEqual([
      '<img src="http://t.example/p.gif">',
      '<link href="https://t.example/s.css">',
      '<script src="//t.example/x.js">',
      '<iframe src="x.html">',
      '<img srcset="https://t.example/2x.png">',
      '<p style="url(http://t.example/b.png)">',
      '<meta http-equiv="refresh"> to https://t.example/',
      '<image href="https://t.example/i.png">',
      '<base href="https://t.example/">',
      'url(https://t.example/i.css)',
      'url(http://t.example/c.png)',
    ]);
  });
  it('sees through character references a URL may hide behind', () => {
    expect(externalResources('<img src="&#104;ttp&#x3A;//t.example/p.gif">')).toHaveLength(1);
    expect(externalResources('<img src="https&colon;//t.example/p.gif">')).toHaveLength(1);
  });
  it('lets inline data, fragments, email parts and links through', () => {
    const html = [
      '<img src="data:image/png;base64,AAAA">',
      '<img src="cid:chart-rebased@rotation-brief">',
      '<svg xmlns="http://www.w3.org/2000/svg"><use href="#d3-1"/></svg>',
      '<a href="https://example.org/">a link is not fetched</a>',
      '<link rel="alternate" type="application/rss+xml" href="../../feed.xml">',
      '<style>@font-face{src:url(data:font/woff2;base64,AAAA)}</style>',
      '<meta http-equiv="refresh" content="0; url=2026/2026-08-21/brief.html">',
    ].join('');
    expect(externalResources(html)).toEqual([]);
  });
  it('a real brief fetches nothing (2026-01-22)', async () => {
    expect(externalResources(await builtBriefHtml('2026-01-22'))).toEqual([]);
  });
});

describe('a --templates folder that would make readers fetch a URL', () => {
  it('is a template error (exit 6) naming the resource, with --no-pdf too; nothing written', async () => {
    const { data, out } = scratchData({});
    const templates = path.join(mkdtempSync(path.join(tmpdir(), 'rb-tpl-')), 'templates');
    cpSync(path.join(REPO, 'templates'), templates, { recursive: true });
    const brief = path.join(templates, 'brief.hbs');
    writeFileSync(
      brief,
      readFileSync(brief, 'utf8').replace('<body>', '<body><img src="http://127.0.0.1:9/x.png">'),
    );
    const r = await runCli([
      '--date',
      '2026-01-22',
      '--no-pdf',
      '--data',
      data,
      '--out',
      out,
      '--templates',
      templates,
    ]);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('brief.html would load <img src="http://127.0.0.1:9/x.png">');
    expect(existsSync(path.join(out, '2026'))).toBe(false);
  });
});
