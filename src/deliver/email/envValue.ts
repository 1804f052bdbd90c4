/**
 * Reading one environment variable for the email settings: blank values count as unset.
 */

/** The environment as passed in by the CLI (never `process.env` read here). */
export type Env = Readonly<Record<string, string | undefined>>;

/** `env[name]` trimmed, or null when unset or blank. */
export function envValue(env: Env, name: string): string | null {
  const v = env[name];
  if (v === undefined) return null;
  const t = v.trim();
  return t === '' ? null : t;
}
