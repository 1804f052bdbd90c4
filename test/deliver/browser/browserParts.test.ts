/**
 * The browser's small parts without a browser: the environment allow-list,
 * profile folder names, deadlines and the DevTools pipe framing.
 */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { chromiumEnv, FALLBACK_PATH } from '../../../src/deliver/browser/chromiumEnv.js';
import { formatDuration, withDeadline } from '../../../src/deliver/browser/deadline.js';
import { PipeTransport } from '../../../src/deliver/browser/pipeTransport.js';
import {
  createProfileDir,
  profileDirInArgs,
  profileOwner,
  removeProfileDir,
} from '../../../src/deliver/browser/profileDir.js';
import { checkBrowserVersion } from '../../../src/deliver/browser/browserVersion.js';
import { socketDirOf } from '../../../src/deliver/browser/socketDir.js';
import { BriefError } from '../../../src/errors.js';

describe('chromiumEnv', () => {
  it('keeps only the allow-list: no SMTP password, tokens or keys', () => {
    const env = chromiumEnv(
      {
        PATH: '/usr/bin',
        HOME: '/home/me',
        TZ: 'UTC',
        LANG: 'C.UTF-8',
        LC_ALL: '',
        FONTCONFIG_PATH: '/etc/fonts',
        XDG_CONFIG_HOME: '/home/me/.config',
        ROTATION_BRIEF_SMTP_PASSWORD: 'hunter2',
        ROTATION_BRIEF_CHROME: '/usr/bin/chromium',
        GITHUB_TOKEN: 'ghp_x',
        LD_PRELOAD: '/evil.so',
        UNSET: undefined,
      },
      '/tmp/profile',
    );
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/me',
      TZ: 'UTC',
      LANG: 'C.UTF-8',
      FONTCONFIG_PATH: '/etc/fonts',
      XDG_CONFIG_HOME: '/home/me/.config',
    });
  });

  it('falls back to a system PATH and the profile folder as HOME', () => {
    expect(chromiumEnv({}, '/tmp/profile')).toEqual({ PATH: FALLBACK_PATH, HOME: '/tmp/profile' });
  });
});

describe('profile folders', () => {
  it('are named for their owner pid, and only ours are recognised', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'brief-profile-'));
    const dir = await createProfileDir(tmp, 4242);
    expect(path.basename(dir)).toMatch(/^rotation-brief-chromium-4242-\w{6}$/);
    expect(profileOwner(path.basename(dir))).toBe(4242);
    expect(profileOwner('rotation-brief-chromium-0-abc')).toBeNull();
    expect(profileOwner('rotation-brief-chromium-12')).toBeNull();
    expect(profileOwner('puppeteer_dev_chrome_profile-XYZ')).toBeNull();
    expect(profileDirInArgs(['chromium', '--no-sandbox', `--user-data-dir=${dir}`])).toBe(dir);
    expect(profileDirInArgs(['chromium', '--user-data-dir=/home/me/.config/chromium'])).toBeNull();
    removeProfileDir(dir);
    removeProfileDir(dir); // a missing folder is fine
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("take the browser's singleton-socket folder with them, and nothing it did not make", async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'brief-profile-'));
    /** A profile whose SingletonSocket link leads to `socketDir` (made, with `files`, if absent). */
    const profileLinkedTo = async (socketDir: string, files = ['SingletonSocket']) => {
      mkdirSync(socketDir, { recursive: true });
      for (const f of files) writeFileSync(path.join(socketDir, f), '');
      const dir = await createProfileDir(tmp, 4242);
      symlinkSync(path.join(socketDir, 'SingletonSocket'), path.join(dir, 'SingletonSocket'));
      return dir;
    };
    // What Chromium and Chrome leave: <TMPDIR>/org.chromium.Chromium.XXXXXX, com.google.Chrome.XXXXXX
    for (const name of [
      'org.chromium.Chromium.aB3dE9',
      'com.google.Chrome.Zz09xY',
      '.org.chromium.Chromium.q1w2e3',
    ]) {
      const socketDir = path.join(tmp, name);
      const dir = await profileLinkedTo(socketDir, ['SingletonSocket', 'SingletonCookie']);
      expect(socketDirOf(dir), name).toBe(socketDir);
      removeProfileDir(dir);
      expect(readdirSync(tmp), name).toEqual([]);
    }
    // Not followed: a folder of another name, or of the browser's naming elsewhere.
    const other = path.join(tmp, 'keep-me');
    const elsewhere = path.join(
      mkdtempSync(path.join(tmpdir(), 'brief-other-')),
      'org.chromium.Chromium.aB3dE9',
    );
    for (const target of [other, elsewhere]) {
      const dir = await profileLinkedTo(target);
      expect(socketDirOf(dir), target).toBeNull();
      removeProfileDir(dir);
      expect(readdirSync(target), target).toEqual(['SingletonSocket']);
    }
    expect(readdirSync(tmp)).toEqual(['keep-me']);
    // A socket folder holding something else: the browser's files go, the folder and the rest stay.
    const shared = path.join(tmp, 'org.chromium.Chromium.sh4r3d');
    const dir = await profileLinkedTo(shared, ['SingletonSocket', 'notes.txt']);
    removeProfileDir(dir);
    expect(readdirSync(shared)).toEqual(['notes.txt']);
  });
});

describe('deadlines', () => {
  it('formats durations for people', () => {
    expect(formatDuration(750)).toBe('750 ms');
    expect(formatDuration(5000)).toBe('5 s');
    expect(formatDuration(1500)).toBe('1.5 s');
  });

  it('passes a result through and expires a hung step, calling expire once', async () => {
    let expired = 0;
    await expect(withDeadline(Promise.resolve(7), 'x', 50, () => expired++)).resolves.toBe(7);
    const hung = withDeadline(
      new Promise(() => undefined),
      'printing the PDF',
      30,
      () => expired++,
    );
    await expect(hung).rejects.toMatchObject({
      kind: 'browser',
      exitCode: 5,
      message: 'Chromium did not finish printing the PDF within 30 ms; the browser was stopped',
    });
    expect(expired).toBe(1);
  });

  it('passes a failure through and swallows a late one', async () => {
    const failing = withDeadline(Promise.reject(new Error('boom')), 'x', 50, () => undefined);
    await expect(failing).rejects.toThrow('boom');
    const late = sleep(60).then(() => {
      throw new Error('late');
    });
    await expect(withDeadline(late, 'x', 10, () => undefined)).rejects.toBeInstanceOf(BriefError);
    await sleep(80); // an unhandled rejection here would fail the run
  });
});

describe('PipeTransport', () => {
  it('frames messages with NUL bytes, across and within chunks', async () => {
    const toChromium = new PassThrough();
    const fromChromium = new PassThrough();
    const transport = new PipeTransport(toChromium, fromChromium);
    const received: string[] = [];
    transport.onmessage = (message) => received.push(message);
    let closed = false;
    transport.onclose = () => (closed = true);
    transport.send('{"id":1}');
    expect(toChromium.read()?.toString()).toBe('{"id":1}\0');
    fromChromium.write('{"a":');
    fromChromium.write('1}\0{"b":"é"}\0{"c"');
    fromChromium.write(':3}\0');
    await sleep(10);
    expect(received).toEqual(['{"a":1}', '{"b":"é"}', '{"c":3}']);
    fromChromium.destroy();
    await sleep(10);
    expect(closed).toBe(true);
  });

  it('tells a listener set after the pipe closed (a browser that exited at once), once', async () => {
    const fromChromium = new PassThrough();
    const transport = new PipeTransport(new PassThrough(), fromChromium);
    fromChromium.destroy();
    await sleep(10);
    let calls = 0;
    transport.onclose = () => calls++;
    await sleep(10);
    expect(calls).toBe(1);
    transport.onclose = () => calls++; // puppeteer resets and sets it again: no second call
    await sleep(10);
    expect(calls).toBe(1);
  });
});

describe('checkBrowserVersion', () => {
  it('refuses a Chromium older than 131 (no page-margin boxes: no header or footer)', () => {
    const old = () => checkBrowserVersion('HeadlessChrome/130.0.6723.58', '/usr/bin/chromium');
    expect(old).toThrow(BriefError);
    expect(old).toThrow(
      '/usr/bin/chromium is HeadlessChrome/130.0.6723.58; printing needs Chromium 131 or later',
    );
    expect(() => checkBrowserVersion('HeadlessChrome/131.0.6778.85', 'c')).not.toThrow();
    expect(() => checkBrowserVersion('Chrome/156.0.8078.114', 'c')).not.toThrow();
    expect(() => checkBrowserVersion('SomethingElse', 'c')).not.toThrow(); // unreadable: let through
  });
});
