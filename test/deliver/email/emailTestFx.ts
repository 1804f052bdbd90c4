/**
 * Effects for the email tests: the real ones (disk, nodemailer), a fixed clock, a log that is
 * collected, and a sleep that records the backoff instead of waiting.
 */
import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { nodeEmailEffects, type EmailEffects } from '../../../src/deliver/email/emailEffects.js';

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
  const base = nodeEmailEffects({
    readText: (f) => readFile(f, 'utf8'),
    readBinary: (f) => readFile(f),
    now: () => now,
    log: (l) => logs.push(l),
  });
  return { fx: { ...base, sleep: async (ms) => void sleeps.push(ms) }, logs, sleeps };
}
