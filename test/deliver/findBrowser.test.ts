import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import {
  findBrowser,
  NO_BROWSER_HINT,
  WELL_KNOWN_BROWSER_PATHS,
} from '../../src/deliver/findBrowser.js';
import { briefErrorOf } from '../helpers/briefErrorOf.js';

/** An `exists` that knows only `paths`. */
function only(...paths: string[]): (path: string) => boolean {
  const set = new Set(paths);
  return (path) => set.has(path);
}

describe('findBrowser', () => {
  const all = only('/a/rb', '/b/pep', '/c/cp', '/usr/bin/chromium', '/usr/bin/google-chrome');

  it('prefers ROTATION_BRIEF_CHROME, then PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH', () => {
    const env = {
      ROTATION_BRIEF_CHROME: '/a/rb',
      PUPPETEER_EXECUTABLE_PATH: '/b/pep',
      CHROME_PATH: '/c/cp',
    };
    expect(findBrowser(env, all)).toBe('/a/rb');
    expect(findBrowser({ ...env, ROTATION_BRIEF_CHROME: undefined }, all)).toBe('/b/pep');
    expect(findBrowser({ CHROME_PATH: '/c/cp' }, all)).toBe('/c/cp');
  });

  it('treats empty variables as unset', () => {
    expect(findBrowser({ ROTATION_BRIEF_CHROME: '', CHROME_PATH: ' ' }, all)).toBe(
      '/usr/bin/chromium',
    );
  });

  it('falls back to the well-known paths in order, the headless shell first', () => {
    expect(findBrowser({}, all)).toBe('/usr/bin/chromium');
    const shell = '/usr/bin/chromium-headless-shell';
    expect(findBrowser({}, only('/usr/bin/chromium', shell))).toBe(shell);
    expect(findBrowser({}, only('/usr/bin/google-chrome', '/snap/bin/chromium'))).toBe(
      '/usr/bin/google-chrome',
    );
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({}, only(mac))).toBe(mac);
    expect(WELL_KNOWN_BROWSER_PATHS.slice(0, 2)).toEqual([shell, '/usr/bin/chromium']);
  });

  it('names the variable and the path when a variable points at a missing file', () => {
    const error = briefErrorOf(() =>
      findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nope/chrome' }, all),
    );
    expect(error.kind).toBe('browser');
    expect(error.exitCode).toBe(ExitCode.browser);
    expect(error.message).toContain('PUPPETEER_EXECUTABLE_PATH');
    expect(error.message).toContain('/nope/chrome');
  });

  it('does not fall through past a broken variable to a well-known browser', () => {
    expect(() => findBrowser({ ROTATION_BRIEF_CHROME: '/gone' }, all)).toThrow(
      /ROTATION_BRIEF_CHROME/,
    );
  });

  it('fails with exit code 5 and an install hint when nothing is found', () => {
    const error = briefErrorOf(() => findBrowser({}, () => false));
    expect(error.message).toBe('no Chrome or Chromium found');
    expect(error.exitCode).toBe(5);
    expect(error.hint).toBe(NO_BROWSER_HINT);
    expect(error.hint).toContain('apt-get install chromium');
    expect(error.hint).toContain('ROTATION_BRIEF_CHROME=');
  });

  it('asks only about the paths it needs', () => {
    const asked: string[] = [];
    findBrowser({ CHROME_PATH: '/c/cp' }, (p) => (asked.push(p), true));
    expect(asked).toEqual(['/c/cp']);
  });
});
