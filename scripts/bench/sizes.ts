/**
 * (6) Size per brief, for the two dates of the issue: the PDF (<= 300 KB), the HTML (<= 150 KB,
 * with what it is made of: inline SVG, base64 fonts, the rest; fonts <= 40 KB) and stats.json
 * (<= 100 KB), in decimal units (1 KB = 1,000 bytes); and the PDF's fonts: every text in one
 * embedded family (Inter), no Type 3 font, no fallback font.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pdfFonts } from '../../test/helpers/pdfFonts.js';
import { briefFolder } from './paths.js';
import { bytes, check } from './report.js';

export const SIZE_DATES = ['2026-01-22', '2026-08-21'] as const;

/** What a brief's HTML is made of, in bytes. */
export function htmlParts(html: string): { svg: number; fonts: number; rest: number } {
  const size = (s: string): number => Buffer.byteLength(s);
  const svg = (html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? []).reduce((n, s) => n + size(s), 0);
  const fonts = (html.match(/url\(data:font\/[^)]*\)/g) ?? []).reduce((n, s) => n + size(s), 0);
  return { svg, fonts, rest: size(html) - svg - fonts };
}

const count = (n: number): string => String(n);

/** Sizes and fonts of the brief for `date` under `out` (already built with its PDF). */
export async function benchSizes(
  date: string,
  out: string,
  log: (line: string) => void,
): Promise<void> {
  const dir = briefFolder(out, date);
  const file = (name: string): number => statSync(path.join(dir, name)).size;
  const html = readFileSync(path.join(dir, 'brief.html'), 'utf8');
  const parts = htmlParts(html);
  const pdf = readFileSync(path.join(dir, 'brief.pdf'));
  const pdfText = pdf.toString('latin1'); // Chromium writes dictionaries uncompressed
  const pages = (pdfText.match(/\/Type\s*\/Page\b/g) ?? []).length;
  log(`    ${date}:`);
  log(`      PDF (${pages} pages): ${check(`(6) ${date} PDF`, pdf.length, 300e3, bytes)}`);
  log(`      HTML: ${check(`(6) ${date} HTML`, file('brief.html'), 150e3, bytes)}`);
  log(
    `        of which SVG ${bytes(parts.svg)}, fonts (base64) ${bytes(parts.fonts)}, the rest ${bytes(parts.rest)}`,
  );
  log(`        fonts: ${check(`(6) ${date} HTML fonts`, parts.fonts, 40e3, bytes)}`);
  log(`      stats.json: ${check(`(6) ${date} stats.json`, file('stats.json'), 100e3, bytes)}`);
  log(`      summary.json: ${bytes(file('summary.json'))}`);
  const fonts = await pdfFonts(pdf);
  const names = [...new Set(fonts.map((f) => f.name))];
  const families = new Set(names.map((n) => n.replace(/-[^-]*$/, '')));
  const type3 = fonts.filter((f) => f.type3);
  log(
    `      PDF fonts: ${names.join(', ')}${type3.length > 0 ? `; Type 3 glyphs of ${type3.map((f) => `${f.name} (${f.chars.length} characters)`).join(', ')}` : ''}`,
  );
  log(`        families: ${check(`(6) ${date} PDF font families`, families.size, 1, count)}`);
  const fallback = names.filter((n) => !n.startsWith('Inter')).length;
  log(`        fallback fonts: ${check(`(6) ${date} PDF fallback fonts`, fallback, 0, count)}`);
  const type3Fonts = (pdfText.match(/\/Subtype\s*\/Type3\b/g) ?? []).length;
  log(`        Type 3 fonts: ${check(`(6) ${date} PDF Type 3 fonts`, type3Fonts, 0, count)}`);
}
