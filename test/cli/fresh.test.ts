/**
 * `brief --fresh`, which scheduled runs rely on: data that stops before the latest closed session
 * is an error (exit 3, nothing written) instead of a warning and an older brief.
 * The bundled data ends Friday 2026-08-21.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchData } from '../helpers/cliHarness.js';

const MONDAY_AFTER_CLOSE = '2026-08-24T17:00:00'; // latest closed session: 2026-08-24
/** --fresh also requires the site URL (test/cli/sendRecipients.test.ts checks that). */
const env = { ROTATION_BRIEF_SITE_URL: 'https://briefs.example.net/' };

describe('brief --fresh', () => {
  it('stale data: exit 3 naming both dates, and nothing is written', async () => {
    const { data, out } = scratchData();
    const r = await runCli(['--fresh', '--no-pdf', '--data', data, '--out', out], {
      now: MONDAY_AFTER_CLOSE,
      env,
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /brief: error: --fresh: the data ends 2026-08-21, before the latest closed session 2026-08-24/,
    );
    expect(r.stderr).toMatch(/hint: run `brief fetch` first/);
    expect(existsSync(out)).toBe(false);
  });

  it('the same stale data without --fresh: a warning, and the data’s last session is built', async () => {
    const { data, out } = scratchData();
    const r = await runCli(['--no-pdf', '--data', data, '--out', out], { now: MONDAY_AFTER_CLOSE });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Warning: the data ends 2026-08-21/);
    expect(existsSync(path.join(out, '2026/2026-08-21/brief.html'))).toBe(true);
  });

  it('current data: builds the latest closed session', async () => {
    const { data, out } = scratchData();
    const r = await runCli(['--fresh', '--no-pdf', '--data', data, '--out', out], {
      now: '2026-08-21T16:05:00',
      env,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(out, '2026/2026-08-21/brief.html'))).toBe(true);
  });

  it('before the close, the latest closed session is the previous one, and it is in the data', async () => {
    const { data, out } = scratchData();
    const r = await runCli(['--fresh', '--no-pdf', '--data', data, '--out', out], {
      now: '2026-08-21T15:59:00',
      env,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(out, '2026/2026-08-20/brief.html'))).toBe(true);
    expect(existsSync(path.join(out, '2026/2026-08-21'))).toBe(false);
  });
});
