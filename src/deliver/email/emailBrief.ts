/**
 * Emailing one brief: settings from the environment, summary.json and brief.pdf from the
 * brief's folder, the templates, then either delivery over SMTP or (dry run) the message
 * written to `OUTBOX/YYYY-MM-DD.eml`. The entry point the CLI calls.
 */
import { composeEmail } from './composeEmail.js';
import type { EmailEffects } from './emailEffects.js';
import { loadEmailTemplates } from './emailTemplates.js';
import type { Env } from './envValue.js';
import { readMailConfig } from './mailConfig.js';
import { readBriefForEmail } from './readBriefForEmail.js';
import { sendEmail, type SendOptions } from './sendEmail.js';
import { readSmtpConfig } from './smtpConfig.js';
import { writeEml } from './writeEml.js';

/** What to email and how. */
export interface EmailBriefOptions {
  /** The brief's folder, `OUT/YYYY/YYYY-MM-DD` (holding summary.json and brief.pdf). */
  readonly briefDir: string;
  /** Templates folder; the email's are in its `email/` subfolder. */
  readonly templatesDir: string;
  /** The process environment (ROTATION_BRIEF_SMTP_*, ROTATION_BRIEF_MAIL_*, ROTATION_BRIEF_SITE_URL). */
  readonly env: Env;
  /** Write the message to `outboxDir/YYYY-MM-DD.eml` instead of sending it (no SMTP settings needed). */
  readonly dryRun: boolean;
  readonly outboxDir: string;
  /** Retry/timeout/transcript overrides for sending. */
  readonly send?: Partial<SendOptions>;
  /** Reader of the (untrusted) templates folder, confined to it (default: `fx.readText`). */
  readonly readTemplate?: (file: string) => Promise<string>;
}

/** What happened: sent (with the server's acceptance) or written to the outbox. */
export type EmailBriefResult =
  | {
      readonly kind: 'sent';
      readonly messageId: string;
      readonly accepted: string[];
      readonly rejected: string[];
      readonly attempts: number;
    }
  | { readonly kind: 'written'; readonly file: string; readonly messageId: string };

/**
 * Email the brief in `o.briefDir`. Settings are checked before any file is read.
 *
 * @throws BriefError 'usage' (a ROTATION_BRIEF_* variable missing or invalid), 'data' (no
 *   summary.json or brief.pdf), 'template', 'delivery' (not delivered) or 'output' (.eml not written).
 */
export async function emailBrief(
  o: EmailBriefOptions,
  fx: EmailEffects,
): Promise<EmailBriefResult> {
  const mail = readMailConfig(o.env);
  const smtp = o.dryRun ? null : readSmtpConfig(o.env);
  const { summary, pdf } = await readBriefForEmail(o.briefDir, fx);
  const templates = await loadEmailTemplates(o.templatesDir, o.readTemplate ?? fx.readText);
  const message = composeEmail({ summary, pdf, mail, templates, now: fx.now() });
  if (smtp === null) {
    const file = await writeEml(message, o.outboxDir, summary.date, fx.writeAtomic);
    fx.log(`Dry run: wrote the email for ${summary.date} to ${file} (not sent)`);
    return { kind: 'written', file, messageId: message.messageId };
  }
  const sent = await sendEmail(message, smtp, fx, o.send);
  fx.log(
    `Emailed the brief for ${summary.date} to ${sent.accepted.length} recipient(s) via ${smtp.host}`,
  );
  return { kind: 'sent', ...sent };
}
