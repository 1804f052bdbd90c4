/**
 * Emailing one brief: settings from the environment, summary.json, brief.pdf and the charts of
 * brief.html from the brief's folder, the templates, one message per recipient, then either
 * delivery over SMTP or (dry run) the first recipient's message written to
 * `OUTBOX/YYYY-MM-DD.eml`. The entry point the CLI calls; the ledger is the caller's.
 */
import { BriefError } from '../../errors.js';
import { buildEml } from './buildEml.js';
import { composeEmail, type EmailMessage } from './composeEmail.js';
import { deliverEach, type Addressed, type DeliveryReport } from './deliverEach.js';
import { emailCharts } from './emailCharts.js';
import type { EmailEffects } from './emailEffects.js';
import { loadEmailTemplates } from './emailTemplates.js';
import type { Env } from './envValue.js';
import { readMailConfig, SITE_URL_VAR, type MailConfig } from './mailConfig.js';
import { messageSizes, sizeLines } from './messageSizes.js';
import { readBriefForEmail } from './readBriefForEmail.js';
import type { SendOptions } from './sendEmail.js';
import { readSmtpConfig } from './smtpConfig.js';
import { writeEml } from './writeEml.js';

/** What to email and how. */
export interface EmailBriefOptions {
  /** The brief's folder, `OUT/YYYY/YYYY-MM-DD` (holding summary.json, brief.pdf, brief.html). */
  readonly briefDir: string;
  /** Templates folder; the email's are in its `email/` subfolder. */
  readonly templatesDir: string;
  /** The process environment (ROTATION_BRIEF_SMTP_*, _MAIL_*, _SITE_URL, _UNSUBSCRIBE_*). */
  readonly env: Env;
  /** Write the message to `outboxDir/YYYY-MM-DD.eml` instead of sending it (no settings needed). */
  readonly dryRun: boolean;
  readonly outboxDir: string;
  /** Fail (usage) instead of warning when ROTATION_BRIEF_SITE_URL is not set (scheduled runs). */
  readonly requireSiteUrl?: boolean;
  /** Recipients not to send to (those who already have this brief, per the ledger). */
  readonly skip?: (address: string) => boolean;
  /** Called after each recipient's SMTP transaction. */
  readonly onProgress?: (report: DeliveryReport) => Promise<void>;
  /** Retry/timeout/transcript overrides for sending. */
  readonly send?: Partial<SendOptions>;
  /** Reader of the (untrusted) templates folder, confined to it (default: `fx.readText`). */
  readonly readTemplate?: (file: string) => Promise<string>;
}

/** What happened: delivered (see the report: some may be refused) or written to the outbox. */
export type EmailBriefResult =
  | {
      readonly kind: 'sent';
      readonly date: string;
      readonly host: string;
      /** Recipients in ROTATION_BRIEF_MAIL_TO, and those skipped as already served. */
      readonly recipients: number;
      readonly skipped: number;
      readonly report: DeliveryReport;
    }
  | { readonly kind: 'written'; readonly file: string; readonly messageId: string };

function checkSiteUrl(mail: MailConfig, o: EmailBriefOptions, warn: (l: string) => void): void {
  if (mail.siteUrl !== null) return;
  const what = `${SITE_URL_VAR} is not set`;
  if (o.requireSiteUrl === true)
    throw new BriefError(
      'usage',
      `${what}: a scheduled email must link to the online brief, its PDF and the archive`,
      `set ${SITE_URL_VAR} to the public URL of the reports folder, e.g. https://user.github.io/rotation-brief/`,
    );
  warn(`${what}: the email goes without links to the online brief, its PDF and the archive`);
}

/** Compose every recipient's message; logs the size of one. */
async function compose(o: EmailBriefOptions, fx: EmailEffects, mail: MailConfig) {
  const warn = (line: string) => fx.log(`Warning: ${line}`);
  const { summary, pdf, html } = await readBriefForEmail(o.briefDir, fx);
  const templates = await loadEmailTemplates(o.templatesDir, o.readTemplate ?? fx.readText);
  const charts = await emailCharts(html, fx.rasterize, warn);
  const now = fx.now();
  const messages: Addressed[] = mail.to.flatMap((recipient, i) =>
    o.skip?.(recipient.address) === true
      ? []
      : [
          {
            message: composeEmail({ summary, pdf, charts, mail, templates, now, recipient }),
            position: i + 1,
          },
        ],
  );
  const first: EmailMessage =
    messages[0]?.message ?? composeEmail({ summary, pdf, charts, mail, templates, now });
  for (const line of sizeLines(messageSizes(first, await buildEml(first)))) fx.log(line);
  return { date: summary.date, messages, first };
}

/**
 * Email the brief in `o.briefDir`. Settings are checked before any file is read.
 *
 * @throws BriefError 'usage' (a ROTATION_BRIEF_* variable missing or invalid), 'data' (no
 *   summary.json or brief.pdf), 'template', 'output' (.eml not written) or 'delivery' (the SMTP
 *   session failed; `onProgress` has seen what was accepted before). Refused recipients are not
 *   thrown: they are in the result's `report.rejected`.
 */
export async function emailBrief(
  o: EmailBriefOptions,
  fx: EmailEffects,
): Promise<EmailBriefResult> {
  const mail = readMailConfig(o.env, { dryRun: o.dryRun });
  const smtp = o.dryRun ? null : readSmtpConfig(o.env);
  checkSiteUrl(mail, o, (line) => fx.log(`Warning: ${line}`));
  for (const v of mail.placeholders ?? []) fx.log(`Dry run: ${v} is not set; using a placeholder`);
  const { date, messages, first } = await compose(o, fx, mail);
  if (smtp === null) {
    const file = await writeEml(first, o.outboxDir, date, fx.writeAtomic);
    const n = mail.to.length;
    const each = n > 1 ? ` (the first of ${n} messages, one per recipient)` : '';
    fx.log(`Dry run: wrote the email for ${date} to ${file}${each}; nothing sent`);
    return { kind: 'written', file, messageId: first.messageId };
  }
  const report = await deliverEach(messages, mail.to.length, smtp, fx, o.send, o.onProgress);
  const skipped = mail.to.length - messages.length;
  if (report.stopped !== null) {
    if (report.accepted.length > 0)
      fx.log(
        `${report.accepted.length} of ${messages.length} recipient(s) got the brief for ${date} before the failure`,
      );
    throw report.stopped;
  }
  return { kind: 'sent', date, host: smtp.host, recipients: mail.to.length, skipped, report };
}
