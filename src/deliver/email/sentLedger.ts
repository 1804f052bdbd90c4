/**
 * The record of which briefs were emailed, so each session is mailed at most once even when a
 * scheduled run is retried: one small JSON file per session, `OUT/sent/YYYY-MM-DD.json` (schema
 * `rotation-brief/sent@2`), written atomically after each recipient's copy was accepted. One
 * file per session means two runs never edit the same file (publishing merges folders by copying),
 * and rebuilding a brief (which replaces its folder) does not forget that it was sent.
 *
 * A record is `complete` when every recipient accepted the brief (or the send allowed a partial
 * delivery); an incomplete one lists who already has it, so the next send goes to the others
 * only. The reports folder is published, so recipients are recorded as salted SHA-256 hashes
 * ({@link recipientHash}), never as addresses. Records of schema `sent@1` (before per-recipient
 * delivery) are read as complete.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as z from 'zod';
import { BriefError } from '../../errors.js';
import type { FileSystem } from '../../model/effects.js';

export const SENT_SCHEMA = 'rotation-brief/sent@2';
const SENT_SCHEMA_V1 = 'rotation-brief/sent@1';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const hashes = z.array(z.string().regex(/^[0-9a-f]{16}$/));
const recordSchema = z.object({
  schema: z.literal(SENT_SCHEMA),
  date,
  sentAt: z.string(),
  complete: z.boolean(),
  accepted: hashes,
  rejected: hashes,
});
const v1Schema = z.object({ schema: z.literal(SENT_SCHEMA_V1), date, sentAt: z.string() });

/** One emailed (or partly emailed) brief. */
export type SentRecord = z.infer<typeof recordSchema>;

/** The ledger's file effects (the atomic write creates OUT/sent/ when needed). */
export type LedgerFs = Pick<FileSystem, 'readText' | 'listDir' | 'writeAtomic'>;

/** `OUT/sent`. */
export function sentDir(outDir: string): string {
  return path.join(outDir, 'sent');
}

/** `OUT/sent/YYYY-MM-DD.json`. */
export function sentFile(outDir: string, date: string): string {
  return path.join(sentDir(outDir), `${date}.json`);
}

/**
 * How a recipient of the brief of `date` is recorded: 16 hex digits of SHA-256 over the date and
 * the lower-cased address. Salting with the date keeps the hashes of one address unlinkable across
 * records; it does not stop someone who guesses an address from confirming it.
 */
export function recipientHash(date: string, address: string): string {
  return createHash('sha256')
    .update(`rotation-brief/sent:${date}:${address.toLowerCase()}`)
    .digest('hex')
    .slice(0, 16);
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

function parseRecord(text: string, file: string, day: string): SentRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const r = recordSchema.safeParse(parsed);
  if (r.success && r.data.date === day) return r.data;
  const v1 = v1Schema.safeParse(parsed);
  if (v1.success && v1.data.date === day)
    return { ...v1.data, schema: SENT_SCHEMA, complete: true, accepted: [], rejected: [] };
  throw new BriefError(
    'data',
    `${file}: not a valid record of the email of ${day}`,
    'delete it to allow sending again, or restore it from git',
  );
}

/** The record of `date`, or null when it was never sent. A damaged record is a data error. */
export async function readSentRecord(
  outDir: string,
  date: string,
  fs: LedgerFs,
): Promise<SentRecord | null> {
  const file = sentFile(outDir, date);
  let text: string;
  try {
    text = await fs.readText(file);
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return null;
    throw new BriefError('data', `${file}: cannot read (${codeOf(e)})`);
  }
  return parseRecord(text, file, date);
}

/** Dates with a record, complete or not, oldest first (none when the folder does not exist). */
export async function recordedDates(outDir: string, fs: LedgerFs): Promise<string[]> {
  const names = await fs.listDir(sentDir(outDir)).catch((e: unknown) => {
    if (codeOf(e) === 'ENOENT') return [] as string[];
    throw new BriefError('data', `${sentDir(outDir)}: cannot list (${codeOf(e)})`);
  });
  return names
    .map((n) => /^(\d{4}-\d{2}-\d{2})\.json$/.exec(n)?.[1])
    .filter((d): d is string => d !== undefined)
    .sort();
}

/** The newest date whose record is complete, or null (reads records newest first). */
export async function newestSentDate(outDir: string, fs: LedgerFs): Promise<string | null> {
  for (const d of (await recordedDates(outDir, fs)).reverse()) {
    if ((await readSentRecord(outDir, d, fs))?.complete === true) return d;
  }
  return null;
}

/** Record (or update the record of) the email of `record.date`. */
export async function recordSent(outDir: string, record: SentRecord, fs: LedgerFs): Promise<void> {
  const file = sentFile(outDir, record.date);
  const text = `${JSON.stringify(recordSchema.parse(record), null, 2)}\n`;
  await fs.writeAtomic(file, text).catch((e: unknown) => {
    throw new BriefError(
      'output',
      `the brief of ${record.date} was emailed, but ${file} could not be written (${codeOf(e)})`,
      `create it by hand (see README) or the next run may email ${record.date} again`,
      { cause: e },
    );
  });
}

/**
 * Briefs not emailed yet: those newer than the newest one completely sent, oldest first. With
 * no complete record at all, only the newest brief (a new ledger must not mail the whole archive).
 */
export function pendingDates(archived: readonly string[], newestSent: string | null): string[] {
  const dates = [...archived].sort();
  if (newestSent === null) return dates.slice(-1);
  return dates.filter((d) => d > newestSent);
}
