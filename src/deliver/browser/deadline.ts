/**
 * Deadlines on browser steps. A step that outlives its deadline means
 * Chromium hung (or the machine is starved): the browser is killed and the
 * step fails with a `BriefError('browser')` naming the step and the limit.
 */
import { BriefError } from '../../errors.js';

/** Milliseconds each browser step may take. */
export interface BrowserDeadlines {
  /** Starting Chromium until its DevTools connection answers. */
  launch: number;
  /** Opening a page and loading the HTML into it. */
  setContent: number;
  /** Printing the loaded page to PDF. */
  pdf: number;
  /** Closing a page, or the browser until its process exited. */
  close: number;
  /** puppeteer's limit on any single DevTools call (a backstop above the others). */
  protocol: number;
}

/** Defaults: generous for a slow CI machine, finite for a hung browser. */
export const DEFAULT_DEADLINES: Readonly<BrowserDeadlines> = {
  launch: 30_000,
  setContent: 30_000,
  pdf: 60_000,
  close: 5_000,
  protocol: 90_000,
};

/** `ms` for people: "750 ms", "5 s", "1.5 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

/** The error for `step` overrunning `ms`. */
export function deadlineError(step: string, ms: number): BriefError {
  return new BriefError(
    'browser',
    `Chromium did not finish ${step} within ${formatDuration(ms)}; the browser was stopped`,
    'rerun, and if it happens again check that Chromium ' +
      'runs (`chromium --headless --version`) and that the machine has free memory and CPU',
  );
}

/**
 * `work`, or a rejection with {@link deadlineError} once `ms` have passed,
 * after calling `expire` (which kills the browser). The timer is cleared as
 * soon as `work` settles.
 */
export function withDeadline<T>(
  work: Promise<T>,
  step: string,
  ms: number,
  expire: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expire();
      reject(deadlineError(step, ms));
    }, ms);
  });
  // A late rejection of the abandoned work must not become an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, overrun]).finally(() => clearTimeout(timer));
}
