/**
 * Launching the system Chrome/Chromium (never a downloaded browser) in a way
 * we control: our own child process in its own process group, DevTools over
 * pipes, a minimal environment, a profile folder named for its owner, no
 * network, and a deadline. One browser serves a whole run; each PDF gets its
 * own page (see printPdf.ts).
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'puppeteer-core';
import { BriefError } from '../errors.js';
import { chromiumEnv } from './browser/chromiumEnv.js';
import { checkBrowserVersion } from './browser/browserVersion.js';
import { spawnChromium, type ChromiumProcess } from './browser/chromiumProcess.js';
import { withDeadline, type BrowserDeadlines } from './browser/deadline.js';
import { launchError } from './browser/launchFailure.js';
import type { SandboxContext } from './browser/chromiumArgs.js';
import { launchArgs } from './browser/launchArgs.js';
import {
  createProfileDir,
  removeProfileDir,
  removeProfileDirInBackground,
} from './browser/profileDir.js';

/** Everything {@link launchBrowser} needs to know; nothing is read from the process. */
export interface LaunchContext extends SandboxContext {
  /** Where the profile folder is created (os.tmpdir() in the CLI). */
  tmpDir: string;
  /** The pid named in the profile folder: the process that owns the browser. */
  ownerPid: number;
  deadlines: Pick<BrowserDeadlines, 'launch' | 'protocol'>;
}

/** A launched browser and the means to end it. */
export interface LaunchedBrowser {
  readonly browser: Browser;
  readonly pid: number;
  readonly profileDir: string;
  /** Resolves once Chromium's main process has exited and its profile folder is gone. */
  readonly exited: Promise<void>;
  /** False once the process exited, was killed or the DevTools connection dropped. */
  isAlive(): boolean;
  /** SIGKILL the process group and remove the profile folder, synchronously; idempotent. */
  kill(): void;
  /**
   * SIGKILL the process group and remove the profile folder in the background (the files a run
   * writes next overlap the removal); resolves as {@link exited} does. Idempotent.
   */
  end(): Promise<void>;
}

function launched(browser: Browser, child: ChromiumProcess, profileDir: string): LaunchedBrowser {
  let killed = false;
  let removing: Promise<void> | null = null;
  const exited = child.exited
    .then(() => removing ?? removeProfileDir(profileDir))
    .catch(() => undefined);
  return {
    browser,
    pid: child.pid,
    profileDir,
    exited,
    isAlive: () => !killed && !child.hasExited() && browser.connected,
    kill: () => {
      killed = true;
      child.killGroup();
      removeProfileDir(profileDir);
    },
    end: () => {
      killed = true;
      child.killGroup();
      // Removed once the process is gone, so nothing writes to the folder while it is removed.
      removing ??= child.exited.then(() => removeProfileDirInBackground(profileDir));
      return exited;
    },
  };
}

/** What Chromium said, when it exited on its own within a second of the failure. */
async function exitedBySelf(
  child: ChromiumProcess,
): Promise<{ status: string; output: string[] } | null> {
  await Promise.race([child.exited, sleep(1000)]);
  const bySelf = child.hasExited();
  child.killGroup();
  await Promise.race([child.closed, sleep(1000)]);
  return bySelf ? { status: child.exitStatus(), output: child.output() } : null;
}

function checkExecutable(executablePath: string): void {
  if (existsSync(executablePath)) return;
  throw new BriefError(
    'browser',
    `could not launch ${executablePath}: no such file`,
    'set ROTATION_BRIEF_CHROME to a Chrome or Chromium executable',
  );
}

function newProfileDir(context: LaunchContext): Promise<string> {
  return createProfileDir(context.tmpDir, context.ownerPid).catch((cause: unknown) => {
    throw new BriefError(
      'browser',
      `could not create a Chromium profile folder in ${context.tmpDir}`,
      'check that the temporary folder (TMPDIR) exists and is writable',
      { cause },
    );
  });
}

/**
 * Launch `executablePath` headless, for printing only.
 *
 * Chromium runs as our child in its own process group with DevTools on
 * `--remote-debugging-pipe`: it exits by itself when this process dies
 * (even by SIGKILL) because the pipe closes, and {@link LaunchedBrowser.kill}
 * reaches every helper process. Its environment is {@link chromiumEnv}'s
 * allow-list, its profile folder is `<tmpDir>/rotation-brief-chromium-<ownerPid>-*`
 * (removed when it exits), and puppeteer installs no signal handlers.
 * A missing executable, a failed start (Chromium's own reason quoted), an
 * executable that exits before it is ready (at once, with its exit code and
 * last output) or a start slower than `deadlines.launch` is a
 * `BriefError('browser')`, after which no process or folder is left.
 */
export async function launchBrowser(
  executablePath: string,
  context: LaunchContext,
): Promise<LaunchedBrowser> {
  checkExecutable(executablePath);
  const profileDir = await newProfileDir(context);
  let child: ChromiumProcess | undefined;
  let expired = false;
  const start = async (): Promise<LaunchedBrowser> => {
    // Chromium first, puppeteer while it starts: the import (never paid by a --no-pdf run)
    // overlaps the browser's start-up instead of delaying it.
    const spawning = spawnChromium(
      executablePath,
      launchArgs(profileDir, context),
      chromiumEnv(context.env, profileDir, context.tmpDir),
    );
    const importing = import('./browser/connectCdp.js');
    importing.catch(() => undefined); // a failed spawn is reported first
    const chromium = (child = await spawning);
    if (expired) chromium.killGroup();
    const ready = (async () => {
      const { connectCdp } = await importing;
      const browser = await connectCdp(chromium.transport, context.deadlines.protocol);
      checkBrowserVersion(await browser.version(), executablePath);
      return launched(browser, chromium, profileDir);
    })();
    // An executable that exits before answering (/bin/true, a crash) fails the start at once;
    // the DevTools connection would wait for the deadline. The catch below says how it exited.
    const exitedFirst = chromium.exited.then(() => {
      throw new Error('the browser process exited before it was ready');
    });
    exitedFirst.catch(() => undefined);
    ready.catch(() => undefined);
    return Promise.race([ready, exitedFirst]);
  };
  const expire = () => {
    expired = true;
    child?.killGroup();
  };
  try {
    return await withDeadline(start(), 'starting', context.deadlines.launch, expire);
  } catch (cause) {
    // A BriefError is the deadline (or a version refused): already said; the rest is explained.
    const said = cause instanceof BriefError;
    const exit = child === undefined || said ? null : await exitedBySelf(child);
    expire();
    removeProfileDir(profileDir);
    void child?.exited.then(() => removeProfileDir(profileDir));
    throw said ? cause : launchError(executablePath, cause, exit);
  }
}
