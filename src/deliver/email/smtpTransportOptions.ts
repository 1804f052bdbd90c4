/**
 * nodemailer SMTP transport options for an {@link SmtpConfig}, with bounded timeouts and an
 * optional SMTP transcript that goes through {@link redact} before it reaches the log.
 */
import { format } from 'node:util';
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import { redact, redactAddresses } from './redact.js';
import type { SmtpConfig } from './smtpConfig.js';

/** Limits and logging of one SMTP connection. */
export interface SmtpConnectionOptions {
  /** Milliseconds to wait for the TCP/TLS connection and for the server's greeting. */
  readonly timeoutMs: number;
  /** Log the SMTP dialogue (redacted) through `log`, e.g. under --debug. */
  readonly transcript: boolean;
}

/**
 * A logger in the shape nodemailer calls (`level(entry, message, ...args)`). The message body
 * (logged in chunks at debug level with `tnx: 'message'`) is never written, only its size; every
 * other line has its secrets and the local part of every address redacted.
 */
function transcriptLogger(log: (line: string) => void, secrets: readonly string[]) {
  const writer =
    (level: string) =>
    (entry: unknown, message?: unknown, ...args: unknown[]) => {
      const tnx = (entry as { tnx?: unknown } | null)?.tnx;
      if (tnx === 'message' && (level === 'debug' || level === 'trace')) return;
      const text = format(typeof message === 'string' ? message : String(message ?? ''), ...args);
      for (const line of text.split(/\r?\n/))
        if (line.trim() !== '') log(redact(redactAddresses(`smtp: ${line}`), secrets));
    };
  const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
  return Object.fromEntries(levels.map((l) => [l, writer(l)]));
}

/** The transport options for `config`; `secrets` are redacted from the transcript. */
export function smtpTransportOptions(
  config: SmtpConfig,
  options: SmtpConnectionOptions,
  log: (line: string) => void,
  secrets: readonly string[],
): SMTPTransportOptions {
  return {
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: !config.secure && config.requireTls,
    ...(config.auth ? { auth: { user: config.auth.user, pass: config.auth.pass } } : {}),
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs * 3,
    logger: options.transcript ? transcriptLogger(log, secrets) : false,
    debug: options.transcript,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
