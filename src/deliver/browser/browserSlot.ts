/**
 * The one browser of a run, relaunched when it died: after Chromium crashed,
 * was killed by a deadline or dropped its connection, the next print starts
 * a new one (one launch shared by the prints waiting for it) instead of every
 * remaining print of a backfill failing.
 */
import { BriefError } from '../../errors.js';
import type { LaunchedBrowser } from '../launchBrowser.js';
import { withDeadline } from './deadline.js';

function closedError(): BriefError {
  return new BriefError(
    'browser',
    'printing the PDF failed: the browser was already closed',
    'rerun to print the PDF',
  );
}

/** Holds the current browser; launches on demand, kills or closes on request. */
export class BrowserSlot {
  readonly #launch: () => Promise<LaunchedBrowser>;
  #current: LaunchedBrowser | null = null;
  #launching: Promise<LaunchedBrowser> | null = null;
  #closed = false;

  /** @param launch starts a browser (launchBrowser with its context) */
  constructor(launch: () => Promise<LaunchedBrowser>) {
    this.#launch = launch;
  }

  /**
   * The live browser, launching one when there is none or the last one died.
   * After {@link close} or {@link kill}, a `BriefError('browser')`.
   */
  acquire(): Promise<LaunchedBrowser> {
    if (this.#closed) return Promise.reject(closedError());
    const current = this.#current;
    if (current?.isAlive()) return Promise.resolve(current);
    if (this.#launching === null) {
      const launching = this.#relaunch(current);
      this.#launching = launching;
      const done = () => {
        if (this.#launching === launching) this.#launching = null;
      };
      launching.then(done, done);
    }
    return this.#launching;
  }

  async #relaunch(dead: LaunchedBrowser | null): Promise<LaunchedBrowser> {
    // A hung or disconnected browser may still be running: make sure it is gone.
    dead?.kill();
    this.#current = null;
    const launched = await this.#launch();
    if (this.#closed) {
      launched.kill();
      throw closedError();
    }
    this.#current = launched;
    return launched;
  }

  /** SIGKILL the browser (and one still starting, when it is up); synchronous, idempotent. */
  kill(): void {
    this.#closed = true;
    this.#current?.kill();
  }

  /**
   * End the browser and wait up to `ms` for its process to exit; the profile folder is removed.
   * Nothing of a run's browser is kept (its profile is thrown away), so it is killed rather than
   * asked to shut down, which costs a busy machine 100-200 ms a run. Idempotent.
   */
  async close(ms: number): Promise<void> {
    this.#closed = true;
    await this.#launching?.catch(() => undefined);
    const current = this.#current;
    if (current === null) return;
    await withDeadline(current.end(), 'closing the browser', ms, () => undefined).catch(
      () => undefined,
    );
  }
}
