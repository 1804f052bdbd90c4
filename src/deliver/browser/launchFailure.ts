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

/** What to do about a launch failure caused by `cause`. */
export function launchHint(cause: unknown, executablePath: string): string {
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
 * The error for a start that failed with `cause`; `output` (Chromium's own
 * last lines) is appended when the process exited by itself, puppeteer-style,
 * so the summary can quote Chromium's reason.
 */
export function launchError(
  executablePath: string,
  cause: unknown,
  exit: { status: string; output: string[] } | null,
): BriefError {
  const described =
    exit === null
      ? cause
      : new Error(
          `Failed to launch the browser process: ${exit.status}\n\nstderr:\n${exit.output.join('\n')}`,
        );
  return new BriefError(
    'browser',
    `could not launch ${executablePath}: ${launchFailureSummary(described)}`,
    launchHint(described, executablePath),
    { cause },
  );
}
