/**
 * Delivery of a brief to its subscribers: one SMTP transaction per recipient, each message
 * addressed to that recipient alone, so no subscriber sees another's address. A recipient the
 * server refuses (a reply to RCPT TO or DATA, after the retries a 4yz reply gets) is reported and
 * the others still get theirs; a failure of the session (login, TLS, connection, sender refused)
 * stops the delivery, keeping what was accepted so far. Logs name recipients by position and
 * domain only (`recipient 2 of 3 (***@example.org)`): CI logs may be public.
 */
import { BriefError, Interrupted } from '../../errors.js';
import { classifySmtpError, type SmtpFailure } from './classifySmtpError.js';
import type { EmailMessage } from './composeEmail.js';
import { redact, redactAddresses } from './redact.js';
import {
  DEFAULT_SEND_OPTIONS,
  deliveryError,
  sendWithRetry,
  type SendEffects,
  type SendOptions,
} from './sendEmail.js';
import { smtpSecrets, type SmtpConfig } from './smtpConfig.js';
import { smtpTransportOptions } from './smtpTransportOptions.js';

/** One recipient's message, and the recipient's 1-based position in the list of `total`. */
export interface Addressed {
  readonly message: EmailMessage;
  readonly position: number;
}

/** A recipient the server refused. */
export interface RecipientRejection {
  readonly address: string;
  /** 1-based position in ROTATION_BRIEF_MAIL_TO. */
  readonly position: number;
  readonly failure: SmtpFailure;
}

/** What a delivery did, so far or in all. */
export interface DeliveryReport {
  /** Addresses whose copy the server accepted, in order. */
  readonly accepted: string[];
  readonly rejected: RecipientRejection[];
  /** Message-IDs of the accepted copies. */
  readonly messageIds: string[];
  /** SMTP attempts in all. */
  attempts: number;
  /** The session failure that stopped the delivery before every recipient was tried. */
  stopped: BriefError | null;
}

/** One line naming a recipient without its address in clear. */
export function recipientLabel(position: number, total: number, address: string): string {
  return `recipient ${position} of ${total} (${redactAddresses(address)})`;
}

/** The one-line description of a refused recipient, addresses masked. */
export function rejectionLine(r: RecipientRejection, total: number): string {
  const detail = redactAddresses(r.failure.detail);
  return `${recipientLabel(r.position, total, r.address)}: ${r.failure.code} (${detail})`;
}

/**
 * Send each message (one per recipient, out of `total` subscribers) through the SMTP server of
 * `smtp`, in order.
 * `onProgress` is called after each recipient (so a ledger can record who has their copy).
 * Never throws for a delivery failure: see {@link DeliveryReport}. Throws Interrupted when
 * `fx.signal` aborts (what `onProgress` saw before stands; nothing more is sent).
 */
export async function deliverEach(
  messages: readonly Addressed[],
  total: number,
  smtp: SmtpConfig,
  fx: SendEffects,
  options: Partial<SendOptions> = {},
  onProgress: (report: DeliveryReport) => Promise<void> = async () => undefined,
): Promise<DeliveryReport> {
  const o = { ...DEFAULT_SEND_OPTIONS, ...options };
  const secrets = smtpSecrets(smtp);
  const log = (line: string) => fx.log(redact(redactAddresses(line), secrets));
  const transport = fx.createTransport(smtpTransportOptions(smtp, o, log, secrets));
  const report: DeliveryReport = {
    accepted: [],
    rejected: [],
    messageIds: [],
    attempts: 0,
    stopped: null,
  };
  try {
    for (const { message, position } of messages) {
      const address = message.to[0]?.address ?? '';
      const who = recipientLabel(position, total, address);
      const counter = { attempts: 0 };
      const ctx = { o, smtp, secrets, log, sleep: fx.sleep, signal: fx.signal, who };
      try {
        await sendWithRetry(transport, message, ctx, counter); // one recipient: refused = thrown
        report.accepted.push(address);
        report.messageIds.push(message.messageId);
      } catch (e) {
        if (e instanceof Interrupted) throw e; // the transport is closed below
        const failure = classifySmtpError(e, secrets);
        if (!failure.recipient) report.stopped = deliveryError(smtp, failure, counter.attempts);
        else report.rejected.push({ address, position, failure });
      } finally {
        report.attempts += counter.attempts;
      }
      await onProgress(report);
      if (report.stopped !== null) break;
    }
    return report;
  } finally {
    transport.close();
  }
}
