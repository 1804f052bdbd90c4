/**
 * The SMTP server settings, read from the environment: either `ROTATION_BRIEF_SMTP_URL`
 * (`smtps://user:pass@host:465`, `smtp://user:pass@host:587`) or `ROTATION_BRIEF_SMTP_HOST`,
 * `_PORT`, `_USER`, `_PASSWORD`, `_SECURE`. `_PASSWORD` may also complete a URL without one (so
 * the URL can live in plain config and the password in a secret store). `_REQUIRE_TLS` (default:
 * true when logging in without implicit TLS) refuses to send the password over a connection
 * that STARTTLS did not encrypt. Error messages name variables, never their values.
 */
import { BriefError } from '../../errors.js';
import { envValue, type Env } from './envValue.js';

/** Validated SMTP settings. `auth.pass` is a secret: pass it to `redact`, never print it. */
export interface SmtpConfig {
  readonly host: string;
  readonly port: number;
  /** Implicit TLS from the first byte (usually port 465). */
  readonly secure: boolean;
  /** Without implicit TLS: fail unless the server offers STARTTLS. */
  readonly requireTls: boolean;
  readonly auth: { readonly user: string; readonly pass: string } | null;
}

const V = {
  url: 'ROTATION_BRIEF_SMTP_URL',
  host: 'ROTATION_BRIEF_SMTP_HOST',
  port: 'ROTATION_BRIEF_SMTP_PORT',
  user: 'ROTATION_BRIEF_SMTP_USER',
  pass: 'ROTATION_BRIEF_SMTP_PASSWORD',
  secure: 'ROTATION_BRIEF_SMTP_SECURE',
  requireTls: 'ROTATION_BRIEF_SMTP_REQUIRE_TLS',
} as const;

const usage = (message: string, hint?: string) => new BriefError('usage', message, hint);

function readBool(env: Env, name: string): boolean | null {
  const v = envValue(env, name)?.toLowerCase() ?? null;
  if (v === null) return null;
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  throw usage(`${name} must be true or false`);
}

function readPort(text: string, name: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 1 && port <= 65535))
    throw usage(`${name}: the port must be a number from 1 to 65535`);
  return port;
}

function decode(part: string, name: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw usage(
      `${name}: the ${what} is not validly percent-encoded`,
      'percent-encode @ : / % in the user name and password',
    );
  }
}

function authFrom(
  user: string | null,
  pass: string | null,
  userVar: string,
  passVar: string,
): SmtpConfig['auth'] {
  if (user === null && pass === null) return null;
  if (user === null) throw usage(`${passVar} is set but no user name is (${userVar})`);
  if (pass === null)
    throw usage(`${passVar} is not set (${userVar} is)`, `set ${passVar} from your secret store`);
  return { user, pass };
}

function fromUrl(env: Env, text: string): Omit<SmtpConfig, 'requireTls'> {
  const hint = 'expected smtps://USER:PASSWORD@HOST:465 or smtp://USER:PASSWORD@HOST:587';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw usage(`${V.url} is not a valid URL`, hint);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw usage(`${V.url} must start with smtp:// or smtps://`, hint);
  if (!url.hostname) throw usage(`${V.url} names no host`, hint);
  if (url.search || url.hash || (url.pathname !== '' && url.pathname !== '/'))
    throw usage(`${V.url} must not have a path, query or fragment`, hint);
  for (const v of [V.host, V.port, V.user, V.secure]) {
    if (envValue(env, v) !== null) throw usage(`set either ${V.url} or ${v}, not both`);
  }
  const secure = url.protocol === 'smtps:';
  const urlPass = url.password ? decode(url.password, V.url, 'password') : null;
  const envPass = envValue(env, V.pass);
  if (urlPass !== null && envPass !== null)
    throw usage(`${V.url} already holds a password: unset ${V.pass}`);
  const user = url.username ? decode(url.username, V.url, 'user name') : null;
  const auth = authFrom(user, urlPass ?? envPass, V.url, urlPass !== null ? V.url : V.pass);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return { host, port: url.port ? readPort(url.port, V.url) : secure ? 465 : 587, secure, auth };
}

function fromHost(env: Env): Omit<SmtpConfig, 'requireTls'> {
  const host = envValue(env, V.host);
  if (host === null)
    throw usage(
      `neither ${V.url} nor ${V.host} is set`,
      `set ${V.url} (smtps://USER:PASSWORD@HOST:465), or ${V.host} and its companions`,
    );
  if (!/^[a-z0-9.-]+$/i.test(host) && !/^[0-9a-f:]+$/i.test(host))
    throw usage(`${V.host} is not a host name or IP address`);
  const portText = envValue(env, V.port);
  const port = portText === null ? null : readPort(portText, V.port);
  const secure = readBool(env, V.secure) ?? port === 465;
  const auth = authFrom(envValue(env, V.user), envValue(env, V.pass), V.user, V.pass);
  return { host, port: port ?? (secure ? 465 : 587), secure, auth };
}

/**
 * Read and validate the SMTP settings from `env`.
 *
 * @throws BriefError('usage') naming the missing, conflicting or invalid variable (never a value).
 */
export function readSmtpConfig(env: Env): SmtpConfig {
  const url = envValue(env, V.url);
  const base = url === null ? fromHost(env) : fromUrl(env, url);
  const requireTls = readBool(env, V.requireTls) ?? (!base.secure && base.auth !== null);
  return { ...base, requireTls };
}

/** The values of `config` that must never appear in output: the password and the AUTH tokens. */
export function smtpSecrets(config: SmtpConfig): string[] {
  if (config.auth === null) return [];
  const { user, pass } = config.auth;
  return [pass, `\u0000${user}\u0000${pass}`, `${user}:${pass}`];
}
