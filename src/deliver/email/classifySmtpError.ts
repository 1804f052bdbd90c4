/**
 * The retry policy of email delivery, as a classification of what nodemailer rejected with.
 *
 * Retried (transient): connection failures (refused, reset, timed out, DNS: codes ECONNECTION,
 * ESOCKET, ETIMEDOUT, EDNS) and 4yz replies (421 busy, 451 local error, 454 temporary auth
 * failure ...), plus 503 (bad sequence: a new connection can succeed).
 * Not retried (permanent): every other 5yz reply (535 bad credentials: retrying a wrong password
 * only risks locking the account; 550/554 refused message), TLS set-up failures, a missing login,
 * an invalid envelope, and anything unrecognised.
 */
import { redact } from './redact.js';

/** What went wrong, for the retry decision and the one-line error. */
export interface SmtpFailure {
  readonly retryable: boolean;
  /** `SMTP 535`, or the system/nodemailer code (`ECONNREFUSED`, `ETIMEDOUT`, ...). */
  readonly code: string;
  /** First line of the server's reply (without its reply code) or of the error, credentials redacted, at most 160 chars. */
  readonly detail: string;
  readonly kind: 'auth' | 'connection' | 'tls' | 'rejected' | 'other';
}

interface NodemailerError {
  code?: unknown;
  originalCode?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

const TRANSIENT_CODES = new Set([
  'ECONNECTION',
  'ESOCKET',
  'ETIMEDOUT',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

function kindOf(code: string, responseCode: number | null): SmtpFailure['kind'] {
  if (
    code === 'EAUTH' ||
    code === 'ENOAUTH' ||
    responseCode === 530 ||
    responseCode === 534 ||
    responseCode === 535 ||
    responseCode === 454
  )
    return 'auth';
  if (code === 'ETLS' || code === 'EREQUIRETLS') return 'tls';
  if (responseCode !== null) return 'rejected';
  return TRANSIENT_CODES.has(code) ? 'connection' : 'other';
}

function isRetryable(kind: SmtpFailure['kind'], responseCode: number | null): boolean {
  if (responseCode !== null)
    return (responseCode >= 400 && responseCode < 500) || responseCode === 503;
  return kind === 'connection';
}

/** Classify an error thrown by nodemailer's SMTP transport; `secrets` are redacted from the detail. */
export function classifySmtpError(error: unknown, secrets: readonly string[]): SmtpFailure {
  const e = (
    typeof error === 'object' && error !== null ? error : { message: String(error) }
  ) as NodemailerError;
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const code = typeof e.code === 'string' ? e.code : 'error';
  const system = typeof e.originalCode === 'string' ? e.originalCode : null;
  const kind = kindOf(code, responseCode);
  const raw =
    typeof e.response === 'string'
      ? e.response
      : typeof e.message === 'string'
        ? e.message
        : String(error);
  const firstLine = (redact(raw, secrets).split(/\r?\n/)[0] ?? '').replace(
    /^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?/,
    '',
  );
  return {
    retryable: isRetryable(kind, responseCode),
    code: responseCode !== null ? `SMTP ${responseCode}` : (system ?? code),
    detail: firstLine.length > 160 ? `${firstLine.slice(0, 157)}...` : firstLine,
    kind,
  };
}
