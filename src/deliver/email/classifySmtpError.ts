/**
 * The retry policy of email delivery, as a classification of what nodemailer rejected with.
 *
 * Retried (transient): connection failures (refused, reset, timed out, DNS: codes ECONNECTION,
 * ESOCKET, ETIMEDOUT, EDNS) and 4yz replies (421 busy, 451 local error, 454 temporary auth
 * failure ...), plus 503 (bad sequence: a new connection can succeed).
 * Not retried (permanent): every other 5yz reply (535 bad credentials: retrying a wrong password
 * only risks locking the account; 550/554 refused message), TLS failures (a STARTTLS the server
 * does not offer, implicit TLS against a plain port), a missing login, an invalid envelope, and
 * anything unrecognised. A reply to RCPT TO or DATA refuses one recipient's copy (`recipient`).
 */
import { redact } from './redact.js';

/** What went wrong, for the retry decision and the one-line error. */
export interface SmtpFailure {
  readonly retryable: boolean;
  /** `SMTP 535 on AUTH PLAIN`, or the system/nodemailer code (`ECONNREFUSED`, `ETIMEDOUT`). */
  readonly code: string;
  /** First line of the reply (without its code) or of the error, redacted, at most 160 chars. */
  readonly detail: string;
  readonly kind: 'auth' | 'connection' | 'tls' | 'rejected' | 'other';
  /**
   * The server refused this message for its recipient (a reply to RCPT TO or to the message
   * data), not the session: the other recipients' copies may still go through.
   */
  readonly recipient: boolean;
}

interface NodemailerError {
  code?: unknown;
  originalCode?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
  command?: unknown;
}

const TRANSIENT = new Set([
  'ECONNECTION',
  'ESOCKET',
  'ETIMEDOUT',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
]);
const AUTH_REPLIES = new Set([454, 530, 534, 535]);

const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);

function kindOf(
  code: string,
  system: string | null,
  reply: number | null,
  command: string,
): SmtpFailure['kind'] {
  if (code === 'ETLS' || code === 'EREQUIRETLS' || command === 'STARTTLS') return 'tls';
  if (system !== null && /^ERR_(SSL|TLS)_/.test(system)) return 'tls';
  if (code === 'EAUTH' || code === 'ENOAUTH' || (reply !== null && AUTH_REPLIES.has(reply)))
    return 'auth';
  if (reply !== null) return 'rejected';
  return TRANSIENT.has(code) ? 'connection' : 'other';
}

function isRetryable(kind: SmtpFailure['kind'], reply: number | null): boolean {
  if (reply !== null) return (reply >= 400 && reply < 500) || reply === 503;
  return kind === 'connection';
}

/** The first line of `raw`, redacted, without a leading reply code or OpenSSL's location noise. */
function detailOf(raw: string, secrets: readonly string[]): string {
  let line = (redact(raw, secrets).split(/\r?\n/)[0] ?? '').replace(
    /^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?/,
    '',
  );
  line = line.replace(/^.*SSL routines:[^:]*:([^:]+):.*$/, 'TLS: $1');
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Classify an error thrown by nodemailer's SMTP transport; `secrets` are redacted from the detail. */
export function classifySmtpError(error: unknown, secrets: readonly string[]): SmtpFailure {
  const e: NodemailerError =
    typeof error === 'object' && error !== null ? error : { message: String(error) };
  const reply = typeof e.responseCode === 'number' ? e.responseCode : null;
  const code = str(e.code) ?? 'error';
  const system = str(e.originalCode);
  const command = /^[A-Z][A-Z ]{0,19}/.exec(str(e.command) ?? '')?.[0].trim() ?? '';
  const kind = kindOf(code, system, reply, command);
  const on = command && command !== 'CONN' ? ` on ${command}` : '';
  return {
    retryable: isRetryable(kind, reply) && kind !== 'tls',
    code: reply !== null ? `SMTP ${reply}${on}` : (system ?? code),
    detail: detailOf(str(e.response) ?? str(e.message) ?? String(error), secrets),
    kind,
    recipient: kind === 'rejected' && /^(RCPT|DATA)\b/.test(command),
  };
}
