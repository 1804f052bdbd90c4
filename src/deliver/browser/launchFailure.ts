/**
 * Explaining a failed Chromium start in one line, with a hint that says what
 * to do (sandbox, root, a broken executable).
 */
import { BriefError } from '../../errors.js';

/** Environment variable that turns Chromium's sandbox off when set to `1`/`true`. */
export const NO_SANDBOX_ENV = 'ROTATION_BRIEF_NO_SANDBOX';

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

/** What to do when Chromium's `text` says its sandbox stopped it; null when it does not. */
function sandboxHint(text: string): string | null {
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
  return null;
}

/** What to do about a launch failure caused by `cause`. */
export function launchHint(cause: unknown, executablePath: string): string {
  return (
    sandboxHint(messageOf(cause)) ??
    `check that \`${executablePath} --version\` runs, or set ROTATION_BRIEF_CHROME to another Chrome or Chromium`
  );
}

/** How many of its last output lines an executable that exited at start is quoted with. */
const QUOTED_LINES = 3;
/** Longest line quoted (characters). */
const MAX_QUOTED = 200;

/** "exit code 1" or "signal SIGSEGV", from ChromiumProcess.exitStatus()'s "Code: 1"/"Signal: …". */
function exitWords(status: string): string {
  return status.replace(/^Code: /, 'exit code ').replace(/^Signal: /, 'signal ');
}

/**
 * The error for an executable that exited by itself before its DevTools connection was ready
 * (`/bin/true`, a wrapper script, a Chromium that refused to start): its exit code or signal, and
 * Chromium's own ERROR/FATAL line or else its last few output lines.
 */
export function exitedAtStartError(
  executablePath: string,
  exit: { status: string; output: readonly string[] },
  cause?: unknown,
): BriefError {
  const lines = exit.output
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => (line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED - 1)}…` : line));
  const logged = lines.find((line) => /^\[[^\]]*:(ERROR|FATAL):[^\]]*\]/.test(line));
  const quoted =
    logged !== undefined ? [logged.replace(/^\[[^\]]*\]\s*/, '')] : lines.slice(-QUOTED_LINES);
  const said =
    quoted.length === 0 ? ', printing nothing' : `; its last output: ${quoted.join(' | ')}`;
  return new BriefError(
    'browser',
    `could not launch ${executablePath}: it exited (${exitWords(exit.status)}) before the browser was ready${said}`,
    sandboxHint(lines.join('\n')) ??
      `set ROTATION_BRIEF_CHROME to a Chrome or Chromium executable (\`${executablePath} --version\` must print a Chrome or Chromium version), or install Chromium (\`sudo apt-get install chromium-headless-shell\` on Debian)`,
    cause === undefined ? undefined : { cause },
  );
}

/**
 * The error for a start that failed with `cause`: when the process exited by itself (`exit`,
 * with Chromium's last output lines), {@link exitedAtStartError}, which quotes its reason.
 */
export function launchError(
  executablePath: string,
  cause: unknown,
  exit: { status: string; output: string[] } | null,
): BriefError {
  if (exit !== null) return exitedAtStartError(executablePath, exit, cause);
  return new BriefError(
    'browser',
    `could not launch ${executablePath}: ${launchFailureSummary(cause)}`,
    launchHint(cause, executablePath),
    { cause },
  );
}
