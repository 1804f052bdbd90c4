/**
 * Delivery of one composed message over SMTP (nodemailer), retried with exponential backoff per
 * the policy in {@link classifySmtpError}: connection failures and 4yz replies are retried, 5yz
 * replies (535 bad credentials included) and TLS failures are not. The waits go through the
 * injected `sleep`, so tests run at full speed and can count them; the run's stop signal ends an
 * attempt or a wait at once (Interrupted). Every message and log line
 * is passed through {@link redact}: the password never reaches the output. `deliverEach` sends
 * every recipient's copy with it.
 */
import pRetry from 'p-retry';
import type { SendMailOptions } from 'nodemailer';
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import { BriefError, Interrupted } from '../../errors.js';
import { type Stop, throwIfStopped, unlessStopped } from '../../model/stopping.js';
import { classifySmtpError, type SmtpFailure } from './classifySmtpError.js';
import type { EmailMessage } from './composeEmail.js';
import type { SmtpConfig } from './smtpConfig.js';
import { toSendMailOptions } from './toSendMailOptions.js';

/** The part of a nodemailer transporter that sending uses. */
export interface MailTransport {
  sendMail(
    message: SendMailOptions,
  ): Promise<{ messageId: string; accepted: unknown[]; rejected: unknown[]; response: string }>;
  close(): void;
}

/**
 * Effects of sending: the transport factory (nodemailer's `createTransport`), waiting, logging,
 * and the run's stop signal.
 */
export interface SendEffects extends Stop {
  readonly createTransport: (options: SMTPTransportOptions) => MailTransport;
  readonly sleep: (ms: number) => Promise<void>;
  readonly log: (line: string) => void;
}

/** Retry and connection settings; see {@link DEFAULT_SEND_OPTIONS}. */
export interface SendOptions {
  /** Tries in all (first one included). */
  readonly attempts: number;
  /** Wait before the 2nd try, in ms; multiplied by `factor` for each later one. */
  readonly backoffMs: number;
  readonly factor: number;
  /** Connection and greeting timeout, in ms (socket inactivity: 3x this). */
  readonly timeoutMs: number;
  /** Log the SMTP dialogue (redacted). */
  readonly transcript: boolean;
}

/** 3 tries, waiting 30 s then 60 s; 20 s connection timeout; no transcript. */
export const DEFAULT_SEND_OPTIONS: SendOptions = {
  attempts: 3,
  backoffMs: 30_000,
  factor: 2,
  timeoutMs: 20_000,
  transcript: false,
};

const HINTS: Record<SmtpFailure['kind'], string> = {
  auth: 'check the SMTP user name and password (ROTATION_BRIEF_SMTP_URL or _USER/_PASSWORD); a rejected login is not retried, so the account is not locked',
  connection:
    'check ROTATION_BRIEF_SMTP_HOST/_PORT (or the URL) and that the server is reachable; rerun later if it is down',
  tls: 'check TLS: ROTATION_BRIEF_SMTP_SECURE=true (or smtps://) for implicit TLS on port 465, false for STARTTLS on 587; only for a trusted local relay without STARTTLS set ROTATION_BRIEF_SMTP_REQUIRE_TLS=false',
  rejected: 'the server refused the message: see its reply; check ROTATION_BRIEF_MAIL_FROM and _TO',
  other: 'rerun with --debug for the SMTP transcript (credentials are redacted)',
};

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

/** The delivery error for a failure that ends the send (not retried, or out of attempts). */
export function deliveryError(smtp: SmtpConfig, f: SmtpFailure, attempts: number): BriefError {
  const where = `${smtp.host}:${smtp.port}`;
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  return new BriefError(
    'delivery',
    `email not sent via ${where}: ${f.code} (${f.detail}) after ${tries}`,
    HINTS[f.kind],
  );
}

/** What one retried send needs besides the transport and the message. */
export interface RetryContext {
  readonly o: SendOptions;
  readonly smtp: SmtpConfig;
  readonly secrets: readonly string[];
  readonly log: (line: string) => void;
  readonly sleep: SendEffects['sleep'];
  /** The run's stop signal: it ends an attempt or a backoff at once. */
  readonly signal: AbortSignal;
  /** Who the message is for, as logged (`recipient 2 of 3 (***@example.org)`). */
  readonly who: string;
}

type Info = Awaited<ReturnType<MailTransport['sendMail']>>;

/**
 * Try `transport.sendMail` up to `o.attempts` times, sleeping between retryable failures;
 * `counter.attempts` counts the tries (pass a fresh counter per message). Rejects with the last error as nodemailer gave it,
 * or with Interrupted as soon as `ctx.signal` aborts (the caller closes the transport).
 */
export async function sendWithRetry(
  transport: MailTransport,
  message: EmailMessage,
  ctx: RetryContext,
  counter: { attempts: number },
): Promise<Info> {
  const { o, smtp, log } = ctx;
  const where = `${smtp.host}:${smtp.port}`;
  const kept = `the brief was not sent to ${ctx.who} or any later recipient`;
  return pRetry(
    async () => {
      throwIfStopped(ctx.signal, kept);
      counter.attempts += 1;
      const n = counter.attempts;
      log(`Sending the brief to ${ctx.who} via ${where} (attempt ${n} of ${o.attempts})`);
      return unlessStopped(transport.sendMail(toSendMailOptions(message)), ctx.signal, kept);
    },
    {
      retries: Math.max(0, o.attempts - 1),
      minTimeout: 0, // p-retry's own timer stays unused: the backoff goes through ctx.sleep
      shouldRetry: async ({ error, retriesConsumed }) => {
        if (error instanceof Interrupted) return false;
        const f = classifySmtpError(error, ctx.secrets);
        if (!f.retryable) return false;
        const wait = o.backoffMs * o.factor ** retriesConsumed;
        log(
          `Attempt ${counter.attempts} failed: ${f.code} (${f.detail}); retrying in ${duration(wait)}`,
        );
        await unlessStopped(ctx.sleep(wait), ctx.signal, kept);
        return true;
      },
    },
  );
}
