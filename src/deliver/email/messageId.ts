/**
 * The Message-ID of a brief's email, built from the brief's date, the send time and the
 * sender's domain: unique per send, and stable across the retries of one send (so a server
 * that got the message before a dropped connection can recognise the duplicate).
 */
import type { DateTime } from 'luxon';

/** `<rotation-brief.DATE.YYYYMMDDTHHMMSSZ@domain-of-from>`. */
export function messageId(briefDate: string, fromAddress: string, now: DateTime): string {
  const domain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1).toLowerCase();
  const stamp = now.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
  return `<rotation-brief.${briefDate}.${stamp}@${domain}>`;
}
