/**
 * Delivery of a composed email over SMTP (nodemailer), retried with exponential backoff per the
 * policy in {@link classifySmtpError}: connection failures and 4yz replies are retried, 5yz
 * replies (535 bad credentials included) and TLS failures are not. The waits go through the
 * injected `sleep`, so tests run at full speed and can count them. Every message and log line
 * is passed through {@link redact}: the password never reaches the output.
 */
import pRetry from 'p-retry';
import type { SendMailOptions } from 'nodemailer';
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import { BriefError } from '../../errors.js';
import { classifySmtpError, type SmtpFailure } from './classifySmtpError.js';
import type { EmailMessage } from './composeEmail.js';
import { redact } from './redact.js';
import { smtpSecrets, type SmtpConfig } from './smtpConfig.js';
import { smtpTransportOptions } from './smtpTransportOptions.js';
import { toSendMailOptions } from './toSendMailOptions.js';

/** The part of a nodemailer transporter that sending uses. */
export interface MailTransport {
  sendMail(
    message: SendMailOptions,
  ): Promise<{ messageId: string; accepted: unknown[]; rejected: unknown[]; response: string }>;
  close(): void;
}

/** Effects of sending: the transport factory (nodemailer's `createTransport`), waiting, logging. */
export interface SendEffects {
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

/** What the server accepted. */
export interface SendResult {
  readonly messageId: string;
  readonly accepted: string[];
  readonly rejected: string[];
  readonly attempts: number;
}

const HINTS: Record<SmtpFailure['kind'], string> = {
  auth: 'check the SMTP user name and password (ROTATION_BRIEF_SMTP_URL or _USER/_PASSWORD); a rejected login is not retried, so the account is not locked',
  connection:
    'check ROTATION_BRIEF_SMTP_HOST/_PORT (or the URL) and that the server is reachable; rerun later if it is down',
  tls: 'check TLS: ROTATION_BRIEF_SMTP_SECURE=true (or smtps://) for implicit TLS on port 465, false for STARTTLS on 587; only for a trusted local relay without STARTTLS set ROTATION_BRIEF_SMTP_REQUIRE_TLS=false',
  rejected: 'the server refused the message: see its reply; check ROTATION_BRIEF_MAIL_FROM and _TO',
  other: 'rerun with --debug for the SMTP transcript (credentials are redacted)',
};

const address = (a: unknown) =>
  typeof a === 'string' ? a : String((a as { address?: unknown })?.address ?? a);
const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

function failure(smtp: SmtpConfig, f: SmtpFailure, attempts: number): BriefError {
  const where = `${smtp.host}:${smtp.port}`;
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  return new BriefError(
    'delivery',
    `email not sent via ${where}: ${f.code} (${f.detail}) after ${tries}`,
    HINTS[f.kind],
  );
}

type Info = Awaited<ReturnType<MailTransport['sendMail']>>;

/** Try `transport.sendMail` up to `o.attempts` times, sleeping between retryable failures. */
async function sendWithRetry(
  transport: MailTransport,
  message: EmailMessage,
  ctx: {
    o: SendOptions;
    smtp: SmtpConfig;
    secrets: string[];
    log: (line: string) => void;
    sleep: SendEffects['sleep'];
  },
  counter: { attempts: number },
): Promise<Info> {
  const { o, smtp, secrets, log } = ctx;
  const where = `${smtp.host}:${smtp.port}`;
  return pRetry(
    async () => {
      counter.attempts += 1;
      const n = counter.attempts;
      log(
        `Sending the brief to ${message.to.length} recipient(s) via ${where} (attempt ${n} of ${o.attempts})`,
      );
      return transport.sendMail(toSendMailOptions(message));
    },
    {
      retries: Math.max(0, o.attempts - 1),
      minTimeout: 0, // p-retry's own timer stays unused: the backoff goes through ctx.sleep
      shouldRetry: async ({ error, retriesConsumed }) => {
        const f = classifySmtpError(error, secrets);
        if (!f.retryable) return false;
        const wait = o.backoffMs * o.factor ** retriesConsumed;
        log(
          `Attempt ${counter.attempts} failed: ${f.code} (${f.detail}); retrying in ${duration(wait)}`,
        );
        await ctx.sleep(wait);
        return true;
      },
    },
  );
}

/**
 * Send `message` through the SMTP server of `smtp`.
 *
 * @throws BriefError('delivery') naming host:port, the SMTP
 *   reply code or system error code, and the number of attempts; credentials redacted.
 */
export async function sendEmail(
  message: EmailMessage,
  smtp: SmtpConfig,
  fx: SendEffects,
  options: Partial<SendOptions> = {},
): Promise<SendResult> {
  const o = { ...DEFAULT_SEND_OPTIONS, ...options };
  const secrets = smtpSecrets(smtp);
  const log = (line: string) => fx.log(redact(line, secrets));
  const transport = fx.createTransport(smtpTransportOptions(smtp, o, log, secrets));
  const counter = { attempts: 0 };
  try {
    const info = await sendWithRetry(
      transport,
      message,
      { o, smtp, secrets, log, sleep: fx.sleep },
      counter,
    );
    const rejected = info.rejected.map(address);
    if (rejected.length > 0)
      log(`Warning: ${smtp.host} refused ${rejected.length} recipient(s): ${rejected.join(', ')}`);
    return {
      messageId: info.messageId,
      accepted: info.accepted.map(address),
      rejected,
      attempts: counter.attempts,
    };
  } catch (e) {
    throw failure(smtp, classifySmtpError(e, secrets), counter.attempts);
  } finally {
    transport.close();
  }
}
