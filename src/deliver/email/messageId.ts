/**
 * The Message-ID of one recipient's copy of a brief's email, built from the brief's date, the
 * send time, a hash of the recipient's address and the sender's domain: unique per recipient and
 * per send, the same for the same inputs (and across the retries of one send, so a server that
 * got the message before a dropped connection can recognise the duplicate), and without the
 * address in clear.
 */
import { createHash } from 'node:crypto';
import type { DateTime } from 'luxon';

/** `<rotation-brief.DATE.YYYYMMDDTHHMMSSZ.HASH12@domain-of-from>`. */
export function messageId(
  briefDate: string,
  fromAddress: string,
  now: DateTime,
  recipient: string,
): string {
  const domain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1).toLowerCase();
  const stamp = now.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
  const hash = createHash('sha256')
    .update(`${briefDate}\0${recipient.toLowerCase()}`)
    .digest('hex')
    .slice(0, 12);
  return `<rotation-brief.${briefDate}.${stamp}.${hash}@${domain}>`;
}
