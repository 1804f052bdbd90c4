/**
 * makeDirs, the `mkdir -p` every write goes through: it creates what is missing, accepts what
 * exists, and ends with the first refusal's code, also on a path where Node's recursive mkdir
 * spins forever (/proc/nope).
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirs } from '../../src/deliver/makeDirs.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'brief-makedirs-'));
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: NodeJS.ErrnoException) => e.code,
  );

describe('makeDirs', () => {
  it('creates the missing folders with the mode asked, and accepts existing ones', async () => {
    const root = scratch();
    const dir = path.join(root, 'a', 'b', 'c');
    await makeDirs(dir, 0o700);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(statSync(path.join(root, 'a')).mode & 0o777).toBe(0o700);
    await expect(makeDirs(dir)).resolves.toBeUndefined();
    await expect(makeDirs(root)).resolves.toBeUndefined();
  });

  it('refuses a path under a file (ENOTDIR) or at a file (EEXIST)', async () => {
    const file = path.join(scratch(), 'f');
    writeFileSync(file, 'x');
    expect(await codeOf(makeDirs(path.join(file, 'cache', 'deeper')))).toBe('ENOTDIR');
    expect(await codeOf(makeDirs(file))).toBe('EEXIST');
  });

  it('two writers creating the same folder at once both succeed', async () => {
    const dir = path.join(scratch(), 'x', 'y');
    await expect(Promise.all([makeDirs(dir), makeDirs(dir)])).resolves.toEqual([
      undefined,
      undefined,
    ]);
  });

  it.runIf(existsSync('/proc/self'))(
    'ends at once under /proc (ENOENT) instead of looping',
    { timeout: 5000 },
    async () => {
      expect(await codeOf(makeDirs('/proc/nope'))).toBe('ENOENT');
      expect(await codeOf(makeDirs('/proc/nope/deeper'))).toBe('ENOENT');
    },
  );
});
