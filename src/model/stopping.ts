/**
 * Stopping long waits when the run is asked to stop (SIGINT, SIGTERM): a retry's backoff, an HTTP
 * request or an SMTP attempt races the run's AbortSignal and loses to it at once, so a signal
 * ends the run with {@link Interrupted} (exit 130 or 143) instead of after the retries.
 */
import { Interrupted, stopSignalOf } from '../errors.js';

/** Being asked to stop. */
export interface Stop {
  /** Aborted when the run is asked to stop; the reason is the signal's name ('SIGINT'). */
  readonly signal: AbortSignal;
}

/** Throws {@link Interrupted} when `signal` has aborted; `kept` says what was left as it was. */
export function throwIfStopped(signal: AbortSignal, kept: string): void {
  if (signal.aborted) throw new Interrupted(stopSignalOf(signal), kept);
}

/**
 * `work`'s outcome, unless `signal` aborts first: then rejects with {@link Interrupted} at once
 * (`work` is left to settle unobserved; the caller aborts or closes what it was doing).
 */
export function unlessStopped<T>(work: Promise<T>, signal: AbortSignal, kept: string): Promise<T> {
  work.catch(() => undefined); // its rejection after a stop is nobody's business
  if (signal.aborted) return Promise.reject(new Interrupted(stopSignalOf(signal), kept));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Interrupted(stopSignalOf(signal), kept));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
