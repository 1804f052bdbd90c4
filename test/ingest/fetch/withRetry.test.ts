import { describe, expect, it } from 'vitest';
import {
  ProviderRequestError,
  parseRetryAfter,
} from '../../../src/ingest/providers/providerRequestError.js';
import { withRetry } from '../../../src/ingest/providers/withRetry.js';

const status = (s: number, retryAfterMs?: number) =>
  new ProviderRequestError('status', 'h', `HTTP ${s}`, {
    status: s,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

/** Runs withRetry over a script of failures followed by success; returns attempts and sleeps. */
async function run(failures: Error[], retries = 4) {
  const sleeps: number[] = [];
  let attempts = 0;
  const result = await withRetry(
    async () => {
      attempts++;
      const f = failures[attempts - 1];
      if (f) throw f;
      return 'ok';
    },
    { retries, baseDelayMs: 100, maxDelayMs: 1000, sleep: async (ms) => void sleeps.push(ms) },
  ).catch((e: unknown) => e);
  return { result, attempts, sleeps };
}

describe('withRetry', () => {
  it('retries 429, 5xx, timeouts and network errors with doubling waits', async () => {
    const timeout = new ProviderRequestError('timeout', 'h', 'slow');
    const network = new ProviderRequestError('network', 'h', 'reset');
    expect(await run([status(429), status(500), timeout, network])).toEqual({
      result: 'ok',
      attempts: 5,
      sleeps: [100, 200, 400, 800],
    });
  });

  it('honours Retry-After when longer than the backoff, capped', async () => {
    expect((await run([status(429, 700), status(429, 60_000)])).sleeps).toEqual([700, 1000]);
  });

  it('does not retry other 4xx, refusals or malformed data', async () => {
    for (const err of [
      status(404),
      status(400),
      new ProviderRequestError('refused', 'h', 'no'),
      new Error('bad body'),
    ]) {
      const r = await run([err]);
      expect(r).toEqual({ result: err, attempts: 1, sleeps: [] });
    }
  });

  it('gives up after the last retry with the last error', async () => {
    const last = status(503);
    const r = await run([status(500), status(502), last], 2);
    expect(r).toEqual({ result: last, attempts: 3, sleeps: [100, 200] });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000);
    expect(
      parseRetryAfter('Wed, 26 Aug 2026 20:00:05 GMT', Date.parse('2026-08-26T20:00:00Z')),
    ).toBe(5000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});
