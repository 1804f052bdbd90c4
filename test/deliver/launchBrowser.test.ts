import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../src/errors.js';
import {
  BASE_CHROMIUM_ARGS,
  chromiumArgs,
  NO_NETWORK_ARGS,
  needsNoSandbox,
} from '../../src/deliver/browser/chromiumArgs.js';
import {
  exitedAtStartError,
  launchFailureSummary,
} from '../../src/deliver/browser/launchFailure.js';
import { launchBrowser } from '../../src/deliver/launchBrowser.js';
import { socketDirOf } from '../../src/deliver/browser/socketDir.js';
import { CHROMIUM, launchContext, profileDirs, scratchTmp } from './browser/chromiumHarness.js';

/** Full (not headless-shell) browsers, launched beside the one found when they are installed. */
const FULL_BROWSERS = ['/usr/bin/chromium', '/usr/bin/google-chrome'];

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
    // puppeteer's own variable, read from the env passed in (not from process.env)
    expect(needsNoSandbox({ isRoot: false, env: { PUPPETEER_DANGEROUS_NO_SANDBOX: 'true' } })).toBe(
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

  it('cuts the browser off the network, loopback included', () => {
    const args = chromiumArgs({ isRoot: false, env: {} });
    expect(NO_NETWORK_ARGS).toEqual([
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--proxy-server=http://proxy.invalid:9',
      '--proxy-bypass-list=<-loopback>',
    ]);
    for (const flag of NO_NETWORK_ARGS) expect(args).toContain(flag);
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
    const tmp = scratchTmp();
    const error = await launchBrowser('/nonexistent/chrome', launchContext(tmp, {})).catch(
      (e: unknown) => e,
    );
    expect(profileDirs(tmp)).toEqual([]);
    expect(error).toBeInstanceOf(BriefError);
    const brief = error as BriefError;
    expect(brief.exitCode).toBe(5);
    expect(brief.message).toContain('/nonexistent/chrome');
    expect(brief.message.split('\n')).toHaveLength(1);
    expect(brief.hint).toContain('ROTATION_BRIEF_CHROME');
  });

  /** A shell script standing in for the browser, in `tmp`. */
  const fakeBrowser = (tmp: string, body: string) => {
    const file = path.join(tmp, 'fake-chrome');
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  };
  /** launchBrowser's error and how long it took, with a 30 s start deadline. */
  const failedLaunch = async (executable: string, tmp: string) => {
    const context = launchContext(tmp, {});
    const started = performance.now();
    const error = await launchBrowser(executable, {
      ...context,
      deadlines: { ...context.deadlines, launch: 30_000 },
    }).then(
      () => new Error('launched'),
      (e: unknown) => e,
    );
    return { error: error as BriefError, ms: performance.now() - started };
  };

  it('an executable that exits at once fails at once with its code and last output', async () => {
    const tmp = scratchTmp();
    const script = fakeBrowser(
      tmp,
      'echo "starting" >&2\necho "fake-chrome: cannot open display" >&2\necho "giving up" >&2\necho "bye" >&2\nexit 1',
    );
    const { error, ms } = await failedLaunch(script, tmp);
    expect(ms).toBeLessThan(5000); // not the 30 s start deadline
    expect(error).toBeInstanceOf(BriefError);
    expect(error.kind).toBe('browser');
    expect(error.message).toBe(
      `could not launch ${script}: it exited (exit code 1) before the browser was ready; its last output: fake-chrome: cannot open display | giving up | bye`,
    );
    expect(error.hint).toMatch(/^set ROTATION_BRIEF_CHROME to a Chrome or Chromium executable/);
    expect(error.hint).toContain('install Chromium');
    expect(readdirSync(tmp)).toEqual(['fake-chrome']); // no profile folder left
  }, 10_000);

  it('says when it printed nothing (/bin/true), and names a signal that ended it', async () => {
    const tmp = scratchTmp();
    const quiet = await failedLaunch('/bin/true', tmp);
    expect(quiet.ms).toBeLessThan(5000);
    expect(quiet.error.message).toBe(
      'could not launch /bin/true: it exited (exit code 0) before the browser was ready, printing nothing',
    );
    const crashing = await failedLaunch(fakeBrowser(tmp, 'kill -SEGV $$'), tmp);
    expect(crashing.ms).toBeLessThan(5000);
    expect(crashing.error.message).toMatch(/: it exited \(signal SIGSEGV\) before the browser/);
    expect(profileDirs(tmp)).toEqual([]);
  }, 15_000);

  it("quotes Chromium's own ERROR line and keeps the sandbox hint", () => {
    const e = exitedAtStartError('/usr/bin/chromium', {
      status: 'Code: 1',
      output: [
        '[1:1:1124/123435.359964:ERROR:zygote_host_impl_linux.cc:100] Running as root without --no-sandbox is not supported.',
        'later noise',
      ],
    });
    expect(e.message).toBe(
      'could not launch /usr/bin/chromium: it exited (exit code 1) before the browser was ready; its last output: Running as root without --no-sandbox is not supported.',
    );
    expect(e.hint).toBe(
      'Chromium will not run as root with its sandbox on: set ROTATION_BRIEF_NO_SANDBOX=1',
    );
  });

  // The full browser makes a singleton-socket folder beside its profile; the headless shell
  // makes none. Both are run when installed (the full one is what most machines have).
  const browsers = [...new Set([CHROMIUM, ...FULL_BROWSERS.filter((b) => existsSync(b))])];
  it.each(browsers)(
    'leaves nothing in the temporary folder once killed or ended, not even its socket: %s',
    async (browser) => {
      for (const how of ['kill', 'end'] as const) {
        const tmp = scratchTmp();
        // Chromium's TMPDIR is the launch's temporary folder: its socket folder lands there too.
        const launched = await launchBrowser(browser, launchContext(tmp));
        const socketDir = socketDirOf(launched.profileDir);
        const shell = /headless-shell/.test(browser);
        expect(socketDir === null, how).toBe(shell);
        const made = [launched.profileDir, ...(socketDir === null ? [] : [socketDir])];
        expect(readdirSync(tmp).sort(), how).toEqual(made.map((d) => path.basename(d)).sort());
        if (how === 'kill') launched.kill();
        else await launched.end();
        await launched.exited;
        expect(readdirSync(tmp), how).toEqual([]);
      }
    },
  );
});
