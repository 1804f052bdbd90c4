/**
 * How an error reaches the user: one line `brief: error: <message>`, then `hint: ...` when the
 * error has one. Stack traces only with --debug.
 */
import { BriefError, Interrupted } from '../errors.js';

export function reportError(e: unknown, debug: boolean, write: (text: string) => void): void {
  if (e instanceof Interrupted) {
    write(`brief: ${e.message}\n`);
  } else if (e instanceof BriefError) {
    write(`brief: error: ${e.message}\n`);
    if (e.hint) write(`  hint: ${e.hint}\n`);
  } else {
    const msg = e instanceof Error ? e.message : String(e);
    write(`brief: internal error: ${msg.split('\n')[0]}\n`);
    if (!debug)
      write('  hint: this is a bug; rerun with --debug for the stack trace and report it\n');
  }
  if (debug && e instanceof Error && e.stack) write(`${e.stack}\n`);
}
