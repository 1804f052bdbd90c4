/**
 * The environment Chromium is started with: an allow-list, so secrets in the
 * CLI's own environment (ROTATION_BRIEF_SMTP_PASSWORD, tokens, keys) never
 * reach the browser or the pages it renders.
 */

/** Variables passed through unchanged when set. */
export const CHROMIUM_ENV_NAMES: readonly string[] = [
  'PATH',
  'HOME',
  'TMPDIR',
  'TZ',
  'LANG',
  'LANGUAGE',
  'LC_ALL',
];

/** Prefixes of variables passed through (font configuration, XDG base directories). */
export const CHROMIUM_ENV_PREFIXES: readonly string[] = ['FONTCONFIG_', 'XDG_'];

/** PATH when the caller has none: the Debian/Ubuntu `chromium` wrapper is a shell script. */
export const FALLBACK_PATH = '/usr/local/bin:/usr/bin:/bin';

function allowed(name: string): boolean {
  return (
    CHROMIUM_ENV_NAMES.includes(name) ||
    CHROMIUM_ENV_PREFIXES.some((prefix) => name.startsWith(prefix))
  );
}

/**
 * The allow-listed subset of `env` (unset and empty values dropped). PATH
 * falls back to {@link FALLBACK_PATH}; HOME falls back to `profileDir`, so
 * Chromium never writes into a home folder it was not given. TMPDIR is `tmpDir` (the folder the
 * profile is in), so the socket folder Chromium makes there sits beside the profile and is
 * removed with it (socketDir.ts).
 */
export function chromiumEnv(
  env: Record<string, string | undefined>,
  profileDir: string,
  tmpDir?: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value !== '' && allowed(name)) out[name] = value;
  }
  out['PATH'] ??= FALLBACK_PATH;
  out['HOME'] ??= profileDir;
  if (tmpDir !== undefined) out['TMPDIR'] = tmpDir;
  return out;
}
