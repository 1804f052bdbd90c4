/**
 * Parsing and validation of the address variables (`ROTATION_BRIEF_MAIL_FROM`, `_TO`):
 * comma-separated mailboxes, each `name@example.com` or `Display Name <name@example.com>`;
 * a repeated address (compared without case) is kept once.
 */
import addressparser, { type Address } from 'nodemailer/lib/addressparser';
import { BriefError } from '../../errors.js';

/** One mailbox: an optional display name and the address. */
export interface MailAddress {
  readonly name: string;
  readonly address: string;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const ADDRESS = new RegExp(`^[a-z0-9!#$%&'*+/=?^_\`{|}~.-]+@${LABEL}(?:\\.${LABEL})+$`, 'i');

/** True when `address` is a plain `local@domain.tld` address (ASCII, no quoted local part). */
export function isValidAddress(address: string): boolean {
  return (
    ADDRESS.test(address) &&
    !address.startsWith('.') &&
    !address.includes('..') &&
    !/\.@/.test(address)
  );
}

function flatten(list: Address[]): { name: string; address: string }[] {
  return list.flatMap((a) => (a.group ? flatten(a.group) : [{ name: a.name, address: a.address }]));
}

/**
 * Parse the comma-separated address list held by the environment variable `variable`.
 *
 * @throws BriefError('usage') naming the variable and the first entry that is not an address.
 */
export function parseAddressList(value: string, variable: string): MailAddress[] {
  // A line break would start a header of its own ("a@b.org\nBcc: c@d.org" read as a group).
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new BriefError(
      'usage',
      `${variable} holds a line break or another control character`,
      'give addresses on one line, separated by commas',
    );
  const parsed = addressparser(value);
  const entries = flatten(parsed);
  // "a@b.org c@d.org" parses as one mailbox named "c@d.org": a missing comma, not a name.
  const named = value.includes('<') ? undefined : entries.find((e) => e.name.includes('@'));
  if (named)
    throw new BriefError(
      'usage',
      `${variable}: "${value.trim().slice(0, 80)}" reads as one address named "${named.name.slice(0, 40)}"; a comma missing?`,
      'separate addresses with commas, e.g. a@example.com, b@example.org',
    );
  if (entries.length === 0) {
    throw new BriefError(
      'usage',
      `${variable} holds no email address`,
      'give addresses separated by commas, e.g. a@example.com, B <b@example.org>',
    );
  }
  for (const e of entries) {
    if (!isValidAddress(e.address)) {
      const shown = (e.address || e.name).slice(0, 80);
      throw new BriefError(
        'usage',
        `${variable}: "${shown}" is not an email address`,
        'give addresses separated by commas, e.g. a@example.com, B <b@example.org>',
      );
    }
  }
  const seen = new Set<string>();
  return entries
    .filter((e) => !seen.has(e.address.toLowerCase()) && seen.add(e.address.toLowerCase()))
    .map((e) => ({ name: e.name, address: e.address }));
}
