/**
 * The bench's arithmetic and verdicts (scripts/bench): how far a figure is from its target, the
 * summary table, what an HTML brief is made of, the ten-year archive projection and the flags.
 * The timing itself is not tested (no timed tests); these are the parts that decide what it says.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { benchArchive } from '../../scripts/bench/archive.js';
import { benchOptions } from '../../scripts/bench/options.js';
import { bytes, check, rows, summaryTable, times } from '../../scripts/bench/report.js';
import { htmlParts } from '../../scripts/bench/sizes.js';

beforeEach(() => void rows.splice(0));

describe('check', () => {
  it('says how far a figure is from its target, either way', () => {
    expect(check('(2) brief / floor', 1.42, 1.3, times)).toBe(
      '1.42x floor, target <= 1.30x floor: MISSED by 0.12x floor',
    );
    expect(check('(2) brief / floor', 1.12, 1.3, times)).toBe(
      '1.12x floor, target <= 1.30x floor: ok, 0.18x floor to spare',
    );
    expect(check('exactly', 1.3, 1.3, times)).toMatch(/: ok, 0\.00x floor to spare$/);
    expect(check('strict', 60, 60, String, '<')).toBe('60, target < 60: MISSED by 0');
    expect(rows.map((r) => r.status)).toEqual(['MISSED', 'ok', 'ok', 'MISSED']);
    expect(rows[0]).toMatchObject({ target: '<= 1.30x floor', distance: 'by 0.12x floor' });
  });

  it('closes with a table of every row and the count of targets met', () => {
    check('a', 2, 1, String);
    check('b', 1, 2, String);
    const table = summaryTable();
    expect(table[0]).toMatch(/^measure \| median \| target \| status  \| how far$/);
    expect(table[2]).toBe('a       | 2      | <= 1   | MISSED  | by 1');
    expect(table[3]).toBe('b       | 1      | <= 2   | ok      | 1 to spare');
    expect(table.at(-1)).toBe('1/2 targets met, 1 MISSED');
  });

  it('counts bytes in decimal units', () => {
    expect(bytes(1_446_640)).toBe('1.45 MB');
    expect(bytes(453_731)).toBe('453.7 KB');
    expect(bytes(1.83e9)).toBe('1.83 GB');
  });
});

describe('htmlParts', () => {
  it('splits an HTML brief into inline SVG, base64 fonts and the rest', () => {
    const font = 'url(data:font/woff2;base64,AAAA)'; // 32 bytes
    const svg = '<svg><text>−</text></svg>'; // 5 + 6 + 3 ("−" in UTF-8) + 7 + 6 = 27 bytes
    const html = `<style>@font-face{src:${font}}</style><p>é</p>${svg}`;
    expect(htmlParts(html)).toEqual({ svg: 27, fonts: 32, rest: Buffer.byteLength(html) - 59 });
  });
});

describe('benchArchive', () => {
  it('projects Pages, repository growth and release assets from a sample', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'bench-archive-'));
    for (const [date, html, pdf] of [
      ['2026-08-20', 300_000, 1_000_000],
      ['2026-08-21', 100_000, 600_000],
    ] as const) {
      const dir = path.join(out, '2026', date);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'brief.html'), 'x'.repeat(html));
      writeFileSync(path.join(dir, 'stats.json'), 'x'.repeat(99_000));
      writeFileSync(path.join(dir, 'summary.json'), 'x'.repeat(1_000));
      writeFileSync(path.join(dir, 'brief.pdf'), 'x'.repeat(pdf));
    }
    writeFileSync(path.join(out, 'index.html'), 'x'.repeat(8_000)); // 4 KB per brief
    const lines: string[] = [];
    benchArchive(out, (l) => void lines.push(l));
    // per brief kept: (300 + 100) / 2 + 99 + 1 = 300 KB; site 4 KB; PDF (1,000 + 600) / 2 = 800 KB
    // Pages: 2,520 x 304 KB + 60 x 800 KB = 766.08 MB + 48 MB = 814.08 MB
    expect(lines.join('\n')).toContain('814.08 MB, target < 1.00 GB: ok, 185.92 MB to spare');
    // repository: 252 x 304 KB = 76.61 MB a year; release assets 252 x 800 KB = 201.60 MB
    expect(lines.join('\n')).toContain('76.61 MB, target < 150.00 MB: ok');
    expect(lines.join('\n')).toContain('release assets per year (every PDF): 201.60 MB');
  });
});

describe('benchOptions', () => {
  it('reads the flags, with defaults near 5 minutes', () => {
    expect(benchOptions([])).toEqual({
      strict: false,
      runs: 3,
      full: false,
      backfill: 100,
      history: 250,
      long: false,
      pdf: true,
    });
    const o = benchOptions(['--strict', '--history', '0', '--backfill', '20', '--runs', '1']);
    expect(o).toMatchObject({ strict: true, history: 0, backfill: 20, runs: 1 });
    expect(() => benchOptions(['--history', 'many'])).toThrow(/--history wants a whole number/);
  });
});
