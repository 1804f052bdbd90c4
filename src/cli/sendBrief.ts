/**
 * Emailing one archived brief, at most once per recipient: the ledger (OUT/sent/, sentLedger.ts)
 * is checked before and written as each recipient's copy is accepted. A refused recipient fails
 * the send (exit 8) unless partial delivery is allowed; a later send of the same brief goes only
 * to the recipients who do not have it yet. Used by `brief send` and `brief --email`.
 */
import path from 'node:path';
import { validateIsoDate } from '../calendar/index.js';
import type { DeliveryReport } from '../deliver/email/deliverEach.js';
import { emailBrief } from '../deliver/email/emailBrief.js';
import {
  SENT_SCHEMA,
  readSentRecord,
  recipientHash,
  recordSent,
  sentFile,
  type SentRecord,
} from '../deliver/email/sentLedger.js';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';
import { templateReader } from './readers.js';
import { briefDir } from './runBrief.js';
import { deliveryOutcome } from './sendOutcome.js';

export interface SendOptions {
  readonly date: string;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly dryRun: boolean;
  readonly outboxDir: string;
  readonly debug: boolean;
  /** Send to every recipient even when OUT/sent/DATE.json records an earlier send. */
  readonly resend?: boolean;
  /** Record the brief as emailed without sending it (an unrecorded send, adopting the ledger). */
  readonly markSent?: boolean;
  /** A refused recipient is reported but the send succeeds (exit 0) and is recorded complete. */
  readonly allowPartialDelivery?: boolean;
  /** Fail when ROTATION_BRIEF_SITE_URL is not set (scheduled runs) instead of warning. */
  readonly requireSiteUrl?: boolean;
}

const sentAt = (fx: Effects) => fx.now().toUTC().toISO({ suppressMilliseconds: true }) as string;

async function markSent(o: SendOptions, fx: Effects, date: string): Promise<void> {
  const summary = path.join(briefDir(o.outDir, date), 'summary.json');
  if (!(await fx.fileExists(summary)))
    throw new BriefError('data', `no brief for ${date}: ${summary} is missing`);
  const record: SentRecord = {
    schema: SENT_SCHEMA,
    date,
    sentAt: sentAt(fx),
    complete: true,
    accepted: [],
    rejected: [],
  };
  await recordSent(o.outDir, record, fx);
  fx.out(`Recorded the brief for ${date} as emailed in ${sentFile(o.outDir, date)} (nothing sent)`);
}

/** The ledger entry after `report`, on top of the recipients an earlier send served. */
function progressRecord(
  date: string,
  earlier: readonly string[],
  report: DeliveryReport,
  at: string,
): SentRecord {
  const accepted = [
    ...new Set([...earlier, ...report.accepted.map((a) => recipientHash(date, a))]),
  ];
  const rejected = report.rejected.map((r) => recipientHash(date, r.address));
  return { schema: SENT_SCHEMA, date, sentAt: at, complete: false, accepted, rejected };
}

/**
 * Email (or write to the outbox) the brief of `date`, unless the ledger says every recipient has
 * it (then nothing is sent, exit 0). A dry run neither reads nor writes the ledger.
 *
 * @throws BriefError('delivery') when a recipient was refused (without allowPartialDelivery) or
 *   the SMTP session failed; what was accepted is recorded first.
 */
export async function sendBrief(o: SendOptions, fx: Effects): Promise<void> {
  const date = validateIsoDate(o.date);
  if (o.markSent === true) return markSent(o, fx, date);
  const fs = fx;
  const before = o.dryRun || o.resend === true ? null : await readSentRecord(o.outDir, date, fs);
  if (before?.complete === true) {
    fx.out(
      `Already emailed the brief for ${date} at ${before.sentAt} (${sentFile(o.outDir, date)}): not sent again (--resend to send it anyway)`,
    );
    return;
  }
  const earlier = before?.accepted ?? [];
  const r = await emailBrief(
    {
      briefDir: briefDir(o.outDir, date),
      templatesDir: o.templatesDir,
      env: fx.env,
      dryRun: o.dryRun,
      outboxDir: o.outboxDir,
      requireSiteUrl: o.requireSiteUrl === true,
      skip: (address) => earlier.includes(recipientHash(date, address)),
      onProgress: async (report) => {
        if (report.accepted.length > 0)
          await recordSent(o.outDir, progressRecord(date, earlier, report, sentAt(fx)), fs);
      },
      send: { transcript: o.debug },
      readTemplate: templateReader(fx, o.templatesDir),
    },
    fx,
  );
  if (r.kind === 'written') return fx.out(`Dry run: wrote ${r.file}`);
  const record = progressRecord(date, earlier, r.report, sentAt(fx));
  await deliveryOutcome({ ...r, record, allowPartial: o.allowPartialDelivery === true }, o, fx);
}
