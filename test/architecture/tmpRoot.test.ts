/**
 * The run's temporary folder (test/tmpRoot.ts): tests that leave scratch folders behind leave
 * them inside one folder per run, which the run removes, not in the machine's /tmp.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('runs every test with TMPDIR set to a folder of its own run', () => {
  expect(path.basename(tmpdir())).toMatch(/^rb-tests-[A-Za-z0-9]{6}$/);
  expect(process.env['TMPDIR']).toBe(tmpdir());
});
