/**
 * The message settings of the email (who, to whom, subject, links, unsubscribe), read from the
 * environment: `ROTATION_BRIEF_MAIL_FROM`, `ROTATION_BRIEF_MAIL_TO`, `ROTATION_BRIEF_MAIL_SUBJECT`,
 * `ROTATION_BRIEF_SITE_URL` and the unsubscribe variables (unsubscribe.ts). The SMTP server
 * settings are in {@link readSmtpConfig}. A dry run needs none of them: a missing sender or
 * recipient list is replaced by a placeholder on the reserved `.invalid` domain.
 */
import Handlebars from 'handlebars';
import { BriefError } from '../../errors.js';
import { describeParseError } from '../../render/templateErrors.js';
import { envValue, type Env } from './envValue.js';
import { parseAddressList, type MailAddress } from './parseAddressList.js';
import { readUnsubscribeConfig, type UnsubscribeConfig } from './unsubscribe.js';

/**
 * Default subject: a Handlebars template over summary.json (see renderSubject.ts). The headline
 * comes first, so the 35 to 45 characters a phone shows of a subject carry the day's story and
 * figures; the sender's name already says which newsletter it is. It ends with the session as a
 * short date with its year, "(Apr 3, 2025)": readable, and unambiguous for an old session
 * (a backfilled or resent brief).
 */
export const DEFAULT_SUBJECT = '{{headline}} ({{dateShort}})';

/** Validated message settings. */
export interface MailConfig {
  readonly from: MailAddress;
  readonly to: readonly MailAddress[];
  /** Handlebars template over summary.json (syntax already checked). */
  readonly subjectTemplate: string;
  /** Base URL of the online archive, ending in `/`; null when not set (no link in the email). */
  readonly siteUrl: string | null;
  /** How to unsubscribe (default: a mailto of the sender, subject "unsubscribe"). */
  readonly unsubscribe?: UnsubscribeConfig;
  /** The variables a dry run replaced by a placeholder (none when absent). */
  readonly placeholders?: readonly string[];
}

/** Stand-ins for a dry run without ROTATION_BRIEF_MAIL_FROM / _TO (`.invalid` never resolves). */
export const PLACEHOLDER_FROM = 'Rotation Brief <rotation-brief@example.invalid>';
export const PLACEHOLDER_TO = 'subscriber@example.invalid';

export const SITE_URL_VAR = 'ROTATION_BRIEF_SITE_URL';

function required(env: Env, name: string): string {
  const v = envValue(env, name);
  if (v === null)
    throw new BriefError('usage', `${name} is not set`, `set ${name} to send the brief by email`);
  return v;
}

function readFrom(env: Env, text: string): MailAddress {
  const name = 'ROTATION_BRIEF_MAIL_FROM';
  const list = parseAddressList(text, name);
  if (list.length !== 1)
    throw new BriefError('usage', `${name} must hold exactly one address, got ${list.length}`);
  return list[0] as MailAddress;
}

function readSubject(env: Env): string {
  const name = 'ROTATION_BRIEF_MAIL_SUBJECT';
  const template = envValue(env, name) ?? DEFAULT_SUBJECT;
  try {
    Handlebars.parse(template);
  } catch (e) {
    throw new BriefError(
      'usage',
      `${name}: not a valid Handlebars template (${describeParseError(template, e).problem})`,
      `e.g. ${DEFAULT_SUBJECT}`,
    );
  }
  return template;
}

function readSiteUrl(env: Env): string | null {
  const name = SITE_URL_VAR;
  const v = envValue(env, name);
  if (v === null) return null;
  const hint =
    'give the base URL of the published reports folder, e.g. https://example.github.io/rotation-brief/';
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new BriefError('usage', `${name} is not a URL`, hint);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new BriefError('usage', `${name} must be an http(s) URL`, hint);
  if (url.username || url.password)
    throw new BriefError('usage', `${name} must not carry a user name or password`, hint);
  if (url.search || url.hash)
    throw new BriefError('usage', `${name} must not have a query or fragment`, hint);
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Read and validate the message settings from `env`; with `dryRun`, a missing sender or
 * recipient list is replaced by a placeholder (named in `placeholders`).
 *
 * @throws BriefError('usage') naming the missing or invalid variable.
 */
export function readMailConfig(env: Env, o: { dryRun?: boolean } = {}): MailConfig {
  const placeholders: string[] = [];
  const value = (name: string, placeholder: string) => {
    if (o.dryRun !== true || envValue(env, name) !== null) return required(env, name);
    placeholders.push(name);
    return placeholder;
  };
  const from = readFrom(env, value('ROTATION_BRIEF_MAIL_FROM', PLACEHOLDER_FROM));
  const toVar = 'ROTATION_BRIEF_MAIL_TO';
  return {
    from,
    to: parseAddressList(value(toVar, PLACEHOLDER_TO), toVar),
    subjectTemplate: readSubject(env),
    siteUrl: readSiteUrl(env),
    unsubscribe: readUnsubscribeConfig(env, from),
    placeholders,
  };
}
