/**
 * ROTATION_BRIEF_SITE_URL for `brief`: the feed's absolute links and the email's links to the
 * online brief, its PDF and the archive need it. Without it a manual run warns (the feed falls back
 * to https://example.invalid/, the email goes without links); a `--fresh` (scheduled) run fails
 * before building anything, since it would publish and mail those placeholders every day.
 */
import { SITE_URL_VAR } from '../deliver/email/mailConfig.js';
import { BriefError } from '../errors.js';

const isSet = (env: Readonly<Record<string, string | undefined>>) =>
  (env[SITE_URL_VAR] ?? '').trim() !== '';

/**
 * The warning for a run without the site URL (null when it is set).
 *
 * @throws BriefError('usage') when it is not set and `required` (a --fresh run).
 */
export function siteUrlWarning(
  env: Readonly<Record<string, string | undefined>>,
  required: boolean,
): string | null {
  if (isSet(env)) return null;
  if (required)
    throw new BriefError(
      'usage',
      `--fresh: ${SITE_URL_VAR} is not set: the feed and the email would have no real links`,
      `set ${SITE_URL_VAR} to the public URL of the reports folder, e.g. https://user.github.io/rotation-brief/`,
    );
  return `Warning: ${SITE_URL_VAR} is not set: the feed's links point to https://example.invalid/ and an email has no links to the online brief`;
}
