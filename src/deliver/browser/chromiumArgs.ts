/**
 * The command-line flags Chromium is launched with: quiet, container-safe,
 * cut off from the network, and the sandbox decision.
 */
import { NO_SANDBOX_ENV } from './launchFailure.js';

/**
 * Flags that keep Chromium off the network entirely, below request
 * interception (which misses `<link rel=prefetch>`, `preconnect` and
 * navigation preconnects): every host name and IP literal resolves to
 * nothing, and everything else goes through a proxy that does not resolve
 * either, loopback included (Chromium bypasses proxies for loopback unless
 * told `<-loopback>`).
 */
export const NO_NETWORK_ARGS: readonly string[] = [
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://proxy.invalid:9',
  '--proxy-bypass-list=<-loopback>',
];

/**
 * Flags passed on every launch, after puppeteer's own defaults. The
 * background-networking, component-update and sync flags stop Chromium from
 * phoning home; `--disable-dev-shm-usage` avoids crashes where /dev/shm is
 * small (containers, CI); {@link NO_NETWORK_ARGS} cut it off.
 *
 * `--font-render-hinting=none`: Chromium's headless shell hints glyph advances to whole pixels
 * unless told otherwise, which widens every line of text and moves line breaks and chart labels;
 * unhinted, it lays text out exactly as the full browser does (same text positions, the same
 * pages pixel for pixel). The full browser's headless mode already lays text out unhinted: there
 * the flag changes nothing (the same PDF bytes).
 */
export const BASE_CHROMIUM_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  ...NO_NETWORK_ARGS,
];

/** What decides the sandbox. */
export interface SandboxContext {
  env: Record<string, string | undefined>;
  /** True when running as uid 0. */
  isRoot: boolean;
}

/**
 * Whether to pass `--no-sandbox`.
 *
 * Chromium refuses to start as root with its sandbox on, so root (a
 * container, this machine) always gets `--no-sandbox`. Otherwise the sandbox
 * stays on unless `ROTATION_BRIEF_NO_SANDBOX=1` (or puppeteer's own
 * `PUPPETEER_DANGEROUS_NO_SANDBOX=true`). On Ubuntu 24.04 runners AppArmor
 * blocks the unprivileged user namespaces the sandbox needs; the workflow
 * should lift that restriction
 * (`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`) rather
 * than the tool turning the sandbox off for everyone.
 */
export function needsNoSandbox(context: SandboxContext): boolean {
  if (context.isRoot) return true;
  if (context.env['PUPPETEER_DANGEROUS_NO_SANDBOX'] === 'true') return true;
  const flag = context.env[NO_SANDBOX_ENV]?.trim().toLowerCase();
  return flag === '1' || flag === 'true' || flag === 'yes';
}

/** Our flags for a launch in `context` (puppeteer's defaults come first). */
export function chromiumArgs(context: SandboxContext): string[] {
  const args = [...BASE_CHROMIUM_ARGS];
  if (needsNoSandbox(context)) args.push('--no-sandbox');
  return args;
}
