/**
 * The dry run of email delivery: the complete message written as `OUTBOX/YYYY-MM-DD.eml`
 * (open it in a mail client, or parse it), atomically, instead of being sent.
 */
import path from 'node:path';
import { BriefError } from '../../errors.js';
import type { FileSystem } from '../../model/effects.js';
import { buildEml } from './buildEml.js';
import type { EmailMessage } from './composeEmail.js';

/** Replace `file` atomically (temporary sibling + rename), creating its folder if needed. */
export type WriteAtomic = FileSystem['writeAtomic'];

/** Path of the dry-run message of the brief for `date`. */
export function emlPath(outboxDir: string, date: string): string {
  return path.join(outboxDir, `${date}.eml`);
}

/**
 * Write `message` to `outboxDir/date.eml`; resolves to the file's path.
 *
 * @throws BriefError('output') naming the file when it cannot be written.
 */
export async function writeEml(
  message: EmailMessage,
  outboxDir: string,
  date: string,
  writeAtomic: WriteAtomic,
): Promise<string> {
  const file = emlPath(outboxDir, date);
  const bytes = await buildEml(message);
  try {
    await writeAtomic(file, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0];
    throw new BriefError(
      'output',
      `cannot write ${file}: ${code}`,
      'check that the outbox folder is writable and the disk has space',
    );
  }
  return file;
}
