/**
 * The public base URLs of the archive, used only where absolute URLs are required: the site's
 * (the Atom feed's ids and links) and the releases' (the PDFs not published on the site, see
 * releaseAssets.ts). The HTML pages and manifests otherwise use relative links.
 */
import { BriefError } from '../../errors.js';

/** Environment variable naming the archive's public URL. */
export const SITE_URL_ENV = 'ROTATION_BRIEF_SITE_URL';

/** Used when the variable is unset: `.invalid` is reserved, so it can never resolve by accident. */
export const DEFAULT_SITE_URL = 'https://example.invalid/rotation-brief/';

/**
 * Check an absolute http(s) base URL from the environment variable `name`: no credentials,
 * query or fragment.
 *
 * @throws BriefError('usage') naming the variable (never echoing credentials).
 */
export function checkBaseUrl(text: string, name: string, example: string): URL {
  const fail = (what: string): never => {
    throw new BriefError('usage', `${name} ${what}`, `set it like ${example}`);
  };
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    fail('is not an absolute URL');
  }
  const u = url as URL;
  if (u.username !== '' || u.password !== '') fail('must not contain a user name or password');
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    fail(`must be an http or https URL, got ${u.protocol}`);
  if (u.search !== '' || u.hash !== '') fail(`must not have a query or fragment (${u.host})`);
  return u;
}

/**
 * Normalise a site URL: absolute http(s), no credentials, query or fragment, ending in `/`
 * (so `new URL('2026/…', site)` stays under a GitHub Pages sub-path). `undefined` or blank
 * gives {@link DEFAULT_SITE_URL}.
 *
 * @throws BriefError('usage') naming the variable (never echoing credentials).
 */
export function resolveSiteUrl(value: string | undefined): string {
  const text = value?.trim() ?? '';
  if (text === '') return DEFAULT_SITE_URL;
  const url = checkBaseUrl(text, SITE_URL_ENV, 'https://user.github.io/repo/');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}
