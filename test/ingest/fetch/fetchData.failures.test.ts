/**
 * Acceptance tests of `brief fetch` (fetchData) when something is wrong: revisions, retries,
 * failed symbols, malformed bodies, files that do not re-validate. Nothing may be written then
 * (the data folder's hash is compared). The network is disabled, as in fetchData.append.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/errors.js';
import {
  IWM_JSON,
  RUT_JSON,
  type Reply,
  failure,
  fixture,
  hashDir,
  ok,
  setup,
  yahooRoute,
} from './fetchHarness.js';

/** The IWM fixture with the 2026-08-21 close (and adjclose) replaced by `close`. */
async function iwmRevised(close: number): Promise<string> {
  const json = JSON.parse(await fixture(IWM_JSON));
  const ind = json.chart.result[0].indicators;
  ind.quote[0].close[0] = close;
  ind.adjclose[0].adjclose[0] = close;
  return JSON.stringify(json);
}

describe('brief fetch refuses', () => {
  it('stops on a revised past close, writing nothing, and rewrites it with acceptRevisions', async () => {
    const t = await setup([
      yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
      yahooRoute('IWM', ok(await iwmRevised(300.12))),
    ]);
    const before = await hashDir(t.dir);
    const err = await failure(t.run());
    expect(err).toBeInstanceOf(BriefError);
    expect((err as BriefError).message).toBe(
      '1 past close(s) revised by yahoo: IWM 2026-08-21 299.96 -> 300.12; nothing written',
    );
    expect(t.logs).toContain('revision: IWM 2026-08-21 299.96 -> 300.12');
    expect(await hashDir(t.dir)).toBe(before);

    const report = await t.run({ acceptRevisions: true });
    expect(report.revisions).toEqual([
      { symbol: 'IWM', date: '2026-08-21', oldClose: 299.96, newClose: 300.12 },
    ]);
    const iwm = await t.read('IWM');
    const oldLine = '2026-08-21,299.85,300.33,298.17,299.96,299.959991,22219869\r\n';
    const cut = t.old.IWM.indexOf(oldLine);
    expect(cut).toBeGreaterThan(0);
    expect(iwm.slice(0, cut)).toBe(t.old.IWM.slice(0, cut));
    expect(iwm.slice(cut)).toMatch(
      /^2026-08-21,299\.85,300\.33,298\.17,300\.12,300\.12,22219869\r\n2026-08-24,/,
    );
    expect(report.appended.RUT).toHaveLength(3);
  });

  it('retries a 429 and a 500, then succeeds (attempts and backoff counted)', async () => {
    const t = await setup([
      yahooRoute(
        '^RUT',
        { status: 500, body: 'Internal Server Error' },
        ok(await fixture(RUT_JSON)),
      ),
      yahooRoute('IWM', { status: 429, body: 'Too Many Requests' }, ok(await fixture(IWM_JSON))),
    ]);
    const report = await t.run();
    expect(t.net.hits('/v8/finance/chart/^RUT')).toBe(2);
    expect(t.net.hits('/v8/finance/chart/IWM')).toBe(2);
    expect(t.sleeps).toEqual([1000, 1000]);
    expect(t.logs.filter((l) => l.includes('retry 1 in 1000 ms'))).toHaveLength(2);
    expect(Object.keys(report.appended)).toEqual(['RUT', 'IWM']);
  });

  it('retries a timeout', async () => {
    const t = await setup([
      yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
      yahooRoute('IWM', 'hang', ok(await fixture(IWM_JSON))),
    ]);
    await t.run();
    expect(t.net.hits('/v8/finance/chart/IWM')).toBe(2);
    expect(t.logs).toContain(
      'fetch: IWM: no answer from query2.finance.yahoo.com within 50 ms; retry 1 in 1000 ms',
    );
  });

  it('gives up after the retries, names the failed symbol and leaves every file untouched', async () => {
    const t = await setup([
      yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
      yahooRoute('IWM', { status: 503, body: '' }),
    ]);
    const before = await hashDir(t.dir);
    const err = await failure(t.run());
    expect((err as BriefError).message).toBe(
      'fetch failed for IWM (HTTP 503 from query2.finance.yahoo.com); nothing written',
    );
    expect(t.net.hits('/v8/finance/chart/IWM')).toBe(4);
    expect(t.sleeps).toEqual([1000, 2000, 4000]);
    expect(await hashDir(t.dir)).toBe(before);
  });

  it('does not retry a 404; with allowPartial writes the symbols that succeeded', async () => {
    const routes = [
      yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
      yahooRoute('IWM', { status: 404, body: '{}' }),
    ];
    const t = await setup(routes);
    const before = await hashDir(t.dir);
    expect((await failure(t.run())) as BriefError).toMatchObject({
      kind: 'data',
      message: expect.stringMatching(/^fetch failed for IWM \(HTTP 404/),
    });
    expect(t.net.hits('/v8/finance/chart/IWM')).toBe(1);
    expect(await hashDir(t.dir)).toBe(before);

    const report = await t.run({ allowPartial: true });
    expect(report.failed).toEqual({ IWM: 'HTTP 404 from query2.finance.yahoo.com' });
    expect(report.written.map((f) => f.slice(t.dir.length))).toEqual(['/closes/RUT.csv']);
    expect(await t.read('IWM')).toBe(t.old.IWM);
  });

  it.each<[string, () => Promise<Reply>, RegExp]>([
    [
      'bad JSON',
      async () => ok('{"chart":{"result":[{"meta":{}'),
      /^IWM \(yahoo IWM\): malformed provider data: body is not JSON/,
    ],
    [
      'a zero price',
      async () => ok((await fixture(IWM_JSON)).replace('301.0799865722656', '0')),
      /^IWM \(yahoo IWM\): malformed provider data: close on 2026-08-25 is 0/,
    ],
    [
      'dates not ascending',
      async () => ok((await fixture(IWM_JSON)).replace('1787664600', '1787491800')),
      /dates not ascending: 2026-08-23 after 2026-08-24/,
    ],
  ])(
    'rejects a malformed body (%s) and writes nothing, even with allowPartial',
    async (_what, reply, pattern) => {
      const t = await setup([
        yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
        yahooRoute('IWM', await reply()),
      ]);
      const before = await hashDir(t.dir);
      for (const allowPartial of [false, true]) {
        const err = await failure(t.run({ allowPartial }));
        expect(err).toBeInstanceOf(BriefError);
        expect((err as BriefError).message).toMatch(pattern);
      }
      expect(t.net.hits('/v8/finance/chart/IWM')).toBe(2); // not retried
      expect(await hashDir(t.dir)).toBe(before);
    },
  );

  it('writes no file when one new file fails re-validation (high below close)', async () => {
    const json = JSON.parse(await fixture(IWM_JSON));
    json.chart.result[0].indicators.quote[0].high[1] = 301; // 2026-08-24 close is 302.51
    const t = await setup([
      yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
      yahooRoute('IWM', ok(JSON.stringify(json))),
    ]);
    const before = await hashDir(t.dir);
    const err = await failure(t.run());
    expect(err).toBeInstanceOf(BriefError);
    const line = t.old.IWM.trimEnd().split('\r\n').length + 1;
    expect((err as BriefError).message).toMatch(new RegExp(`IWM\\.csv:${line}: `));
    expect(await hashDir(t.dir)).toBe(before); // RUT's valid file was not written either
  });
});
