/**
 * Typed errors. Every failure the user can cause or fix is a {@link BriefError}
 * with an exit code and a one-line hint naming the file, line, symbol or date.
 */

/** Process exit codes, documented in README ("Exit codes"). */
export const ExitCode = {
  ok: 0,
  /** Unexpected internal error (a bug): rerun with --debug for the stack. */
  internal: 1,
  /** Bad command line: unknown option, malformed --date, bad --paper. */
  usage: 2,
  /** Bad input data: CSV or config that fails validation, stale series. */
  data: 3,
  /** The explicit --date is not a New York trading session. */
  noSession: 4,
  /** No Chromium found, or printing the PDF failed (an HTML-only brief is written for a new date). */
  browser: 5,
  /** A template or note failed to render. */
  template: 6,
  /** Writing the output failed (permissions, disk). */
  output: 7,
  /** The email could not be delivered (SMTP refused or unreachable after retries). */
  delivery: 8,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export type ErrorKind = keyof typeof ExitCode;

/** An error meant for the user: `message` is one line, `hint` says what to do. */
export class BriefError extends Error {
  readonly kind: ErrorKind;
  readonly exitCode: ExitCodeValue;
  readonly hint: string | undefined;

  constructor(kind: ErrorKind, message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BriefError';
    this.kind = kind;
    this.exitCode = ExitCode[kind];
    this.hint = hint;
  }
}

/** Shorthand for a data-validation error located at `file:line`. */
export function dataError(file: string, line: number | null, problem: string, hint?: string) {
  const where = line === null ? file : `${file}:${line}`;
  return new BriefError('data', `${where}: ${problem}`, hint);
}

/** The signals the CLI stops on, and their exit codes (128 + the signal's number). */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT_CODES;

/**
 * The run was stopped by SIGTERM or SIGINT. Thrown where the work stops; the CLI exits with
 * 143 or 130. `done` says what was kept, e.g. "the previous brief for 2026-08-21 is unchanged".
 */
export class Interrupted extends Error {
  readonly signal: StopSignal;
  readonly exitCode: number;
  constructor(signal: StopSignal, done: string) {
    super(`interrupted by ${signal}: ${done}`);
    this.name = 'Interrupted';
    this.signal = signal;
    this.exitCode = SIGNAL_EXIT_CODES[signal];
  }
}

/** The signal an aborted `AbortSignal` was aborted with (SIGTERM when the reason is not one). */
export function stopSignalOf(signal: AbortSignal): StopSignal {
  return signal.reason === 'SIGINT' ? 'SIGINT' : 'SIGTERM';
}

/** What a failed file operation says: its errno code (ENOENT, EACCES, ...) or its message. */
export function errnoCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}
