/**
 * Golden HTML: the brief for 2026-01-22 with a fixed clock is byte-identical to the committed
 * file (test/helpers/golden.ts: UPDATE_GOLDEN=1 rewrites it after an intended change).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cliHarness.js';
import { expectGolden } from '../helpers/golden.js';

async function build(): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'brief-golden-'));
  // Relative paths, as a user types them: the brief names its data files this way.
  const r = await runCli([
    '--date',
    '2026-01-22',
    '--no-pdf',
    '--data',
    'data',
    '--templates',
    'templates',
    '--out',
    out,
  ]);
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(path.join(out, '2026/2026-01-22/brief.html'), 'utf8');
}

describe('golden brief HTML', () => {
  it('is byte-identical across runs and to the golden file', async () => {
    const a = await build();
    const b = await build();
    expect(b === a).toBe(true);
    expectGolden('html/brief-2026-01-22.html', a);
  });
  it('is self-contained: no external URL is loaded', async () => {
    const html = await build();
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)=["']?https?:/i);
    expect(html).not.toMatch(/url\(\s*["']?https?:/i);
    expect(html).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
  });
});
