/**
 * The PDF printer effect: one browser for a run, one page per PDF. Tests pass a fake;
 * the CLI passes {@link openChromiumPrinter}.
 */
import { BrowserSlot } from './browser/browserSlot.js';
import { DEFAULT_DEADLINES, type BrowserDeadlines } from './browser/deadline.js';
import { findBrowser } from './findBrowser.js';
import { launchBrowser, type LaunchContext } from './launchBrowser.js';
import { externalResourceError, printPdf, type PrintOptions } from './printPdf.js';

/** Prints briefs to PDF; safe to use from several prints at once. */
export interface PdfPrinter {
  /**
   * Print `html`. A page that tried to reach anything (network, files) is a
   * `BriefError('template')`; a browser failure or overrun deadline is a
   * `BriefError('browser')`.
   */
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  /** Close the browser, killing it if it does not exit in time. Idempotent. */
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
}

/**
 * A printer backed by a system Chrome/Chromium found from `env` and
 * well-known paths, launched when the printer opens and relaunched by the
 * next print after it died (see browserSlot.ts).
 */
export function openChromiumPrinter(options: ChromiumPrinterOptions): OpenPrinter {
  const deadlines: BrowserDeadlines = { ...DEFAULT_DEADLINES, ...options.deadlines };
  const context: LaunchContext = { ...options, deadlines };
  return async () => {
    const executable = findBrowser(options.env, options.exists);
    const slot = new BrowserSlot(() => launchBrowser(executable, context));
    await slot.acquire();
    return {
      async print(html, printOptions) {
        const launched = await slot.acquire();
        const expire = () => launched.kill();
        const result = await printPdf(launched.browser, html, printOptions, { deadlines, expire });
        if (result.blockedRequests.length > 0) throw externalResourceError(result.blockedRequests);
        return result.pdf;
      },
      close: () => slot.close(deadlines.close),
      kill: () => slot.kill(),
    };
  };
}
