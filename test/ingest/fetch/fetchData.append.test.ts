/**
 * Acceptance tests of `brief fetch` (fetchData), the happy paths: recorded provider responses on a
 * temporary copy of the real data files. The network is disabled: the fake fetch throws for any
 * URL it was not given.
 */
import { describe, expect, it } from 'vitest';
import { formatFetchReport } from '../../../src/ingest/fetchReport.js';
import { parseSeriesCsv } from '../../../src/ingest/parseSeriesCsv.js';
import { createStooqProvider } from '../../../src/ingest/providers/stooqProvider.js';
import type { BriefError } from '../../../src/errors.js';
import {
  CLOCK,
  IWM_JSON,
  RUT_JSON,
  failure,
  fixture,
  ny,
  ok,
  setup,
  stooqRoute,
  yahooRoute,
} from './fetchHarness.js';

describe('brief fetch appends', () => {
  it('appends the new sessions: files re-parse, old bytes unchanged, new rows equal the fixture', async () => {
    const t = await setup([
      yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
      yahooRoute('IWM', ok(await fixture(IWM_JSON))),
    ]);
    const report = await t.run();
    const dates = ['2026-08-24', '2026-08-25', '2026-08-26'];
    expect(report).toMatchObject({
      latestClosed: '2026-08-26',
      appended: { RUT: dates, IWM: dates },
      revisions: [],
      upToDate: [],
      behind: {},
      failed: {},
    });
    expect(report.written.map((f) => f.slice(t.dir.length))).toEqual([
      '/closes/RUT.csv',
      '/closes/IWM.csv',
    ]);
    const rut = await t.read('RUT');
    const iwm = await t.read('IWM');
    expect(rut.slice(0, t.old.RUT.length)).toBe(t.old.RUT);
    expect(iwm.slice(0, t.old.IWM.length)).toBe(t.old.IWM);
    expect(rut.slice(t.old.RUT.length)).toBe(
      '2026-08-24,3019.55,3048.12,3016.4,3043.26,,\r\n2026-08-25,3041.9,3052.77,3021.35,3027.64,,\r\n2026-08-26,3029.11,3061.48,3026.02,3058.93,,\r\n',
    );
    expect(iwm.slice(t.old.IWM.length)).toBe(
      '2026-08-24,300.41,302.87,299.92,302.51,302.51,19873400\r\n2026-08-25,302.2,303.15,300.64,301.08,301.08,18240100\r\n2026-08-26,301.35,304.02,301.11,303.77,303.77,21056300\r\n',
    );
    const s = parseSeriesCsv(iwm, 'IWM.csv', 'IWM');
    expect(s.dates.slice(-4)).toEqual(['2026-08-21', ...dates]);
    expect([...s.close.slice(-3)]).toEqual([302.51, 301.08, 303.77]);
    expect(formatFetchReport(report)).toContain(
      'IWM: appended 3 sessions (2026-08-24..2026-08-26)',
    );
  });

  it('is up to date on a second run and then asks the network for nothing', async () => {
    const t = await setup([
      yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
      yahooRoute('IWM', ok(await fixture(IWM_JSON))),
    ]);
    await t.run();
    const again = await t.run();
    expect(t.net.urls).toHaveLength(2);
    expect(again).toMatchObject({ upToDate: ['RUT', 'IWM'], appended: {}, written: [] });
  });

  it('never appends the partial bar of a session that has not closed (15:30 New York)', async () => {
    const t = await setup(
      [
        yahooRoute('^RUT', ok(await fixture(RUT_JSON))),
        yahooRoute('IWM', ok(await fixture('yahoo-chart-IWM-2026-08-26T1530-intraday.json'))),
      ],
      { now: ny('2026-08-26T15:30') },
    );
    const report = await t.run();
    expect(report.latestClosed).toBe('2026-08-25');
    expect(report.appended).toEqual({
      RUT: ['2026-08-24', '2026-08-25'],
      IWM: ['2026-08-24', '2026-08-25'],
    });
    expect(report.notes).toContain(
      'IWM 2026-08-26: session not closed yet (after 2026-08-25); partial bar left out',
    );
    const period2 = new URL(t.net.urls[1] as string).searchParams.get('period2');
    expect(period2).toBe('1787716800'); // asked only up to the end of 2026-08-25
    expect(await t.read('IWM')).not.toContain('2026-08-26');
    expect((await t.read('IWM')).slice(t.old.IWM.length)).toBe(
      '2026-08-24,300.41,302.87,299.92,302.51,302.51,19873400\r\n2026-08-25,302.2,303.15,300.64,301.08,301.08,18240100\r\n',
    );
  });

  it('fetches nothing on a weekend when the files already end on Friday', async () => {
    const t = await setup([], { now: ny('2026-08-22T12:00') });
    expect(await t.run()).toMatchObject({
      latestClosed: '2026-08-21',
      upToDate: ['RUT', 'IWM'],
      written: [],
    });
    expect(t.net.urls).toEqual([]);
  });

  it('appends from Stooq, carrying the adj_close factor, and never reaches an unrecorded URL', async () => {
    const t = await setup([
      stooqRoute('iwm.us', { status: 200, body: await fixture('stooq-iwm.us-2026-08-21..26.csv') }),
    ]);
    const provider = createStooqProvider({ fetch: t.net.fetch, clock: CLOCK, timeoutMs: 50 });
    const report = await t.run({ provider, symbols: ['IWM'] });
    expect(report.appended).toEqual({ IWM: ['2026-08-24', '2026-08-25', '2026-08-26'] });
    expect(report.notes).toEqual([
      expect.stringMatching(
        /^IWM: no provider adj_close for 2026-08-21; new adj_close = close x 1\.000000/,
      ),
    ]);
    expect((await t.read('IWM')).slice(t.old.IWM.length)).toMatch(
      /^2026-08-24,300\.41,302\.87,299\.92,302\.51,302\.51,19873400\r\n/,
    );
    // RUT through Stooq asks for ^rut, which was not recorded: the fake network refuses it.
    const err = await failure(
      t.run({ provider, symbols: ['RUT'], retry: { retries: 0, baseDelayMs: 1 } }),
    );
    expect(t.net.urls.at(-1)).toBe('https://stooq.com/q/d/l/?s=%5Erut&i=d&d1=20260821&d2=20260826');
    // The URL's query (where an API key would be) is scrubbed from the message.
    expect((err as BriefError).message).toBe(
      'fetch failed for RUT (request to stooq.com failed (network disabled: unexpected request to stooq.com/q/d/l/)); nothing written',
    );
  });

  it('refuses a symbol that is not in the universe', async () => {
    const t = await setup([]);
    expect(await failure(t.run({ symbols: ['RUI'] }))).toMatchObject({
      kind: 'usage',
      message: expect.stringMatching(/^unknown symbol RUI: not in /),
    });
  });
});
