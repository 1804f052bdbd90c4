/**
 * The bridge from an {@link EmailMessage} to nodemailer's message options.
 */
import type { SendMailOptions } from 'nodemailer';
import type { EmailMessage } from './composeEmail.js';

/**
 * nodemailer options for `message`: addresses as objects, files as Buffers, an attachment with
 * a `cid` as an inline part (nodemailer then puts the HTML and its images in multipart/related).
 */
export function toSendMailOptions(message: EmailMessage): SendMailOptions {
  return {
    from: { name: message.from.name, address: message.from.address },
    to: message.to.map((a) => ({ name: a.name, address: a.address })),
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: { ...message.headers },
    attachments: message.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.content),
      ...(a.cid === undefined ? {} : { cid: a.cid, contentDisposition: 'inline' as const }),
    })),
    messageId: message.messageId,
    date: message.date,
    baseBoundary: message.baseBoundary,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
