/**
 * The embedded Inter subsets: they cover every character of the documented set, were generated
 * from the set as it is now, stay small, and the briefs of several dates print nothing outside
 * the set (so nothing falls back to a system font).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { fontFaceCss } from '../../src/render/fontCss.js';
import { briefCharset, inBriefCharset } from '../../src/render/fonts/briefCharset.js';
import { INTER_SUBSET } from '../../src/render/fonts/interSubset.js';
import { REPO, runCli } from '../helpers/cliHarness.js';
import { outsideCharset, renderedText } from '../helpers/renderedText.js';

async function unicodes(base64: string): Promise<Set<number>> {
  const sfnt = await fontverter.convert(Buffer.from(base64, 'base64'), 'truetype');
  return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}

describe('the character set', () => {
  it('is Latin-1 without the soft hyphen plus the typographic symbols, in order', () => {
    const set = briefCharset();
    expect([...set].length).toBe(95 + 95 + 60); // ASCII 0x20-0x7E, 0xA0-0xFF less 0xAD, symbols
    for (const c of '−→√×±…–—‘’“”€▲▼≤≥⁴') expect(inBriefCharset(c), c).toBe(true);
    for (const c of ['\u00ad', 'Ω', 'ā', '✓', '\u{1F600}', '\n'])
      expect(inBriefCharset(c)).toBe(false);
  });
});

describe('the embedded subsets', () => {
  it('were generated from the character set as it is now', () => {
    const sha = createHash('sha256').update(briefCharset()).digest('hex');
    expect(INTER_SUBSET.charsetSha256, 'rerun npm run fonts').toBe(sha);
  });

  it.each(INTER_SUBSET.faces.map((f) => [f.name, f] as const))(
    '%s maps every character of the set to a glyph',
    async (_, face) => {
      const have = await unicodes(face.woff2);
      const missing = [...briefCharset()].filter((c) => !have.has(c.codePointAt(0) as number));
      expect(missing).toEqual([]);
      expect(have.has(0x3a9)).toBe(false); // Ω: a subset, not the whole font
    },
  );

  it('inline as two woff2 faces, regular and bold, well under 40 KB', () => {
    const css = fontFaceCss();
    expect(css.match(/@font-face\{font-family:Inter;/g)).toHaveLength(2);
    expect(css).toContain('font-weight:400;');
    expect(css).toContain('font-weight:600 900;');
    expect(css.match(/url\(data:font\/woff2;base64,/g)).toHaveLength(2);
    expect(css.length).toBeLessThan(40_000);
    expect(css).toContain('font-display:block;');
  });
});

describe('briefs print only characters of the set', () => {
  it('finds a character outside the set in text, SVG text and entities', () => {
    const html = '<style>p{content:"Ω"}</style><p>a &amp; b &#937;</p><svg><text>✓</text></svg>';
    expect(renderedText(html)).toBe('a & b Ω✓');
    expect(outsideCharset(renderedText(html))).toEqual(['Ω', '✓']);
  });

  it.each(['1996-05-07', '2008-06-06', '2026-01-22', '2026-08-21'])('%s', async (date) => {
    const out = mkdtempSync(path.join(tmpdir(), 'brief-charset-'));
    const r = await runCli([
      ...['--date', date, '--no-pdf', '--out', out],
      ...['--data', path.join(REPO, 'data'), '--templates', path.join(REPO, 'templates')],
    ]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(path.join(out, date.slice(0, 4), date, 'brief.html'), 'utf8');
    const text = renderedText(html);
    expect(text.length).toBeGreaterThan(5000);
    expect(outsideCharset(text)).toEqual([]);
  });
});
