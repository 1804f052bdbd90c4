/**
 * What `brief send` reports and records once every recipient was tried: the one result line
 * ("Emailed the brief ..."), a warning per refused recipient (addresses masked: CI logs may be
 * public), the ledger record, and the exit: 8 when a recipient was refused (unless partial
 * delivery is allowed), 0 otherwise.
 */
import { rejectionLine, type DeliveryReport } from '../deliver/email/deliverEach.js';
import { type SentRecord, recordSent, sentFile } from '../deliver/email/sentLedger.js';
import { BriefError } from '../errors.js';
import type { Effects } from './effects.js';

/** A finished delivery, with the ledger record it leads to (`complete` still false). */
export interface Outcome {
  readonly date: string;
  readonly host: string;
  readonly recipients: number;
  readonly skipped: number;
  readonly report: DeliveryReport;
  readonly record: SentRecord;
  readonly allowPartial: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function refusedError(c: Outcome, file: string): BriefError {
  const { rejected } = c.report;
  const first = rejected[0] ? rejectionLine(rejected[0], c.recipients) : '';
  const kept =
    c.record.accepted.length > 0
      ? `the ${plural(c.record.accepted.length, 'recipient')} who have it are recorded in ${file}, so`
      : 'then';
  return new BriefError(
    'delivery',
    `${plural(rejected.length, 'recipient')} of ${c.recipients} refused the brief of ${c.date}: ${first}`,
    `${kept} a new send goes only to those who do not have it; fix or remove the address in ROTATION_BRIEF_MAIL_TO, or pass --allow-partial-delivery`,
  );
}

/**
 * Report and record `c`.
 *
 * @throws BriefError('delivery') for refused recipients (unless allowed).
 */
export async function deliveryOutcome(
  c: Outcome,
  o: { readonly outDir: string },
  fx: Effects,
): Promise<void> {
  const { report } = c;
  const file = sentFile(o.outDir, c.date);
  for (const r of report.rejected) fx.log(`Warning: ${rejectionLine(r, c.recipients)}`);
  if (report.rejected.length > 0 && !c.allowPartial) {
    if (c.record.accepted.length > 0) await recordSent(o.outDir, c.record, fx);
    throw refusedError(c, file);
  }
  await recordSent(o.outDir, { ...c.record, complete: true }, fx);
  const extra = [
    c.skipped > 0 ? `${c.skipped} already had it` : '',
    report.rejected.length > 0 ? `${report.rejected.length} refused (allowed)` : '',
  ].filter((s) => s !== '');
  fx.out(
    `Emailed the brief for ${c.date} to ${report.accepted.length} of ${plural(c.recipients, 'recipient')} via ${c.host} (${plural(report.attempts, 'attempt')})${extra.length ? `; ${extra.join('; ')}` : ''}`,
  );
}
