/** The BriefError a call throws, for tests that check its kind, message and hint. */
import { BriefError } from '../../src/errors.js';

/** The BriefError `fn` throws; any other error is rethrown, and no error at all fails. */
export function briefErrorOf(fn: () => unknown): BriefError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BriefError) return error;
    throw error;
  }
  throw new Error('expected a BriefError, nothing was thrown');
}
