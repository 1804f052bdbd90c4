/**
 * The size of a brief's email and of its parts, for the run's log and the budget: the HTML part
 * under {@link MAX_HTML_BYTES} (Gmail clips above about 102 KB) and the whole message, PDF
 * attached, under {@link MAX_MESSAGE_BYTES}. The message size is of the encoded bytes (base64
 * makes an attachment about 4/3 of its size), as the SMTP server receives them.
 */
import type { EmailMessage } from './composeEmail.js';

/** Budget of a whole message, PDF and charts included. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/** Sizes in bytes. */
export interface MessageSizes {
  readonly html: number;
  readonly text: number;
  /** Inline images (the charts), decoded. */
  readonly images: number;
  /** Other attachments (the PDF), decoded. */
  readonly files: number;
  /** The whole encoded message. */
  readonly total: number;
}

/** `1.4 MB`, `87 KB`, `512 B` (1 KB = 1024 bytes). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** The sizes of `message`, whose encoded bytes are `eml`. */
export function messageSizes(message: EmailMessage, eml: Uint8Array): MessageSizes {
  const sum = (inline: boolean) =>
    message.attachments
      .filter((a) => (a.cid !== undefined) === inline)
      .reduce((n, a) => n + a.content.length, 0);
  return {
    html: Buffer.byteLength(message.html, 'utf8'),
    text: Buffer.byteLength(message.text, 'utf8'),
    images: sum(true),
    files: sum(false),
    total: eml.length,
  };
}

/** The log line of the sizes, and a warning when the message is over its budget. */
export function sizeLines(s: MessageSizes): string[] {
  const line = `Email size: ${formatBytes(s.total)} a message (HTML ${formatBytes(s.html)}, charts ${formatBytes(s.images)}, PDF ${formatBytes(s.files)})`;
  if (s.total <= MAX_MESSAGE_BYTES) return [line];
  return [
    line,
    `Warning: the email is over its ${formatBytes(MAX_MESSAGE_BYTES)} budget, mostly the PDF (${formatBytes(s.files)}); it meets the budget once the PDF meets its own (about 300 KB)`,
  ];
}
