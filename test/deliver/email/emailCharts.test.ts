/**
 * The email's charts: found in a real brief.html (by title today, by id when the SVG or figure
 * carries one), refused when an SVG could reach outside itself, rasterised with the bundled
 * Inter (unwrapped from WOFF: without it resvg draws no text at all).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailCharts, pngSize } from '../../../src/deliver/email/emailCharts.js';
import { findChartSvgs, unsafeSvg } from '../../../src/deliver/email/findChartSvgs.js';
import { rasterizeSvgs } from '../../../src/deliver/email/rasterizeSvgs.js';
import fontverter from 'fontverter';
import { INTER_SUBSET } from '../../../src/render/fonts/interSubset.js';
import { buildTestBrief } from './briefFixture.js';

let html = '';
let root = '';
beforeAll(async () => {
  const b = await buildTestBrief('2026-01-22');
  root = b.root;
  html = readFileSync(path.join(b.dir, 'brief.html'), 'utf8');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const svg = (inner: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"${attrs}>${inner}</svg>`;
const figure = (s: string, caption = 'cap', attrs = '') =>
  `<figure class="chart"${attrs}>${s}<figcaption>${caption}</figcaption></figure>`;

describe('findChartSvgs', () => {
  it('finds the year-to-date and ratio charts of a real brief, with texts for alt and caption', () => {
    const { charts, problems } = findChartSvgs(html);
    expect(problems).toEqual([]);
    expect(charts.map((c) => [c.name, c.title])).toEqual([
      ['rebased', 'Year to date, rebased to 100'],
      ['ratio', 'Russell 2000 / S&P 500, last 252 sessions'],
    ]);
    // The description is the chart's finding (src/charts/chartFindings.ts): RUT YTD
    // 2718.77 / 2481.91 - 1 = +9.54%.
    expect(charts[0]?.description).toMatch(/^Since the last close of 2025: Russell 2000 \+9\.54%/);
    expect(charts[1]?.caption).toBe(
      'Ratio of the Russell 2000 close to the S&P 500 close, with its 50- and 200-session averages. A rising ratio means the Russell 2000 is outperforming.',
    );
    expect(charts[0]?.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it('recognises a chart by its id before its title, and leaves out unknown charts', () => {
    const byId = figure(svg('<title>Anything</title>'), 'c1', ' id="chart-ratio"');
    const scoped = figure(svg('<clipPath id="chart-rebased-1"/><title>Other</title>'), 'c2');
    const other = figure(svg('<title>Sector returns on the day</title>'));
    const { charts } = findChartSvgs(other + byId + scoped);
    expect(charts.map((c) => [c.name, c.caption])).toEqual([
      ['rebased', 'c2'],
      ['ratio', 'c1'],
    ]);
    expect(findChartSvgs('<p>no figure</p>').charts).toEqual([]);
  });

  it('refuses SVGs that could reach outside themselves or are too tall', () => {
    expect(unsafeSvg(svg('<image href="file:///etc/passwd"/>'))).toMatch(/image/);
    expect(unsafeSvg(svg('<a href="https://x.example/">x</a>'))).toMatch(/links outside/);
    expect(unsafeSvg(svg('<rect style="fill:url(https://x.example/a)"/>'))).toMatch(/external/);
    expect(
      unsafeSvg(`<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('&x;')}`),
    ).toMatch(/entities/);
    const tall = svg('').replace('viewBox="0 0 200 100"', 'viewBox="0 0 10 100000"');
    expect(unsafeSvg(tall)).toMatch(/viewBox/);
    expect(unsafeSvg(svg('<rect clip-path="url(#c1)"/>'))).toBeNull();
    const bad = figure(svg('<title>Year to date, rebased to 100</title><image href="x.png"/>'));
    expect(findChartSvgs(bad)).toEqual({
      charts: [],
      problems: [
        'the rebased chart is left out of the email: its SVG holds an image, script, style or reference element',
      ],
    });
  });
});

describe('rasterising with the bundled Inter', () => {
  it("decompresses the brief's woff2 faces to fonts resvg draws text with (no text without them)", async () => {
    const face = INTER_SUBSET.faces[0];
    const ttf = await fontverter.convert(Buffer.from(face.woff2, 'base64'), 'truetype');
    expect(ttf.readUInt32BE(0)).toBe(0x00010000); // TrueType
    const dir = mkdtempSync(path.join(tmpdir(), 'brief-font-test-'));
    const file = path.join(dir, 'inter.ttf');
    writeFileSync(file, ttf);
    const text = svg('<text x="10" y="60" font-family="Inter" font-size="40">Rotation</text>');
    // Painted pixels: those with alpha > 0 (no background is set, so the rest is transparent).
    const inked = (fontFiles: string[]) =>
      new Resvg(text, { font: { loadSystemFonts: false, fontFiles }, logLevel: 'off' })
        .render()
        .pixels.filter((a, i) => i % 4 === 3 && a > 0).length;
    expect(inked([])).toBe(0);
    expect(inked([file])).toBeGreaterThan(500);
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders the brief’s two charts as 900 px PNGs, shown at 450 px at 2x', async () => {
    const warnings: string[] = [];
    const images = await emailCharts(html, rasterizeSvgs, (l) => warnings.push(l));
    expect(warnings).toEqual([]);
    expect(images.map((i) => [i.cid, i.filename, i.width])).toEqual([
      ['chart-rebased@rotation-brief', 'rebased.png', 450],
      ['chart-ratio@rotation-brief', 'ratio.png', 450],
    ]);
    for (const i of images) {
      const size = pngSize(i.content);
      expect(size.width).toBe(900);
      expect(i.height).toBe(Math.round((450 * size.height) / 900));
      expect(i.content.length).toBeLessThan(100 * 1024);
      expect(i.alt.length).toBeGreaterThan(40);
    }
    // 360x220 SVG at 900 px wide: 900 x 220 / 360 = 550 px high; shown at 450:
    // 450 x 550 / 900 = 275 px.
    expect(pngSize(images[0]!.content).height).toBe(550);
    expect(images[0]!.height).toBe(275);
  });

  it('goes without charts when brief.html is missing or has none', async () => {
    const never = async () => {
      throw new Error('nothing to rasterise');
    };
    expect(await emailCharts(null, never, () => undefined)).toEqual([]);
    expect(await emailCharts('<p>old brief</p>', rasterizeSvgs, () => undefined)).toEqual([]);
  });
});
