/**
 * Option-argument parsers for commander: a bad value is commander's InvalidArgumentError, which
 * the CLI reports as a usage error (exit 2) naming the option.
 */
import { InvalidArgumentError } from 'commander';

/** An integer >= 1. */
export function positiveIntArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a positive integer, got "${v}"`);
  return n;
}

/** A YYYY-MM-DD string (the calendar checks that it is a real date where it matters). */
export function isoDateArg(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
    throw new InvalidArgumentError(`expected YYYY-MM-DD, got "${v}"`);
  return v;
}
