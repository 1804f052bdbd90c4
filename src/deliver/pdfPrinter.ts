/**
 * The PDF printer effect: one browser for a run; a page per print in flight, reused by later
 * prints after a clean print (a backfill's workers each keep one). Tests pass a fake; the CLI
 * passes {@link openChromiumPrinter}.
 */
import { BriefError } from '../errors.js';
import { BrowserSlot } from './browser/browserSlot.js';
import { PagePool } from './browser/pagePool.js';
import { DEFAULT_DEADLINES, type BrowserDeadlines } from './browser/deadline.js';
import { findBrowser } from './findBrowser.js';
import { launchBrowser, type LaunchContext, type LaunchedBrowser } from './launchBrowser.js';
import { externalResourceError, prewarmPage, printPdf, type PrintOptions } from './printPdf.js';

/** Prints briefs to PDF; safe to use from several prints at once. */
export interface PdfPrinter {
  /**
   * Print `html`. A page that tried to reach anything (network, files) is a
   * `BriefError('template')`; a browser failure or overrun deadline is a
   * `BriefError('browser')`.
   */
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  /** End the browser (killed: nothing of it is kept) and wait for it to exit. Idempotent. */
  close(): Promise<void>;
  /**
   * SIGKILL the browser's process group and remove its profile folder,
   * synchronously (for signal handlers). Prints in flight fail; later ones
   * too. Idempotent, also after {@link close}.
   */
  kill(): void;
}

/** Opens a printer; throws BriefError('browser') when no browser can be found or started. */
export type OpenPrinter = () => Promise<PdfPrinter>;

/** What {@link openChromiumPrinter} needs; the CLI wires the real values (realEffects.ts). */
export interface ChromiumPrinterOptions {
  /** Searched for the browser (findBrowser.ts); Chromium gets an allow-listed subset. */
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Running as uid 0 (Chromium then needs --no-sandbox). */
  isRoot: boolean;
  /** Where profile folders go. */
  tmpDir: string;
  /** The pid named in profile folders (this process). */
  ownerPid: number;
  /** Overrides of {@link DEFAULT_DEADLINES}, in ms. */
  deadlines?: Partial<BrowserDeadlines>;
  /**
   * A document printed once, and thrown away, on the first print's page while the brief is
   * computed (printWarmUp.ts), so that print is faster; none by default.
   */
  warmUp?: string;
}

/** Idle pages of each launched browser (a relaunched browser starts with none). */
const pools = new WeakMap<LaunchedBrowser, PagePool>();

function poolOf(launched: LaunchedBrowser): PagePool {
  const pool = pools.get(launched) ?? new PagePool();
  pools.set(launched, pool);
  return pool;
}

/**
 * Print on `launched`, in one of its idle pages if it has one; a template error when the page
 * tried to reach anything. `expired` tells, after a failure, whether a deadline killed it.
 */
async function printOn(
  launched: LaunchedBrowser,
  html: string,
  options: PrintOptions,
  deadlines: BrowserDeadlines,
): Promise<{ pdf: Uint8Array } | { error: unknown; expired: boolean }> {
  let expired = false;
  const expire = () => {
    expired = true;
    launched.kill();
  };
  try {
    const limits = { deadlines, expire };
    const result = await printPdf(launched.browser, html, options, limits, poolOf(launched));
    if (result.blockedRequests.length > 0) throw externalResourceError(result.blockedRequests);
    return { pdf: result.pdf };
  } catch (error) {
    return { error, expired };
  }
}

/**
 * A printer backed by a system Chrome/Chromium found from `env` and
 * well-known paths, launched when the printer opens. A print that finds the
 * browser dead (crashed, killed, or dying under it before the print's page
 * opened) relaunches it, once per print (see browserSlot.ts); a deadline
 * that passed is not retried.
 */
export function openChromiumPrinter(options: ChromiumPrinterOptions): OpenPrinter {
  const deadlines: BrowserDeadlines = { ...DEFAULT_DEADLINES, ...options.deadlines };
  const context: LaunchContext = { ...options, deadlines };
  return async () => {
    const executable = findBrowser(options.env, options.exists);
    const slot = new BrowserSlot(() => launchBrowser(executable, context));
    const launched = await slot.acquire();
    // The first print's page is opened in the background while the brief is computed; the
    // printer is ready (and can be killed) at once, and a print waits for the page first. Past
    // the page deadline the browser is killed and the first print fails with that error (a
    // deadline is not retried); any other failure leaves the print to open its own page.
    let expired = false;
    let warmFailure: unknown = null;
    const limits = {
      deadlines,
      expire: () => {
        expired = true;
        launched.kill();
      },
    };
    const warming = prewarmPage(launched.browser, poolOf(launched), limits, options.warmUp).catch(
      (error: unknown) => void (warmFailure = expired ? error : null),
    );
    return {
      async print(html, printOptions) {
        await warming;
        const failure = warmFailure;
        warmFailure = null;
        if (failure !== null) throw failure;
        const launched = await slot.acquire();
        const first = await printOn(launched, html, printOptions, deadlines);
        if ('pdf' in first) return first.pdf;
        const browserDied =
          first.error instanceof BriefError && first.error.kind === 'browser' && !first.expired;
        if (!browserDied || launched.isAlive()) throw first.error;
        const second = await printOn(await slot.acquire(), html, printOptions, deadlines);
        if ('pdf' in second) return second.pdf;
        throw second.error;
      },
      close: () => slot.close(deadlines.close),
      kill: () => slot.kill(),
    };
  };
}
