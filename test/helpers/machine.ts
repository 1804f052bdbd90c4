/**
 * What the real effects are built from in tests: this process as the machine (running as root,
 * as CI does, so Chromium gets --no-sandbox), and fixed clocks.
 */
import { availableParallelism, tmpdir } from 'node:os';
import { DateTime } from 'luxon';
import type { Machine } from '../../src/cli/realEffects.js';
import type { Clock, Env } from '../../src/model/effects.js';

/** This process and machine, with `env` as the environment and no terminal. */
export function testMachine(env: Env = {}): Machine {
  return {
    env,
    pid: process.pid,
    tmpDir: tmpdir(),
    home: null, // no parsed-series cache on disk: every test parses what it loads
    isRoot: true,
    cores: availableParallelism(),
    tty: null,
  };
}

/** A clock stopped at `at` (monotonic time stopped too). */
export function fixedClock(at: DateTime): Clock {
  return { now: () => at, monotonic: () => 0 };
}

/** A clock stopped at a New York wall-clock time, e.g. nyClock('2026-08-21T20:00'). */
export function nyClock(local: string): Clock {
  const at = DateTime.fromISO(local, { zone: 'America/New_York' });
  if (!at.isValid) throw new Error(`bad test time ${local}`);
  return fixedClock(at);
}
