/**
 * Option-argument parsers for commander: a bad value is commander's InvalidArgumentError, which
 * the CLI reports as a usage error (exit 2) naming the option.
 */
import { InvalidArgumentError } from '@commander-js/extra-typings';

/** An integer >= 1. */
export function positiveIntArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a positive integer, got "${v}"`);
  return n;
}

/**
 * A folder path: not empty nor blank (`--out ""` would be the current folder, which a run then
 * writes into before failing), no NUL byte.
 */
export function folderArg(v: string): string {
  if (v.trim() === '') throw new InvalidArgumentError('expected a folder path, got an empty one');
  if (v.includes('\0'))
    throw new InvalidArgumentError('expected a folder path, got a NUL byte in it');
  return v;
}

/** A YYYY-MM-DD string (the calendar checks that it is a real date where it matters). */
export function isoDateArg(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
    throw new InvalidArgumentError(`expected YYYY-MM-DD, got "${v}"`);
  return v;
}

/** A command-line percentage ("25") as a fraction (0.25). */
export function percentArg(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0))
    throw new InvalidArgumentError(`expected a positive percentage such as 25, got "${value}"`);
  return n / 100;
}

/** --range FROM..TO: two ISO dates, FROM before TO. */
export function rangeArg(value: string): { from: string; to: string } {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (!m || (m[1] as string) >= (m[2] as string)) {
    throw new InvalidArgumentError(
      `expected FROM..TO with two YYYY-MM-DD sessions, FROM first, got "${value}"`,
    );
  }
  return { from: m[1] as string, to: m[2] as string };
}
