/**
 * The launch command line (src/deliver/browser/launchArgs.ts) is written out so Chromium can be
 * spawned before puppeteer loads; these tests hold it to what puppeteer itself would pass, so an
 * upgrade of puppeteer-core that changes its defaults fails here instead of drifting silently.
 */
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { chromiumArgs } from '../../../src/deliver/browser/chromiumArgs.js';
import { launchArgs } from '../../../src/deliver/browser/launchArgs.js';

const PROFILE = '/tmp/rotation-brief-chromium-1-abc';

describe('launchArgs', () => {
  it.each([
    ['root (no sandbox)', { env: {}, isRoot: true }],
    ['a user (sandbox on)', { env: {}, isRoot: false }],
    [
      'a user with ROTATION_BRIEF_NO_SANDBOX=1',
      { env: { ROTATION_BRIEF_NO_SANDBOX: '1' }, isRoot: false },
    ],
  ])('is puppeteer.defaultArgs for a headless launch, then ours and the pipe: %s', (_, context) => {
    const theirs = puppeteer.defaultArgs({
      headless: true,
      userDataDir: PROFILE,
      args: chromiumArgs(context),
    });
    const expected = [...new Set([...theirs, '--remote-debugging-pipe'])];
    expect(launchArgs(PROFILE, context)).toEqual(expected);
  });

  it('keeps the sandbox for a user and drops it as root', () => {
    expect(launchArgs(PROFILE, { env: {}, isRoot: false })).not.toContain('--no-sandbox');
    expect(launchArgs(PROFILE, { env: {}, isRoot: true })).toContain('--no-sandbox');
  });

  it('names the profile folder once and ends with the DevTools pipe', () => {
    const args = launchArgs(PROFILE, { env: {}, isRoot: true });
    expect(args.filter((a) => a.startsWith('--user-data-dir='))).toEqual([
      `--user-data-dir=${PROFILE}`,
    ]);
    expect(args.at(-1)).toBe('--remote-debugging-pipe');
    expect(args).toContain('--export-tagged-pdf');
    expect(args).toContain('--host-resolver-rules=MAP * ~NOTFOUND');
  });
});
