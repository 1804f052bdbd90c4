import { describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import {
  BASE_CHROMIUM_ARGS,
  chromiumArgs,
  launchBrowser,
  launchFailureSummary,
  needsNoSandbox,
} from '../../src/deliver/launchBrowser.js';

describe('sandbox choice', () => {
  it('turns the sandbox off for root', () => {
    expect(needsNoSandbox({ isRoot: true, env: {} })).toBe(true);
    expect(chromiumArgs({ isRoot: true, env: {} })).toContain('--no-sandbox');
  });

  it('keeps the sandbox for other users unless ROTATION_BRIEF_NO_SANDBOX says so', () => {
    expect(chromiumArgs({ isRoot: false, env: {} })).not.toContain('--no-sandbox');
    expect(needsNoSandbox({ isRoot: false, env: { ROTATION_BRIEF_NO_SANDBOX: '0' } })).toBe(false);
    expect(needsNoSandbox({ isRoot: false, env: { ROTATION_BRIEF_NO_SANDBOX: '1' } })).toBe(true);
    expect(needsNoSandbox({ isRoot: false, env: { ROTATION_BRIEF_NO_SANDBOX: 'TRUE' } })).toBe(
      true,
    );
  });

  it('always passes the quiet, container-safe flags', () => {
    const args = chromiumArgs({ isRoot: false, env: {} });
    for (const flag of [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ]) {
      expect(args).toContain(flag);
    }
    expect(args).toEqual([...BASE_CHROMIUM_ARGS]);
  });
});

describe('launch failures', () => {
  it("summarises puppeteer's error with Chromium's own ERROR line", () => {
    const cause = new Error(
      'Failed to launch the browser process:  Code: 1\n\nstderr:\n' +
        '/usr/bin/chromium: 9: [: 25276502016: unexpected operator\n' +
        '[1:1:1124/123435.359964:ERROR:content/browser/zygote_host/zygote_host_impl_linux.cc:103] ' +
        'No usable sandbox! Update your kernel.\n\nTROUBLESHOOTING: https://pptr.dev/troubleshooting\n',
    );
    expect(launchFailureSummary(cause)).toBe(
      'Failed to launch the browser process: Code: 1 (No usable sandbox! Update your kernel.)',
    );
    expect(launchFailureSummary(new Error('plain\nsecond'))).toBe('plain');
  });

  it('is a browser error naming the path', async () => {
    const error = await launchBrowser('/nonexistent/chrome', { isRoot: false, env: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BriefError);
    const brief = error as BriefError;
    expect(brief.exitCode).toBe(5);
    expect(brief.message).toContain('/nonexistent/chrome');
    expect(brief.message.split('\n')).toHaveLength(1);
    expect(brief.hint).toContain('ROTATION_BRIEF_CHROME');
  });
});
