/**
 * An unusable parsed-series cache folder (ROTATION_BRIEF_CACHE) never stops or hangs a brief: the
 * run parses the CSVs and says once which folder it gave up and why.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchData } from '../helpers/cliHarness.js';

describe('ROTATION_BRIEF_CACHE that cannot be used', () => {
  it('a folder under a regular file: the brief is written, with one warning line', async () => {
    const { root, data, out } = scratchData();
    const file = path.join(root, 'a-file');
    writeFileSync(file, 'not a folder');
    const cache = path.join(file, 'cache');
    const r = await runCli(['--date', '2026-08-21', '--data', data, '--out', out, '--no-pdf'], {
      env: { ROTATION_BRIEF_CACHE: cache },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('parsed-series cache'))).toEqual([
      `Warning: parsed-series cache ${cache} is not usable (ENOTDIR); going on without it`,
    ]);
    expect(existsSync(path.join(out, '2026/2026-08-21/stats.json'))).toBe(true);
  }, 30_000);
});
