/**
 * Effects for the email tests: the real ones (disk, nodemailer), a fixed clock, a log that is
 * collected, and a sleep that records the backoff instead of waiting.
 */
import { DateTime } from 'luxon';
import { realEffects } from '../../../src/cli/realEffects.js';
import type { EmailEffects } from '../../../src/deliver/email/emailEffects.js';
import { testMachine } from '../../helpers/machine.js';

export const NOW = DateTime.fromISO('2026-01-22T21:30:00', { zone: 'America/New_York' });

export interface TestFx {
  readonly fx: EmailEffects;
  readonly logs: string[];
  readonly sleeps: number[];
}

/** Real effects with a collected log and a recorded sleep. */
export function testFx(now: DateTime = NOW): TestFx {
  const logs: string[] = [];
  const sleeps: number[] = [];
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  const fx: EmailEffects = {
    ...realEffects(quiet, testMachine()),
    now: () => now,
    log: (l) => void logs.push(l),
    sleep: async (ms) => void sleeps.push(ms),
  };
  return { fx, logs, sleeps };
}
