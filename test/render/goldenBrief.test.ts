/**
 * Golden HTML: the brief for 2026-01-22 with a fixed clock is byte-identical to the committed
 * file (UPDATE_GOLDEN=1 rewrites it after an intended change; review the diff).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cliHarness.js';

const GOLDEN = path.join(REPO, 'test/golden/html/brief-2026-01-22.html');

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
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      if (process.env.CI && !existsSync(GOLDEN)) throw new Error(`missing golden ${GOLDEN}`);
      writeFileSync(GOLDEN, a);
    }
    const golden = readFileSync(GOLDEN, 'utf8');
    // Compare without printing 600 KB on failure: report the first differing line.
    if (a !== golden) {
      const al = a.split('\n');
      const gl = golden.split('\n');
      const k = al.findIndex((l, n) => l !== gl[n]);
      expect(`line ${k + 1}: ${al[k]?.slice(0, 200)}`).toBe(
        `line ${k + 1}: ${gl[k]?.slice(0, 200)}`,
      );
    }
  });
  it('is self-contained: no external URL is loaded', async () => {
    const html = await build();
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)=["']?https?:/i);
    expect(html).not.toMatch(/url\(\s*["']?https?:/i);
    expect(html).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
  });
});
