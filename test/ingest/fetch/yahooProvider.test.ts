import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/errors.js';
import { ProviderRequestError } from '../../../src/ingest/providers/providerRequestError.js';
import type { ProviderSymbol } from '../../../src/ingest/providers/providerSymbol.js';
import { createYahooProvider } from '../../../src/ingest/providers/yahooProvider.js';
import { CLOCK, fakeNet, fixture, ok, yahooRoute } from './fetchHarness.js';

const RUT: ProviderSymbol = { symbol: 'RUT', yahoo: '^RUT', index: true };
const IWM: ProviderSymbol = { symbol: 'IWM', yahoo: 'IWM', index: false };

/** The IWM fixture with `edit` applied to its parsed JSON. */
async function editedIwm(edit: (result: any) => void): Promise<string> {
  const json = JSON.parse(await fixture('yahoo-chart-IWM-2026-08-21..26.json'));
  edit(json.chart.result[0]);
  return JSON.stringify(json);
}

/** The error `fetchDaily` rejects with for IWM served `body`. */
async function failureFor(body: string): Promise<unknown> {
  const net = fakeNet([yahooRoute('IWM', ok(body))]);
  return createYahooProvider({ fetch: net.fetch, clock: CLOCK })
    .fetchDaily(IWM, '2026-08-21', '2026-08-26')
    .catch((e: unknown) => e);
}

describe('yahoo provider over yahoo-finance2 with a recorded chart response', () => {
  it('asks the chart endpoint for daily bars of the New York date range and parses them', async () => {
    const net = fakeNet([
      yahooRoute('^RUT', ok(await fixture('yahoo-chart-RUT-2026-08-21..26.json'))),
    ]);
    const bars = await createYahooProvider({ fetch: net.fetch, clock: CLOCK }).fetchDaily(
      RUT,
      '2026-08-21',
      '2026-08-26',
    );
    expect(net.urls).toHaveLength(1);
    const q = new URL(net.urls[0] as string).searchParams;
    expect(q.get('interval')).toBe('1d');
    expect(q.get('period1')).toBe('1787284800'); // 2026-08-21 00:00 EDT
    expect(q.get('period2')).toBe('1787803200'); // 2026-08-27 00:00 EDT
    expect(bars.map((b) => b.date)).toEqual([
      '2026-08-21',
      '2026-08-24',
      '2026-08-25',
      '2026-08-26',
    ]);
    expect(bars[0]).toEqual({
      date: '2026-08-21',
      open: Math.fround(3007.16),
      high: Math.fround(3020.24),
      low: Math.fround(3000.05),
      close: Math.fround(3017.87),
      adjClose: Math.fround(3017.87),
      volume: 2737363000,
    });
  });

  it('dates a mid-session bar by its New York date', async () => {
    const net = fakeNet([
      yahooRoute('IWM', ok(await fixture('yahoo-chart-IWM-2026-08-26T1530-intraday.json'))),
    ]);
    const bars = await createYahooProvider({ fetch: net.fetch, clock: CLOCK }).fetchDaily(
      IWM,
      '2026-08-21',
      '2026-08-26',
    );
    expect(bars.at(-1)).toMatchObject({ date: '2026-08-26', close: Math.fround(302.18) });
  });

  it('returns no bars when Yahoo has no timestamps in the range', async () => {
    const body = await editedIwm((r) => {
      delete r.timestamp;
      r.indicators = { quote: [{}] };
    });
    const net = fakeNet([yahooRoute('IWM', ok(body))]);
    expect(
      await createYahooProvider({ fetch: net.fetch, clock: CLOCK }).fetchDaily(
        IWM,
        '2026-08-22',
        '2026-08-23',
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'bad JSON',
      async () => '{"chart":{"result":[{"meta":',
      /IWM \(yahoo IWM\): malformed provider data: body is not JSON/,
    ],
    [
      'missing quote',
      () => editedIwm((r) => delete r.indicators.quote),
      /indicators\.quote is missing/,
    ],
    [
      'a negative close',
      () => editedIwm((r) => (r.indicators.quote[0].close[2] = -1)),
      /close on 2026-08-25 is -1/,
    ],
    [
      'a string price',
      () => editedIwm((r) => (r.indicators.quote[0].high[1] = 'n/a')),
      /high on 2026-08-24 is "n\/a"/,
    ],
    [
      'an infinite price',
      async () => (await editedIwm(() => {})).replace('303.7699890136719', '1e999'),
      /close on 2026-08-26 is Infinity/,
    ],
    [
      'dates out of order',
      () => editedIwm((r) => r.timestamp.reverse()),
      /dates not ascending: 2026-08-25 after 2026-08-26/,
    ],
    [
      'a short column',
      () => editedIwm((r) => r.indicators.quote[0].volume.pop()),
      /volume has 3 values for 4 timestamps/,
    ],
  ])('rejects %s with a one-line data error naming the symbol', async (_what, body, pattern) => {
    const err = await failureFor(await body());
    expect(err).toBeInstanceOf(BriefError);
    expect((err as BriefError).kind).toBe('data');
    expect((err as BriefError).message).toMatch(pattern);
    expect((err as BriefError).message).not.toContain('\n');
  });

  it('turns a 429 into a retryable status error and a 404 into a final one', async () => {
    const net = fakeNet([
      yahooRoute('IWM', {
        status: 429,
        body: 'Too Many Requests',
        headers: { 'retry-after': '3' },
      }),
      yahooRoute('^RUT', {
        status: 404,
        body: '{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found"}}}',
      }),
    ]);
    const yahoo = createYahooProvider({ fetch: net.fetch, clock: CLOCK });
    const e429 = await yahoo.fetchDaily(IWM, '2026-08-21', '2026-08-26').catch((e: unknown) => e);
    expect(e429).toBeInstanceOf(ProviderRequestError);
    expect(e429).toMatchObject({ status: 429, retryable: true, retryAfterMs: 3000 });
    const e404 = await yahoo.fetchDaily(RUT, '2026-08-21', '2026-08-26').catch((e: unknown) => e);
    expect(e404).toMatchObject({ failure: 'status', status: 404, retryable: false });
    expect((e404 as Error).message).toBe('HTTP 404 from query2.finance.yahoo.com');
  });

  it('times out a request that never answers', async () => {
    const net = fakeNet([yahooRoute('IWM', 'hang')]);
    const err = await createYahooProvider({ fetch: net.fetch, clock: CLOCK, timeoutMs: 30 })
      .fetchDaily(IWM, '2026-08-21', '2026-08-26')
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ failure: 'timeout', retryable: true });
    expect((err as Error).message).toBe('no answer from query2.finance.yahoo.com within 30 ms');
  });

  it('accepts a ready chart client instead of a fetch', async () => {
    const result = JSON.parse(await fixture('yahoo-chart-IWM-2026-08-21..26.json')).chart.result[0];
    const asked: string[] = [];
    const client = { chart: async (symbol: string) => (asked.push(symbol), result) };
    const bars = await createYahooProvider({ client }).fetchDaily(IWM, '2026-08-21', '2026-08-26');
    expect(asked).toEqual(['IWM']);
    expect(bars).toHaveLength(4);
  });
});
