/**
 * The browser's life with the real Chromium: a frozen browser is killed at
 * a deadline, a dead one is relaunched by the next print, kill() and close()
 * leave no process or profile folder, Chromium gets an allow-listed
 * environment, and puppeteer installs no signal handlers.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ENV_NAMES } from '../../src/deliver/browser/chromiumEnv.js';
import { openChromiumPrinter, type PdfPrinter } from '../../src/deliver/pdfPrinter.js';
import { BriefError } from '../../src/errors.js';
import { readPdf } from '../helpers/pdfText.js';
import {
  browserPids,
  eventually,
  groupMembers,
  PRINT,
  printerOptions,
  processesMentioning,
  profileDirs,
  scratchTmp,
  TEST_DEADLINES,
} from './browser/chromiumHarness.js';

const opened: PdfPrinter[] = [];
afterEach(() => {
  for (const printer of opened.splice(0)) printer.kill();
});

async function open(tmp: string, env = process.env, deadlines = TEST_DEADLINES) {
  const printer = await openChromiumPrinter({ ...printerOptions(tmp, deadlines), env })();
  opened.push(printer);
  return printer;
}

/** The one Chromium main process of `tmp`, after checking there is exactly one. */
function onlyBrowser(tmp: string): number {
  const pids = browserPids(tmp);
  expect(pids).toHaveLength(1);
  return pids[0]!;
}

/** True once no process mentions `tmp` on its command line and no profile folder is left. */
function allGone(tmp: string): boolean {
  return processesMentioning(tmp).length === 0 && profileDirs(tmp).length === 0;
}

async function printsText(printer: PdfPrinter, text: string): Promise<void> {
  const doc = await readPdf(await printer.print(`<h1>${text}</h1>`, PRINT));
  expect(doc.text).toContain(text);
}

describe('deadlines', () => {
  it('a frozen Chromium fails the print at the deadline and is killed, folder and all', async () => {
    const tmp = scratchTmp();
    const short = { ...TEST_DEADLINES, setContent: 1500, pdf: 1500, close: 1000 };
    const printer = await open(tmp, process.env, short);
    const pid = onlyBrowser(tmp);
    process.kill(-pid, 'SIGSTOP'); // the whole group: browser, zygotes, renderers
    const started = performance.now();
    const error = await printer.print('<p>x</p>', PRINT).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(BriefError);
    expect(error).toMatchObject({ kind: 'browser', exitCode: 5 });
    // The printer opens its first page in the background (prewarmPage): the freeze meets that
    // step or, when the page was already open, loading the HTML.
    expect((error as BriefError).message).toMatch(
      /^Chromium did not finish (opening a page|loading the HTML) within 1\.5 s; the browser was stopped$/,
    );
    expect((error as BriefError).hint).toMatch(/rerun/);
    expect(elapsed).toBeLessThan(1500 + 5000); // not hung: the deadline, plus a busy machine's slack
    expect(await eventually(() => allGone(tmp), 5000)).toBe(true);
  });

  it('close() of a frozen Chromium ends it, folder and all', async () => {
    const tmp = scratchTmp();
    const printer = await open(tmp, process.env, { ...TEST_DEADLINES, close: 1000 });
    process.kill(-onlyBrowser(tmp), 'SIGSTOP');
    await printer.close();
    expect(await eventually(() => allGone(tmp), 5000)).toBe(true);
  });
});

describe('relaunching', () => {
  it('the print after Chromium was killed relaunches it and prints', async () => {
    const tmp = scratchTmp();
    const printer = await open(tmp);
    await printsText(printer, 'First');
    const first = onlyBrowser(tmp);
    process.kill(-first, 'SIGKILL'); // a crash, from outside
    expect(await eventually(() => browserPids(tmp).length === 0, 5000)).toBe(true);
    await printsText(printer, 'Second');
    expect(onlyBrowser(tmp)).not.toBe(first);
    expect(profileDirs(tmp)).toHaveLength(1); // the dead browser's folder is gone
    await printer.close();
    expect(await eventually(() => allGone(tmp), 5000)).toBe(true);
  });

  it('parallel prints after a crash share one relaunch', async () => {
    const tmp = scratchTmp();
    const printer = await open(tmp);
    process.kill(-onlyBrowser(tmp), 'SIGKILL');
    expect(await eventually(() => browserPids(tmp).length === 0, 5000)).toBe(true);
    await Promise.all(['A', 'B', 'C'].map((text) => printsText(printer, `Page ${text}`)));
    onlyBrowser(tmp);
    await printer.close();
  });
});

describe('kill() and close()', () => {
  it('kill() removes the folder at once and the processes promptly; later prints fail', async () => {
    const tmp = scratchTmp();
    const printer = await open(tmp);
    const pid = onlyBrowser(tmp);
    printer.kill();
    expect(profileDirs(tmp)).toEqual([]); // synchronously
    expect(await eventually(() => allGone(tmp), 5000)).toBe(true);
    expect(await eventually(() => groupMembers(pid).length === 0, 5000)).toBe(true);
    printer.kill(); // twice is fine
    await printer.close(); // and close after kill
    await expect(printer.print('<p>x</p>', PRINT)).rejects.toMatchObject({
      kind: 'browser',
      message: 'printing the PDF failed: the browser was already closed',
    });
  });

  it('close() ends Chromium and removes its folder; kill() after close is a no-op', async () => {
    const tmp = scratchTmp();
    const printer = await open(tmp);
    await printsText(printer, 'Closing');
    await printer.close();
    expect(allGone(tmp)).toBe(true);
    printer.kill();
  });
});

describe('what Chromium is given', () => {
  it('an allow-listed environment: no SMTP password or other secret', async () => {
    const tmp = scratchTmp();
    const env = {
      ...process.env,
      ROTATION_BRIEF_SMTP_PASSWORD: 'hunter2-smtp',
      ROTATION_BRIEF_SMTP_USER: 'brief@example.com',
      AWS_SECRET_ACCESS_KEY: 'aws-secret',
      GITHUB_TOKEN: 'ghp_secret',
      LANG: 'en_US.UTF-8',
      TZ: 'UTC',
      XDG_CACHE_HOME: '/tmp/xdg-cache',
    };
    await open(tmp, env);
    const environ = readFileSync(`/proc/${onlyBrowser(tmp)}/environ`, 'utf8');
    const given = new Map(
      environ
        .split('\0')
        .filter((entry) => entry.includes('='))
        .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
    );
    expect(environ).not.toMatch(/hunter2|brief@example|aws-secret|ghp_secret/);
    expect([...given.keys()].filter((name) => name.startsWith('ROTATION_BRIEF_'))).toEqual([]);
    expect(given.get('TZ')).toBe('UTC');
    expect(given.get('LANG')).toBe('en_US.UTF-8');
    expect(given.get('XDG_CACHE_HOME')).toBe('/tmp/xdg-cache');
    expect(given.get('PATH')).toBe(process.env['PATH']);
    // The Debian wrapper script adds its own (CHROME_WRAPPER, GOOGLE_API_KEY, ...) from
    // /etc/chromium.d; of the variables we had, only allow-listed ones arrive.
    // /bin/sh (the wrapper) sets PWD itself.
    const fromUs = [...given.keys()].filter((name) => Object.hasOwn(env, name) && name !== 'PWD');
    for (const name of fromUs) {
      expect(CHROMIUM_ENV_NAMES.includes(name) || /^(FONTCONFIG|XDG)_/.test(name), name).toBe(true);
    }
  });

  it('no signal handlers of puppeteer (the CLI handles SIGINT/SIGTERM itself)', async () => {
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'exit'] as const;
    const before = signals.map((s) => process.listenerCount(s));
    const printer = await open(scratchTmp());
    await printsText(printer, 'Signals');
    expect(signals.map((s) => process.listenerCount(s))).toEqual(before);
  });
});
