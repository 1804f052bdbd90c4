/**
 * The record of which briefs were emailed, so each session is mailed at most once even when a
 * scheduled run is retried: one small JSON file per session, `OUT/sent/YYYY-MM-DD.json` (schema
 * `rotation-brief/sent@1`), written atomically after the SMTP server accepted the message. One
 * file per session means two runs never edit the same file (publishing merges folders by copying),
 * and rebuilding a brief (which replaces its folder) does not forget that it was sent. The record
 * holds no address: the reports folder is published.
 */
import path from 'node:path';
import { z } from 'zod';
import { BriefError } from '../../errors.js';
import type { FileSystem } from '../../model/effects.js';

export const SENT_SCHEMA = 'rotation-brief/sent@1';

const recordSchema = z.object({
  schema: z.literal(SENT_SCHEMA),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sentAt: z.string(),
  messageId: z.string(),
  accepted: z.number().int().nonnegative(),
});

/** One emailed brief. */
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

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

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
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const r = recordSchema.safeParse(parsed);
  if (!r.success || r.data.date !== date) {
    throw new BriefError(
      'data',
      `${file}: not a valid record of the email of ${date}`,
      'delete it to allow sending again, or restore it from git',
    );
  }
  return r.data;
}

/** Dates with a record, oldest first (none when the folder does not exist). */
export async function sentDates(outDir: string, fs: LedgerFs): Promise<string[]> {
  const names = await fs.listDir(sentDir(outDir)).catch((e: unknown) => {
    if (codeOf(e) === 'ENOENT') return [] as string[];
    throw new BriefError('data', `${sentDir(outDir)}: cannot list (${codeOf(e)})`);
  });
  return names
    .map((n) => /^(\d{4}-\d{2}-\d{2})\.json$/.exec(n)?.[1])
    .filter((d): d is string => d !== undefined)
    .sort();
}

/** Record that `record.date` was emailed. */
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
 * Briefs not emailed yet: those newer than the newest one sent, oldest first. With no record at
 * all, only the newest brief (a new ledger must not mail the whole archive).
 */
export function pendingDates(archived: readonly string[], sent: readonly string[]): string[] {
  const dates = [...archived].sort();
  const newestSent = sent.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null);
  if (newestSent === null) return dates.slice(-1);
  return dates.filter((d) => d > newestSent);
}
