/**
 * `brief fetch` through the CLI, on recorded Yahoo responses (no network), then a brief for a
 * fetched session; a Ctrl-C stops it at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cliHarness.js';
import {
  fakeNet,
  fixture,
  hashDir,
  IWM_JSON,
  ok,
  RUT_JSON,
  tempDataDir,
  yahooRoute,
} from '../ingest/fetch/fetchHarness.js';

describe('brief fetch', () => {
  it('appends the closed sessions of the recorded responses and reports them', async () => {
    const data = await tempDataDir(['RUT', 'IWM']);
    const net = fakeNet([
      yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
      yahooRoute('IWM', ok(await fixture(IWM_JSON))),
    ]);
    const r = await runCli(['fetch', '--data', data, '--symbols', 'RUT,IWM'], {
      now: '2026-08-27T10:00:00',
      fetch: net.fetch as typeof fetch,
    });
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/RUT.*2026-08-24/);
    const rut = readFileSync(path.join(data, 'closes/RUT.csv'), 'utf8').trim().split('\r\n');
    expect(rut.at(-1)).toMatch(/^2026-08-26,/);
    expect(net.urls.every((u) => u.includes('finance.yahoo.com'))).toBe(true);
  });
  it('a provider error leaves the data untouched and exits non-zero with one line', async () => {
    const data = await tempDataDir(['RUT', 'IWM']);
    const before = await hashDir(data);
    const net = fakeNet([
      yahooRoute('^RUT', ok('{"chart":{"result":null,"error":{"code":"Not Found"}}}')),
      yahooRoute('IWM', ok(await fixture(IWM_JSON))),
    ]);
    const r = await runCli(['fetch', '--data', data, '--symbols', 'RUT,IWM'], {
      now: '2026-08-27T10:00:00',
      fetch: net.fetch as typeof fetch,
    });
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('brief: '))).toHaveLength(1);
    expect(r.stderr).toMatch(/RUT/);
    expect(await hashDir(data)).toBe(before);
  });
  it('Ctrl-C while a request hangs: the request is aborted, exit 130, data untouched', async () => {
    const data = await tempDataDir(['RUT', 'IWM']);
    const before = await hashDir(data);
    const stop = new AbortController();
    const net = fakeNet([yahooRoute('^RUT', 'hang')]);
    const seen: AbortSignal[] = [];
    const fetch = (url: string, init?: RequestInit) => {
      if (init?.signal) seen.push(init.signal);
      setTimeout(() => stop.abort('SIGINT'), 20); // far within the 15 s request deadline
      return net.fetch(url, init);
    };
    const r = await runCli(['fetch', '--data', data, '--symbols', 'RUT,IWM'], {
      now: '2026-08-27T10:00:00',
      fetch: fetch as typeof globalThis.fetch,
      signal: stop.signal,
    });
    expect(r.code).toBe(130);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('brief: '))).toEqual([
      'brief: interrupted by SIGINT: nothing written',
    ]);
    expect(seen.map((s) => s.aborted)).toEqual([true]); // one request, aborted, no retry
    expect(await hashDir(data)).toBe(before);
  }, 5000);
});
