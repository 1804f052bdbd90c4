/**
 * Rules between options, checked before any work: an option that only means something beside
 * another ("--dry-run-email" without "--email") or two that contradict each other ("--mark-sent"
 * with "--dry-run") is a usage error (exit 2), never silently ignored or found after the brief
 * was built.
 */
import { BriefError } from '../errors.js';

/** What the rules read of a parsed command (commander's `Command`). */
export interface Command {
  getOptionValueSource(key: string): string | undefined;
  getOptionValue(key: string): unknown;
}

/** Whether `cmd`'s option (camelCase key) was written on the command line, not defaulted. */
export function given(cmd: Command, key: string): boolean {
  return cmd.getOptionValueSource(key) === 'cli';
}

/** `option` given without `needs`: a usage error saying what it goes with. */
export function onlyWith(cmd: Command, [key, option]: Flag, [needsKey, needs]: Flag): void {
  if (given(cmd, key) && !cmd.getOptionValue(needsKey))
    throw new BriefError(
      'usage',
      `${option} goes with ${needs}`,
      `add ${needs}, or leave out ${option}`,
    );
}

/** Both of two options given: a usage error with `why`. */
export function notTogether(cmd: Command, [a, optA]: Flag, [b, optB]: Flag, why: string): void {
  if (given(cmd, a) && given(cmd, b))
    throw new BriefError('usage', `${optA} and ${optB} cannot go together`, why);
}

/** An option's camelCase key and its flag as written: ['dryRun', '--dry-run']. */
export type Flag = readonly [key: string, flag: string];
