/**
 * Where the PDFs live that are not published on the site: one GitHub release per year, tagged
 * `briefs-YYYY`, holding `rotation-brief-YYYY-MM-DD.pdf` for each session of the year (uploaded
 * by .github/scripts/release.sh, which uses the same names). The base URL is the releases'
 * download URL, `https://github.com/OWNER/REPO/releases/download` (env
 * ROTATION_BRIEF_RELEASES_URL; the workflows derive it from GITHUB_REPOSITORY).
 */
import { checkBaseUrl } from './siteUrl.js';

/** Environment variable naming the releases' download URL. */
export const RELEASES_URL_ENV = 'ROTATION_BRIEF_RELEASES_URL';

/** The tag (and name) of the release holding the PDFs of `year`. */
export function releaseTag(year: string): string {
  return `briefs-${year}`;
}

/** The asset name of the PDF of `date` (YYYY-MM-DD). */
export function releaseAssetName(date: string): string {
  return `rotation-brief-${date}.pdf`;
}

/** The download URL of the PDF of `date` under the normalised `base` (no trailing slash). */
export function releaseAssetUrl(base: string, date: string): string {
  return `${base}/${releaseTag(date.slice(0, 4))}/${releaseAssetName(date)}`;
}

/**
 * The page of the release of `year`, when `base` is GitHub's `.../releases/download` (else
 * null: another host's layout is not guessed).
 */
export function releasePageUrl(base: string, year: string): string | null {
  const m = /^(.*\/releases)\/download$/.exec(base);
  return m ? `${m[1]}/tag/${releaseTag(year)}` : null;
}

/**
 * Normalise the releases' download URL: absolute http(s), no credentials, query or fragment,
 * without a trailing slash. Unset or blank gives null: PDFs not on disk are not linked.
 *
 * @throws BriefError('usage') naming the variable.
 */
export function resolveReleasesUrl(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const url = checkBaseUrl(
    text,
    RELEASES_URL_ENV,
    'https://github.com/OWNER/REPO/releases/download',
  );
  return url.toString().replace(/\/+$/, '');
}
