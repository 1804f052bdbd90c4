/**
 * `brief fetch` asked to stop (SIGINT, SIGTERM) while it waits: a backoff or a request in flight
 * ends at once with Interrupted (exit 130 or 143) and nothing is written, though other symbols
 * were already fetched. The waits here never end by themselves: a test that does not stop them
 * times out instead of passing.
 */
import { describe, expect, it } from 'vitest';
import { Interrupted } from '../../../src/errors.js';
import type { PriceProvider } from '../../../src/ingest/providers/provider.js';
import { ProviderRequestError } from '../../../src/ingest/providers/providerRequestError.js';
import { withRetry } from '../../../src/ingest/providers/withRetry.js';
import { RUT_JSON, failure, fixture, hashDir, ok, setup, yahooRoute } from './fetchHarness.js';

const never = () => new Promise<never>(() => undefined);
/** Far below the 60 s default: a wait that is not stopped fails fast. */
const QUICK = { timeout: 5000 };

describe('brief fetch stops on a signal', () => {
  it(
    'SIGINT during a backoff ends the wait at once: Interrupted, exit 130, nothing written',
    QUICK,
    async () => {
      const t = await setup([
        yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
        yahooRoute('IWM', { status: 503, body: '' }),
      ]);
      const before = await hashDir(t.dir);
      t.hooks.onSleep = () => {
        t.stop.abort('SIGINT'); // Ctrl-C while waiting 1 s before IWM's retry
        return never();
      };
      const err = await failure(t.run());
      expect(err).toBeInstanceOf(Interrupted);
      expect(err).toMatchObject({
        exitCode: 130,
        message: 'interrupted by SIGINT: nothing written',
      });
      expect(t.sleeps).toEqual([1000]); // the first backoff, never a second one
      expect(t.net.hits('/v8/finance/chart/IWM')).toBe(1);
      expect(t.net.hits('/v8/finance/chart/^RUT')).toBe(1); // RUT was fetched, yet not written
      expect(await hashDir(t.dir)).toBe(before);
    },
  );

  it(
    'SIGTERM during a request in flight ends it at once: exit 143, nothing written',
    QUICK,
    async () => {
      const t = await setup([yahooRoute('^RUT', ok(await fixture(RUT_JSON)))]);
      const before = await hashDir(t.dir);
      const asked: string[] = [];
      const provider: PriceProvider = {
        name: 'fake',
        fetchDaily: async (s) => {
          asked.push(s.symbol);
          if (s.symbol === 'IWM') t.stop.abort('SIGTERM');
          return never(); // a server that never answers, far within any deadline
        },
      };
      const err = await failure(t.run({ provider, symbols: ['IWM', 'RUT'] }));
      expect(err).toBeInstanceOf(Interrupted);
      expect(err).toMatchObject({
        exitCode: 143,
        message: 'interrupted by SIGTERM: nothing written',
      });
      expect(asked).toEqual(['IWM']); // RUT was never asked for
      expect(t.sleeps).toEqual([]);
      expect(await hashDir(t.dir)).toBe(before);
    },
  );
});

describe('withRetry and the stop signal', () => {
  const failing = () => Promise.reject(new ProviderRequestError('network', 'h', 'reset'));

  it('does not start an attempt once stopped', QUICK, async () => {
    const stop = new AbortController();
    stop.abort('SIGINT');
    let attempts = 0;
    const err = await withRetry(
      async () => {
        attempts++;
        return 'ok';
      },
      {
        retries: 4,
        baseDelayMs: 100,
        sleep: async () => undefined,
        stop: { signal: stop.signal, kept: 'k' },
      },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'Interrupted', message: 'interrupted by SIGINT: k' });
    expect(attempts).toBe(0);
  });

  it(
    'a stop during the 2nd backoff ends the retries there (2 attempts, not 5)',
    QUICK,
    async () => {
      const stop = new AbortController();
      const sleeps: number[] = [];
      let attempts = 0;
      const err = await withRetry(
        () => {
          attempts++;
          return failing();
        },
        {
          retries: 4,
          baseDelayMs: 100,
          sleep: async (ms) => {
            sleeps.push(ms);
            if (sleeps.length === 2) {
              stop.abort('SIGTERM');
              return never();
            }
          },
          stop: { signal: stop.signal, kept: 'k' },
        },
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Interrupted);
      expect((err as Interrupted).signal).toBe('SIGTERM');
      expect(sleeps).toEqual([100, 200]);
      expect(attempts).toBe(2);
    },
  );
});
