/**
 * Launching the system Chrome/Chromium with puppeteer-core (never a
 * downloaded browser). One browser serves a whole run; each PDF gets its own
 * page (see printPdf.ts).
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { BriefError } from '../errors.js';

/**
 * Flags passed on every launch. The background-networking, component-update
 * and sync flags stop Chromium from phoning home (a closed network refuses
 * those connections at every start); `--disable-dev-shm-usage` avoids crashes
 * where /dev/shm is small (containers, CI).
 */
export const BASE_CHROMIUM_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Environment variable that turns Chromium's sandbox off when set to `1`/`true`. */
export const NO_SANDBOX_ENV = 'ROTATION_BRIEF_NO_SANDBOX';

/** What {@link launchBrowser} needs to know about the process it runs in. */
export interface LaunchContext {
  env: Record<string, string | undefined>;
  /** True when running as uid 0. */
  isRoot: boolean;
}

/**
 * Whether to pass `--no-sandbox`.
 *
 * Chromium refuses to start as root with its sandbox on, so root (a
 * container, this machine) always gets `--no-sandbox`. Otherwise the sandbox
 * stays on unless `ROTATION_BRIEF_NO_SANDBOX=1` (puppeteer's own
 * `PUPPETEER_DANGEROUS_NO_SANDBOX=true` is honoured by puppeteer too). On
 * Ubuntu 24.04 runners AppArmor blocks the unprivileged user namespaces the
 * sandbox needs; the workflow should lift that restriction
 * (`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`) rather
 * than the tool turning the sandbox off for everyone.
 */
export function needsNoSandbox(context: LaunchContext): boolean {
  if (context.isRoot) return true;
  const flag = context.env[NO_SANDBOX_ENV]?.trim().toLowerCase();
  return flag === '1' || flag === 'true' || flag === 'yes';
}

/** The full argument list for a launch in `context`. */
export function chromiumArgs(context: LaunchContext): string[] {
  const args = [...BASE_CHROMIUM_ARGS];
  if (needsNoSandbox(context)) args.push('--no-sandbox');
  return args;
}

function currentContext(): LaunchContext {
  return { env: process.env, isRoot: process.getuid?.() === 0 };
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * One line describing a launch failure: the first line of the cause, plus
 * Chromium's own first ERROR/FATAL log line from the captured stderr (its
 * `[pid:tid:time:ERROR:file:line]` prefix dropped), which is what says why.
 */
export function launchFailureSummary(cause: unknown): string {
  const lines = messageOf(cause)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const first = lines[0] ?? 'unknown error';
  const logged = lines.find((line) => /^\[[^\]]*:(ERROR|FATAL):[^\]]*\]/.test(line));
  if (logged === undefined) return first;
  return `${first} (${logged.replace(/^\[[^\]]*\]\s*/, '')})`;
}

function launchHint(cause: unknown, executablePath: string): string {
  const text = messageOf(cause);
  if (/without --no-sandbox/i.test(text)) {
    return `Chromium will not run as root with its sandbox on: set ${NO_SANDBOX_ENV}=1`;
  }
  if (/no usable sandbox|namespace/i.test(text)) {
    return (
      'the Chromium sandbox cannot start (Ubuntu 24.04 restricts user namespaces): run ' +
      '`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`, or set ' +
      `${NO_SANDBOX_ENV}=1 inside a trusted container`
    );
  }
  return `check that \`${executablePath} --version\` runs, or set ROTATION_BRIEF_CHROME to another Chrome or Chromium`;
}

/**
 * Launch `executablePath` headless. The DevTools connection is puppeteer's
 * default (a WebSocket on a random 127.0.0.1 port) rather than `pipe: true`,
 * because only then does a failed start report Chromium's stderr, which
 * holds the reason (sandbox, missing libraries).
 *
 * puppeteer creates a fresh temporary `--user-data-dir` (os.tmpdir()) for
 * each launch and deletes it when the browser closes, so runs never share a
 * profile or leave one behind. A missing executable is reported before
 * launching, because puppeteer-core 24 creates that directory first and
 * leaves it behind when the path does not exist. Failure is a `BriefError('browser')` naming
 * the path and the first line of the cause.
 *
 * @param context defaults to the current process's env and uid
 */
export async function launchBrowser(
  executablePath: string,
  context: LaunchContext = currentContext(),
): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new BriefError(
      'browser',
      `could not launch ${executablePath}: no such file`,
      'set ROTATION_BRIEF_CHROME to a Chrome or Chromium executable',
    );
  }
  try {
    // Imported on first use: loading puppeteer costs ~0.3 s that a --no-pdf run should not pay.
    const { default: puppeteer } = await import('puppeteer-core');
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: chromiumArgs(context),
      env: context.env,
      timeout: 30_000,
    });
  } catch (cause) {
    throw new BriefError(
      'browser',
      `could not launch ${executablePath}: ${launchFailureSummary(cause)}`,
      launchHint(cause, executablePath),
      { cause },
    );
  }
}
