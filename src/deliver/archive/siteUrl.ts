/**
 * The public base URL of the archive, used only where absolute URLs are required (the Atom
 * feed's ids and links). The HTML pages and manifest.json use relative links and do not need it.
 */
import { BriefError } from '../../errors.js';

/** Environment variable naming the archive's public URL. */
export const SITE_URL_ENV = 'ROTATION_BRIEF_SITE_URL';

/** Used when the variable is unset: `.invalid` is reserved, so it can never resolve by accident. */
export const DEFAULT_SITE_URL = 'https://example.invalid/rotation-brief/';

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
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BriefError(
      'usage',
      `${SITE_URL_ENV} is not an absolute URL`,
      'set it like https://user.github.io/repo/',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new BriefError(
      'usage',
      `${SITE_URL_ENV} must not contain a user name or password`,
      'set it like https://user.github.io/repo/',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BriefError(
      'usage',
      `${SITE_URL_ENV} must be an http or https URL, got ${url.protocol}`,
      'set it like https://user.github.io/repo/',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new BriefError(
      'usage',
      `${SITE_URL_ENV} must not have a query or fragment (${url.host})`,
      'set it like https://user.github.io/repo/',
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}
