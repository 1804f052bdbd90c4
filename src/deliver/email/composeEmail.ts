/**
 * The email of one brief, built without I/O: subject, an HTML summary (headline, dek, key
 * figures, link to the archived brief) with its CSS inlined, a plain-text alternative, and the
 * PDF attached. Apart from Date and Message-ID (from the injected clock) the message is a pure
 * function of its inputs, MIME boundaries included.
 */
import { createHash } from 'node:crypto';
import type { DateTime } from 'luxon';
import { BriefError } from '../../errors.js';
import type { BriefSummary } from '../../render/renderBrief.js';
import { briefUrl } from './briefUrl.js';
import { renderTemplate, type EmailTemplates } from './emailTemplates.js';
import { inlineCss } from './inlineCss.js';
import type { MailConfig } from './mailConfig.js';
import { messageId } from './messageId.js';
import type { MailAddress } from './parseAddressList.js';
import { renderSubject } from './renderSubject.js';

/** Gmail clips an HTML body over about 102 KB; stay under this many bytes. */
export const MAX_HTML_BYTES = 100 * 1024;

/** The fields of summary.json the email shows. */
export type EmailSummary = Omit<BriefSummary, 'schema'>;

/** One attached file. */
export interface EmailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

/** A complete message, ready for a nodemailer transport (see `toSendMailOptions`). */
export interface EmailMessage {
  readonly from: MailAddress;
  readonly to: readonly MailAddress[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly EmailAttachment[];
  readonly messageId: string;
  readonly date: Date;
  /** Seed of the MIME boundaries, derived from the content so the bytes are reproducible. */
  readonly baseBoundary: string;
}

/** What {@link composeEmail} needs. */
export interface ComposeInput {
  readonly summary: EmailSummary;
  readonly pdf: Uint8Array;
  readonly mail: MailConfig;
  readonly templates: EmailTemplates;
  readonly now: DateTime;
}

/** File name of the attached PDF: `rotation-brief-YYYY-MM-DD.pdf`. */
export function pdfFileName(date: string): string {
  return `rotation-brief-${date}.pdf`;
}

function bodies(input: ComposeInput): { html: string; text: string } {
  const { summary, mail, templates } = input;
  const context = {
    ...summary,
    briefUrl: mail.siteUrl === null ? null : briefUrl(mail.siteUrl, summary.date),
    pdfName: pdfFileName(summary.date),
  };
  const html = inlineCss(renderTemplate(templates.html, context, true), templates.html.file);
  const size = Buffer.byteLength(html, 'utf8');
  if (size > MAX_HTML_BYTES) {
    const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
    throw new BriefError(
      'template',
      `${templates.html.file}: the HTML email is ${kb(size)}, over the ${kb(MAX_HTML_BYTES)} limit (Gmail clips at about 102 KB)`,
      'keep the email a summary: the full brief is the attached PDF',
    );
  }
  return { html, text: renderTemplate(templates.text, context, false) };
}

/**
 * Build the email for one brief.
 *
 * @throws BriefError('template') when a template fails or the HTML is over {@link MAX_HTML_BYTES};
 *   BriefError('usage') when the subject template names an unknown field.
 */
export function composeEmail(input: ComposeInput): EmailMessage {
  const { summary, pdf, mail, now } = input;
  const subject = renderSubject(mail.subjectTemplate, summary);
  const { html, text } = bodies(input);
  const hash = createHash('sha256')
    .update(subject)
    .update('\0')
    .update(html)
    .update('\0')
    .update(text)
    .update('\0')
    .update(pdf);
  return {
    from: mail.from,
    to: mail.to,
    subject,
    text,
    html,
    attachments: [
      { filename: pdfFileName(summary.date), contentType: 'application/pdf', content: pdf },
    ],
    messageId: messageId(summary.date, mail.from.address, now),
    date: now.toJSDate(),
    baseBoundary: hash.digest('hex').slice(0, 24),
  };
}
