/**
 * Idle printing pages of one browser, kept for the next print. Opening a page, guarding its
 * requests and closing it again costs a dozen DevTools round trips (50-250 ms on a busy 2-core
 * machine), which a backfill of hundreds of briefs would otherwise pay for each; a reused page
 * also has the brief's fonts decoded already. Only a page whose print succeeded and tried to
 * reach nothing is given back (see printPdf.ts); a failed or blocked print closes its page.
 */
import type { Page } from 'puppeteer-core';
import type { RequestLog } from './requestGuard.js';

/** A page with JavaScript off, requests guarded into `log` and print media emulated. */
export interface GuardedPage {
  readonly page: Page;
  readonly log: RequestLog;
}

/** Idle pages, last given first taken; at most `max` (the rest are closed by the caller). */
export class PagePool {
  readonly #idle: GuardedPage[] = [];

  constructor(readonly max = 8) {}

  /** An idle page with an empty log, or undefined when there is none. */
  take(): GuardedPage | undefined {
    for (let guarded = this.#idle.pop(); guarded; guarded = this.#idle.pop()) {
      if (guarded.page.isClosed()) continue;
      guarded.log.clear();
      return guarded;
    }
    return undefined;
  }

  /** Keep `guarded` for a later print; false when the pool is full or the page closed. */
  give(guarded: GuardedPage): boolean {
    if (this.#idle.length >= this.max || guarded.page.isClosed()) return false;
    this.#idle.push(guarded);
    return true;
  }

  /** How many pages are idle. */
  get size(): number {
    return this.#idle.length;
  }
}
