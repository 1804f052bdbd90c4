/**
 * The command line Chromium is started with: puppeteer's own defaults for a headless launch
 * (tagged PDF, document outline, no first-run UI, ...), then ours (chromiumArgs.ts), then the
 * DevTools pipe. The defaults are written out here rather than asked of puppeteer, so Chromium
 * can be spawned before puppeteer is imported (~0.2 s of a one-brief run spent in parallel with
 * the browser starting instead of before it); a test checks that they are exactly what
 * `puppeteer.defaultArgs({ headless: true })` gives for the pinned puppeteer-core.
 */
import { chromiumArgs, needsNoSandbox, type SandboxContext } from './chromiumArgs.js';

/** puppeteer-core 24's `defaultArgs({ headless: true, userDataDir })`, before the profile flag. */
export const PUPPETEER_HEADLESS_ARGS: readonly string[] = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
];

/** Flags puppeteer puts after the profile folder for a headless launch (then `about:blank`). */
export const PUPPETEER_HEADLESS_TAIL: readonly string[] = [
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
  'about:blank',
];

/**
 * The whole command line for a launch with profile folder `profileDir` in `context`:
 * puppeteer's defaults, {@link chromiumArgs}, `--remote-debugging-pipe`; each flag once.
 */
export function launchArgs(profileDir: string, context: SandboxContext): string[] {
  const defaults = [
    ...PUPPETEER_HEADLESS_ARGS,
    `--user-data-dir=${profileDir}`,
    ...PUPPETEER_HEADLESS_TAIL,
    ...chromiumArgs(context),
  ];
  const sandboxOff = needsNoSandbox(context);
  const args = defaults.filter((arg) => arg !== '--no-sandbox' || sandboxOff);
  return [...new Set([...args, '--remote-debugging-pipe'])];
}
