/**
 * The PDF printer effect: one browser for a run, one page per PDF. Tests pass a fake;
 * the CLI passes {@link openChromiumPrinter}.
 */
import type { Browser } from 'puppeteer-core';
import { BriefError } from '../errors.js';
import { findBrowser } from './findBrowser.js';
import { launchBrowser } from './launchBrowser.js';
import { printPdf, type PrintOptions } from './printPdf.js';

export interface PdfPrinter {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Opens a printer; throws BriefError('browser') when no browser can be found or started. */
export type OpenPrinter = () => Promise<PdfPrinter>;

/** A printer backed by a system Chrome/Chromium found from `env` and well-known paths. */
export function openChromiumPrinter(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean,
  isRoot: boolean,
): OpenPrinter {
  return async () => {
    const executable = findBrowser(env, exists);
    const browser: Browser = await launchBrowser(executable, { env, isRoot });
    return {
      async print(html, options) {
        const { pdf, blockedRequests } = await printPdf(browser, html, options);
        if (blockedRequests.length > 0) {
          throw new BriefError(
            'template',
            `the brief tried to load ${blockedRequests.length} external resource(s), e.g. ${blockedRequests[0]}`,
            'a brief must be self-contained; check the templates and notes for external URLs',
          );
        }
        return pdf;
      },
      close: () => browser.close(),
    };
  };
}
