/**
 * `brief send --pending`: email, oldest first, every archived brief newer than the newest one the
 * ledger records as completely sent (sentLedger.ts `pendingDates`), stopping at the first failure
 * so the ledger never skips a session; a brief some recipients already have goes to the others. A retried scheduled run thus sends what an earlier run failed to send,
 * and nothing twice.
 */
import { scanArchive } from '../deliver/archive/scanArchive.js';
import { newestSentDate, pendingDates } from '../deliver/email/sentLedger.js';
import type { Effects } from './effects.js';
import { sendBrief, type SendOptions } from './sendBrief.js';

/** Default of `send --pending --max`. */
export { SEND_PENDING_MAX } from './options.js';

export interface PendingOptions extends Omit<SendOptions, 'date'> {
  readonly max: number;
  /** Print the dates waiting (one a line) instead of sending. */
  readonly list: boolean;
}

/** The briefs waiting to be emailed, oldest first. */
export async function pendingBriefs(outDir: string, fx: Effects): Promise<string[]> {
  const archived = (await fx.fileExists(outDir))
    ? (await scanArchive(outDir, fx)).briefs.map((b) => b.date)
    : [];
  return pendingDates(archived, await newestSentDate(outDir, fx));
}

export async function sendPending(o: PendingOptions, fx: Effects): Promise<void> {
  const pending = await pendingBriefs(o.outDir, fx);
  if (o.list) {
    for (const d of pending) fx.out(d);
    fx.log(`${pending.length} brief(s) waiting to be emailed`);
    return;
  }
  if (pending.length === 0) {
    fx.out('No brief waiting to be emailed');
    return;
  }
  const batch = pending.slice(0, o.max);
  if (pending.length > batch.length)
    fx.log(
      `Warning: ${pending.length - batch.length} more brief(s) waiting, left for the next run (--max ${o.max})`,
    );
  for (const date of batch) await sendBrief({ ...o, date }, fx);
}
