/**
 * How a subscriber stops the email, configured by `ROTATION_BRIEF_UNSUBSCRIBE_MAILTO` (default:
 * the sender's address) and, optionally, `ROTATION_BRIEF_UNSUBSCRIBE_URL` (an https endpoint for
 * one-click unsubscription). Every message carries `List-Unsubscribe` (RFC 2369) with
 * `<mailto:ADDRESS?subject=unsubscribe>` and, when the URL is set, `<URL?email=RECIPIENT>` plus
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058, which requires an https URI);
 * the footer of both bodies names the same ways.
 */
import { BriefError } from '../../errors.js';
import { envValue, type Env } from './envValue.js';
import { parseAddressList, type MailAddress } from './parseAddressList.js';

export const UNSUBSCRIBE_MAILTO_ENV = 'ROTATION_BRIEF_UNSUBSCRIBE_MAILTO';
export const UNSUBSCRIBE_URL_ENV = 'ROTATION_BRIEF_UNSUBSCRIBE_URL';

/** The subject an unsubscribe email carries. */
export const UNSUBSCRIBE_SUBJECT = 'unsubscribe';

/** Validated unsubscribe settings. */
export interface UnsubscribeConfig {
  /** Address that receives unsubscribe requests. */
  readonly mailto: string;
  /** One-click endpoint (https, no fragment), or null. */
  readonly url: string | null;
}

/** The unsubscribe details of one recipient's message. */
export interface Unsubscribe {
  readonly mailto: string;
  readonly subject: string;
  /** `mailto:ADDRESS?subject=unsubscribe`. */
  readonly mailtoHref: string;
  /** The one-click URL for this recipient, or null. */
  readonly url: string | null;
  /** `List-Unsubscribe` and, with a URL, `List-Unsubscribe-Post`. */
  readonly headers: Readonly<Record<string, string>>;
}

function readUrl(env: Env): string | null {
  const v = envValue(env, UNSUBSCRIBE_URL_ENV);
  if (v === null) return null;
  const hint = 'an https URL that accepts POST List-Unsubscribe=One-Click (RFC 8058)';
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new BriefError('usage', `${UNSUBSCRIBE_URL_ENV} is not a URL`, hint);
  }
  if (url.protocol !== 'https:')
    throw new BriefError('usage', `${UNSUBSCRIBE_URL_ENV} must be an https URL`, hint);
  if (url.username || url.password || url.hash)
    throw new BriefError(
      'usage',
      `${UNSUBSCRIBE_URL_ENV} must not carry a user name, password or fragment`,
      hint,
    );
  return url.href;
}

/**
 * Read the unsubscribe settings; the mailto defaults to `from`'s address.
 *
 * @throws BriefError('usage') naming the invalid variable.
 */
export function readUnsubscribeConfig(env: Env, from: MailAddress): UnsubscribeConfig {
  const text = envValue(env, UNSUBSCRIBE_MAILTO_ENV);
  const list = text === null ? [from] : parseAddressList(text, UNSUBSCRIBE_MAILTO_ENV);
  if (list.length !== 1)
    throw new BriefError('usage', `${UNSUBSCRIBE_MAILTO_ENV} must hold exactly one address`);
  return { mailto: (list[0] as MailAddress).address, url: readUrl(env) };
}

/** The one-click URL of `recipient`: the configured URL with `email=ADDRESS` added. */
export function oneClickUrl(base: string, recipient: string): string {
  const url = new URL(base);
  url.searchParams.append('email', recipient);
  return url.href;
}

/** The unsubscribe headers and footer details for `recipient`'s message. */
export function unsubscribeFor(config: UnsubscribeConfig, recipient: string): Unsubscribe {
  const mailtoHref = `mailto:${config.mailto}?subject=${UNSUBSCRIBE_SUBJECT}`;
  const url = config.url === null ? null : oneClickUrl(config.url, recipient);
  const headers: Record<string, string> = {
    'List-Unsubscribe': url === null ? `<${mailtoHref}>` : `<${mailtoHref}>, <${url}>`,
  };
  if (url !== null) headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  return { mailto: config.mailto, subject: UNSUBSCRIBE_SUBJECT, mailtoHref, url, headers };
}
