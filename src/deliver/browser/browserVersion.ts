/**
 * The oldest Chromium the printer works with. The header and footer bands are CSS page-margin
 * boxes (printBands.ts), which Chromium draws from version 131 on (the version puppeteer-core 24
 * was released for); an older one would print the brief without them, silently.
 */
import { BriefError } from '../../errors.js';

/** Chromium's first version with CSS page-margin boxes. */
export const MIN_CHROMIUM_MAJOR = 131;

/**
 * Throws BriefError('browser') when `version` (as `Browser.version()` gives it, e.g.
 * `HeadlessChrome/156.0.8078.114`) names a Chromium older than {@link MIN_CHROMIUM_MAJOR}; a
 * version it cannot read is let through (other browsers' names vary).
 */
export function checkBrowserVersion(version: string, executable: string): void {
  const major = /\/(\d+)\./.exec(version)?.[1];
  if (major === undefined || Number(major) >= MIN_CHROMIUM_MAJOR) return;
  throw new BriefError(
    'browser',
    `${executable} is ${version}; printing needs Chromium ${MIN_CHROMIUM_MAJOR} or later (it draws the page header and footer)`,
    'install a current chromium or google-chrome, or point ROTATION_BRIEF_CHROME at one',
  );
}
