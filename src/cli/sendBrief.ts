/**
 * Emailing one archived brief, at most once: the ledger (OUT/sent/, sentLedger.ts) is checked
 * before and written after a send. Used by `brief send` and `brief --email`.
 */
import path from 'node:path';
import { validateIsoDate } from '../calendar/index.js';
import { emailBrief } from '../deliver/email/emailBrief.js';
import { SENT_SCHEMA, readSentRecord, recordSent, sentFile } from '../deliver/email/sentLedger.js';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';
import { templateReader } from './readers.js';
import { briefDir } from './runBrief.js';

export interface SendOptions {
  readonly date: string;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly dryRun: boolean;
  readonly outboxDir: string;
  readonly debug: boolean;
  /** Send even when OUT/sent/DATE.json records an earlier send. */
  readonly resend?: boolean;
  /** Record the brief as emailed without sending it (an unrecorded send, adopting the ledger). */
  readonly markSent?: boolean;
}

/**
 * Email (or write to the outbox) the brief of `date`, unless the ledger says it was emailed
 * (then nothing is sent, exit 0). A send is recorded in the ledger; a dry run is not.
 */
export async function sendBrief(o: SendOptions, fx: Effects): Promise<void> {
  const date = validateIsoDate(o.date);
  const sentAt = () => fx.now().toUTC().toISO({ suppressMilliseconds: true }) as string;
  if (o.markSent === true) {
    const summary = path.join(briefDir(o.outDir, date), 'summary.json');
    if (!(await fx.fileExists(summary)))
      throw new BriefError('data', `no brief for ${date}: ${summary} is missing`);
    const record = {
      schema: SENT_SCHEMA,
      date,
      sentAt: sentAt(),
      messageId: '',
      accepted: 0,
    } as const;
    await recordSent(o.outDir, record, fx);
    fx.out(
      `Recorded the brief for ${date} as emailed in ${sentFile(o.outDir, date)} (nothing sent)`,
    );
    return;
  }
  if (!o.dryRun && o.resend !== true) {
    const done = await readSentRecord(o.outDir, date, fx);
    if (done !== null) {
      fx.out(
        `Already emailed the brief for ${date} at ${done.sentAt} (${sentFile(o.outDir, date)}): not sent again (--resend to send it anyway)`,
      );
      return;
    }
  }
  const r = await emailBrief(
    {
      briefDir: briefDir(o.outDir, date),
      templatesDir: o.templatesDir,
      env: fx.env,
      dryRun: o.dryRun,
      outboxDir: o.outboxDir,
      send: { transcript: o.debug },
      readTemplate: templateReader(fx, o.templatesDir),
    },
    fx,
  );
  if (r.kind === 'sent') {
    const record = { schema: SENT_SCHEMA, date, sentAt: sentAt(), messageId: r.messageId } as const;
    await recordSent(o.outDir, { ...record, accepted: r.accepted.length }, fx);
    fx.out(
      `Emailed the brief for ${o.date} to ${r.accepted.length} recipient(s) (${r.attempts} attempt(s))${r.rejected.length ? `; rejected: ${r.rejected.join(', ')}` : ''}`,
    );
  } else {
    fx.out(`Dry run: wrote ${r.file}`);
  }
}
