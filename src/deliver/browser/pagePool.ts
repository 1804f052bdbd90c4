/**
 * Idle printing pages of one browser, kept for the next print. Opening a page, guarding its
 * requests and closing it again costs a dozen DevTools round trips (50-250 ms on a busy 2-core
 * machine), which a backfill of hundreds of briefs would otherwise pay for each; a reused page
 * also has the brief's fonts decoded already. Only a page whose print succeeded and tried to
 * reach nothing is given back (see printPdf.ts); a failed or blocked print closes its page. A
 * page's renderer keeps some memory from every document it held, so a page is retired (closed
 * by the caller) after `maxUses` prints: memory stays bounded over thousands of briefs.
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
  readonly #uses = new WeakMap<GuardedPage, number>();

  constructor(
    readonly max = 8,
    readonly maxUses = 20,
  ) {}

  /** An idle page with an empty log, or undefined when there is none. */
  take(): GuardedPage | undefined {
    for (let guarded = this.#idle.pop(); guarded; guarded = this.#idle.pop()) {
      if (guarded.page.isClosed()) continue;
      guarded.log.clear();
      return guarded;
    }
    return undefined;
  }

  /**
   * Keep `guarded`, which has just printed, for a later print; false when the pool is full, the
   * page is closed or has printed `maxUses` times (the caller then closes it).
   */
  give(guarded: GuardedPage): boolean {
    const uses = (this.#uses.get(guarded) ?? 0) + 1;
    this.#uses.set(guarded, uses);
    if (this.#idle.length >= this.max || uses >= this.maxUses || guarded.page.isClosed())
      return false;
    this.#idle.push(guarded);
    return true;
  }

  /** Add a page opened ahead of any print (it has not printed: no use is counted). */
  prime(guarded: GuardedPage): void {
    this.#idle.push(guarded);
  }

  /** How many pages are idle. */
  get size(): number {
    return this.#idle.length;
  }
}
