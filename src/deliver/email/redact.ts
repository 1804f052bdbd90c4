/**
 * Removal of credentials from text before it reaches an error message or a log line. Every
 * message built from something the SMTP library or the server said goes through {@link redact}.
 */

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;

/** The spellings of `secret` a message may carry: as is, percent-encoded, and base64. */
function spellings(secret: string): string[] {
  const forms = new Set<string>([secret, encodeURIComponent(secret)]);
  forms.add(Buffer.from(secret, 'utf8').toString('base64'));
  forms.add(Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''));
  return [...forms].filter((s) => s.length > 0);
}

/**
 * `text` with every secret (and its percent-encoded and base64 forms) replaced by
 * {@link REDACTED}, and the user-info part of any `scheme://user:pass@` URL dropped.
 * Empty secrets are ignored; longer secrets are replaced first.
 */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text.replace(URL_USERINFO, `$1${REDACTED}@`);
  const forms = secrets
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .flatMap(spellings)
    .sort((a, b) => b.length - a.length);
  for (const form of forms) out = out.split(form).join(REDACTED);
  return out;
}

const ADDRESS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

/** `text` with the local part of every email address replaced: `***@example.com`. */
export function redactAddresses(text: string): string {
  return text.replace(ADDRESS, '***@$1');
}
