/**
 * nodemailer SMTP transport options for an {@link SmtpConfig}, with bounded timeouts and an
 * optional SMTP transcript that goes through {@link redact} before it reaches the log.
 */
import { format } from 'node:util';
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import { redact } from './redact.js';
import type { SmtpConfig } from './smtpConfig.js';

/** Limits and logging of one SMTP connection. */
export interface SmtpConnectionOptions {
  /** Milliseconds to wait for the TCP/TLS connection and for the server's greeting. */
  readonly timeoutMs: number;
  /** Log the SMTP dialogue (redacted) through `log`, e.g. under --debug. */
  readonly transcript: boolean;
}

/** A logger in the shape nodemailer calls (`level(entry, message, ...args)`), redacting every line. */
function transcriptLogger(log: (line: string) => void, secrets: readonly string[]) {
  const write = (_entry: unknown, message?: unknown, ...args: unknown[]) => {
    const text = format(typeof message === 'string' ? message : String(message ?? ''), ...args);
    for (const line of text.split(/\r?\n/))
      if (line.trim() !== '') log(redact(`smtp: ${line}`, secrets));
  };
  return { trace: write, debug: write, info: write, warn: write, error: write, fatal: write };
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
