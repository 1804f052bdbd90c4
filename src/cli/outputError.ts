/**
 * The error for an output that could not be written: exit 7, naming what, with the usual hint.
 */
import { BriefError } from '../errors.js';

/** A BriefError('output') for `target`, from the file-system error `e` (kept as its cause). */
export function outputWriteError(target: string, e: unknown): BriefError {
  const err = e as NodeJS.ErrnoException;
  return new BriefError(
    'output',
    `cannot write ${target}: ${err.code ?? err.message}`,
    'check that the --out folder exists and is writable, and that the disk has space',
    { cause: e },
  );
}
