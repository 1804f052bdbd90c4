/**
 * Locating a Chrome or Chromium executable to print with. Pure: the
 * environment and the file-existence check are passed in, so tests need no
 * browser and no real file system.
 */
import { BriefError } from '../errors.js';

/** Environment variables consulted, highest precedence first. */
export const BROWSER_ENV_VARS = [
  'ROTATION_BRIEF_CHROME',
  'PUPPETEER_EXECUTABLE_PATH',
  'CHROME_PATH',
] as const;

/**
 * Well-known install locations, tried in order after the variables. Chromium's headless shell
 * (Debian's `chromium-headless-shell`, the same Chromium without the desktop browser around it)
 * comes first: it starts in about half the time and CPU of the full browser's headless mode
 * and prints the same PDF (see BASE_CHROMIUM_ARGS for the one flag that takes).
 */
export const WELL_KNOWN_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The hint shown when no browser is found at all. */
export const NO_BROWSER_HINT =
  "install one with `sudo apt-get install chromium-headless-shell` (Debian; or `chromium`) or Google Chrome's .deb (Ubuntu, " +
  'whose chromium package is a snap wrapper), or set ROTATION_BRIEF_CHROME=/path/to/chrome';

/**
 * Return the path of the browser to launch.
 *
 * Order: `ROTATION_BRIEF_CHROME`, `PUPPETEER_EXECUTABLE_PATH`, `CHROME_PATH`
 * (an empty value counts as unset), then {@link WELL_KNOWN_BROWSER_PATHS}.
 * A variable that names a missing file is an error (exit code 5) naming the
 * variable and the path, rather than silently falling through to another
 * browser. Nothing found is an error whose hint says how to get one.
 *
 * @param env usually `process.env`
 * @param exists usually `fs.existsSync`
 */
export function findBrowser(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean,
): string {
  for (const name of BROWSER_ENV_VARS) {
    const value = env[name]?.trim();
    if (!value) continue;
    if (exists(value)) return value;
    throw new BriefError(
      'browser',
      `${name}=${value}: no such file`,
      `point ${name} at a Chrome or Chromium executable, or unset it to search the usual places`,
    );
  }
  const found = WELL_KNOWN_BROWSER_PATHS.find((path) => exists(path));
  if (found !== undefined) return found;
  throw new BriefError('browser', 'no Chrome or Chromium found', NO_BROWSER_HINT);
}
