/**
 * The RFC 5322 bytes of a message, built by nodemailer's stream transport (no network): what
 * an SMTP server would receive, minus the envelope. CRLF line ends, as on the wire.
 */
import nodemailer from 'nodemailer';
import { BriefError } from '../../errors.js';
import type { EmailMessage } from './composeEmail.js';
import { toSendMailOptions } from './toSendMailOptions.js';

/** The full message as bytes (an `.eml` file). */
export async function buildEml(message: EmailMessage): Promise<Buffer> {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  });
  try {
    const info = await transport.sendMail(toSendMailOptions(message));
    const bytes = info.message;
    if (!Buffer.isBuffer(bytes)) throw new Error('stream transport returned no buffer');
    return bytes;
  } catch (e) {
    throw new BriefError(
      'internal',
      `cannot build the email message: ${(e as Error).message.split('\n')[0]}`,
    );
  } finally {
    transport.close();
  }
}
