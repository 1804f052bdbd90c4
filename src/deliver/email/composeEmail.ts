/**
 * One recipient's copy of a brief's email, built without I/O: subject, an HTML body (headline,
 * lead, key figures, charts as inline PNGs, bottom line, links, unsubscribe line) with its CSS
 * inlined, a plain-text alternative that reads on its own, the PDF attached, and the
 * `List-Unsubscribe` headers. Each subscriber gets their own message, addressed to them alone.
 * Apart from Date and Message-ID (from the injected clock) the message is a pure function of its
 * inputs, MIME boundaries included.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DateTime } from 'luxon';
import { BriefError } from '../../errors.js';
import { assertSelfContained } from '../../render/externalResources.js';
import type { InlineImage } from './emailCharts.js';
import { emailContext, pdfFileName } from './emailContext.js';
import { renderTemplate, type EmailTemplates } from './emailTemplates.js';
import { inlineCss } from './inlineCss.js';
import type { MailConfig } from './mailConfig.js';
import { messageId } from './messageId.js';
import type { MailAddress } from './parseAddressList.js';
import type { EmailSummary } from './readBriefForEmail.js';
import { renderSubject } from './renderSubject.js';
import { unsubscribeFor } from './unsubscribe.js';
import { wrapText } from './wrapText.js';

export { pdfFileName } from './emailContext.js';
export type { EmailSummary } from './readBriefForEmail.js';

/** Gmail clips an HTML body over about 102 KB; stay under this many bytes. */
export const MAX_HTML_BYTES = 100 * 1024;

/** One attached file; with a `cid`, an inline image the HTML shows as `cid:...`. */
export interface EmailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Uint8Array;
  readonly cid?: string;
}

/** A complete message, ready for a nodemailer transport (see `toSendMailOptions`). */
export interface EmailMessage {
  readonly from: MailAddress;
  /** The one recipient of this copy. */
  readonly to: readonly MailAddress[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly EmailAttachment[];
  /** Extra header fields (List-Unsubscribe, List-Unsubscribe-Post). */
  readonly headers: Readonly<Record<string, string>>;
  readonly messageId: string;
  readonly date: Date;
  /** Seed of the MIME boundaries, derived from the content so the bytes are reproducible. */
  readonly baseBoundary: string;
}

/** What {@link composeEmail} needs. */
export interface ComposeInput {
  readonly summary: EmailSummary;
  readonly pdf: Uint8Array;
  /** Inline chart images (default: none). */
  readonly charts?: readonly InlineImage[];
  readonly mail: MailConfig;
  readonly templates: EmailTemplates;
  readonly now: DateTime;
  /** The one recipient of this copy (default: the first of `mail.to`). */
  readonly recipient?: MailAddress;
}

function checkHtmlSize(html: string, file: string): void {
  const size = Buffer.byteLength(html, 'utf8');
  if (size <= MAX_HTML_BYTES) return;
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  throw new BriefError(
    'template',
    `${file}: the HTML email is ${kb(size)}, over the ${kb(MAX_HTML_BYTES)} limit (Gmail clips at about 102 KB)`,
    'keep the email a summary: the full brief is the attached PDF',
  );
}

function attachments(input: ComposeInput): EmailAttachment[] {
  const images = (input.charts ?? []).map((c) => ({
    filename: c.filename,
    contentType: 'image/png',
    content: c.content,
    cid: c.cid,
  }));
  const pdf = { filename: pdfFileName(input.summary.date), contentType: 'application/pdf' };
  return [...images, { ...pdf, content: input.pdf }];
}

/** Seed of the MIME boundaries: a hash of everything the message carries. */
function boundarySeed(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 24);
}

/**
 * Build the email of one brief for one recipient.
 *
 * @throws BriefError('template') when a template fails or the HTML is over {@link MAX_HTML_BYTES};
 *   naming ROTATION_BRIEF_MAIL_SUBJECT when the subject template names an unknown field.
 */
export function composeEmail(input: ComposeInput): EmailMessage {
  const { summary, mail, templates, now } = input;
  const recipient = input.recipient ?? (mail.to[0] as MailAddress);
  const subject = renderSubject(mail.subjectTemplate, summary);
  const unsubscribe = unsubscribeFor(
    mail.unsubscribe ?? { mailto: mail.from.address, url: null },
    recipient.address,
  );
  const context = emailContext({
    summary,
    charts: input.charts ?? [],
    siteUrl: mail.siteUrl,
    recipient: recipient.address,
    unsubscribe,
  });
  const html = inlineCss(renderTemplate(templates.html, context, true), templates.html.file);
  checkHtmlSize(html, templates.html.file);
  assertSelfContained(html, templates.html.file, path.dirname(templates.html.file));
  const text = wrapText(renderTemplate(templates.text, context, false));
  const files = attachments(input);
  return {
    from: mail.from,
    to: [recipient],
    subject,
    text,
    html,
    attachments: files,
    headers: unsubscribe.headers,
    messageId: messageId(summary.date, mail.from.address, now, recipient.address),
    date: now.toJSDate(),
    baseBoundary: boundarySeed([subject, html, text, ...files.map((f) => f.content)]),
  };
}
