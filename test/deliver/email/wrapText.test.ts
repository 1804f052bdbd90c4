import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/deliver/email/wrapText.js';

describe('wrapText', () => {
  it('breaks long lines at spaces, continuation lines indented under a list marker', () => {
    // Width 20: "- alpha beta gamma" is 18 characters; " delta" would make 24.
    expect(wrapText('- alpha beta gamma delta epsilon', 20)).toBe(
      '- alpha beta gamma\n  delta epsilon',
    );
    expect(wrapText('short line', 20)).toBe('short line');
  });
  it('never parts a figure from its unit ("6.52 pp", "45 bp")', () => {
    // Width 30: "the Russell 2000 leads by 6.52" is exactly 30 characters, so a plain wrap would
    // leave "pp." alone on the next line; the unit goes down with its figure instead.
    const text = 'the Russell 2000 leads by 6.52 pp. Then 45 bp more.';
    expect(wrapText(text, 30)).toBe('the Russell 2000 leads by\n6.52 pp. Then 45 bp more.');
    expect(wrapText(text, 30)).not.toContain('\u0001');
    // The unit spelled out on first use: "8.55" stays with "percentage points".
    expect(wrapText('the lead is now 8.55 percentage points (pp)', 20)).toBe(
      'the lead is now\n8.55 percentage\npoints (pp)',
    );
  });
  it('keeps a word longer than the width (a URL) whole on its own line', () => {
    const url = 'https://example.invalid/2026/2026-01-22/brief.html';
    expect(wrapText(`Read it online: ${url}`, 30)).toBe(`Read it online:\n${url}`);
  });
});
