import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/errors.js';
import { parseUniverse } from '../../../src/ingest/universe.js';
import { ProviderRequestError } from '../../../src/ingest/providers/providerRequestError.js';
import {
  type ProviderSymbol,
  providerSymbols,
  stooqTicker,
} from '../../../src/ingest/providers/providerSymbol.js';
import { createStooqProvider } from '../../../src/ingest/providers/stooqProvider.js';
import { CLOCK, fakeNet, fixture, type Reply, stooqRoute as route } from './fetchHarness.js';
import { readFile } from 'node:fs/promises';

const IWM: ProviderSymbol = { symbol: 'IWM', yahoo: 'IWM', index: false };
const csv = (body: string): Reply => ({
  status: 200,
  body,
  headers: { 'content-type': 'text/csv' },
});
const stooqRoute = (...replies: Reply[]) => route('iwm.us', ...replies);

describe('Stooq tickers', () => {
  it('maps the bundled universe: indices to Stooq index tickers, the rest to <symbol>.us', async () => {
    const text = await readFile(new URL('../../../data/universe.json', import.meta.url), 'utf8');
    const map = providerSymbols(parseUniverse(text, 'data/universe.json'));
    expect(map.get('RUT')).toEqual({ symbol: 'RUT', yahoo: '^RUT', index: true });
    const tickers = ['RUT', 'GSPC', 'IXIC', 'IWM', 'XLRE', 'GOOG'].map((s) =>
      stooqTicker(map.get(s) as ProviderSymbol),
    );
    expect(tickers).toEqual(['^rut', '^spx', '^ndq', 'iwm.us', 'xlre.us', 'goog.us']);
    expect(stooqTicker({ symbol: 'BRK.B', yahoo: 'BRK-B', index: false })).toBe('brk-b.us');
  });

  it('refuses an index it has no Stooq ticker for', () => {
    expect(() => stooqTicker({ symbol: 'RUI', yahoo: '^RUI', index: true })).toThrow(
      /RUI: no Stooq ticker known for index \^RUI/,
    );
  });
});

describe('stooq provider', () => {
  it('downloads the daily CSV for the range and parses it (no adjusted close)', async () => {
    const net = fakeNet([stooqRoute(csv(await fixture('stooq-iwm.us-2026-08-21..26.csv')))]);
    const bars = await createStooqProvider({ fetch: net.fetch, clock: CLOCK }).fetchDaily(
      IWM,
      '2026-08-21',
      '2026-08-26',
    );
    const q = new URL(net.urls[0] as string).searchParams;
    expect(Object.fromEntries(q)).toEqual({ s: 'iwm.us', i: 'd', d1: '20260821', d2: '20260826' });
    expect(bars.map((b) => [b.date, b.close, b.adjClose])).toEqual([
      ['2026-08-21', 299.96, null],
      ['2026-08-24', 302.51, null],
      ['2026-08-25', 301.08, null],
      ['2026-08-26', 303.77, null],
    ]);
    expect(bars[1]).toMatchObject({ open: 300.41, high: 302.87, low: 299.92, volume: 19873400 });
  });

  it('sends the API key but never shows it in an error', async () => {
    const net = fakeNet([stooqRoute({ status: 503, body: 'busy' })]);
    const stooq = createStooqProvider({ fetch: net.fetch, clock: CLOCK, apiKey: 's3cret-key' });
    const err = await stooq.fetchDaily(IWM, '2026-08-21', '2026-08-26').catch((e: unknown) => e);
    expect(new URL(net.urls[0] as string).searchParams.get('apikey')).toBe('s3cret-key');
    expect(err).toBeInstanceOf(ProviderRequestError);
    expect((err as Error).message).toBe('HTTP 503 from stooq.com');
    expect((err as ProviderRequestError).retryable).toBe(true);
  });

  it('reads "No data" as no bars', async () => {
    const net = fakeNet([stooqRoute(csv('No data'))]);
    expect(
      await createStooqProvider({ fetch: net.fetch, clock: CLOCK }).fetchDaily(
        IWM,
        '2026-08-22',
        '2026-08-23',
      ),
    ).toEqual([]);
  });

  it('reports the hit limit and the API-key notice as refusals, not data', async () => {
    for (const [body, message] of [
      ['Exceeded the daily hits limit', 'stooq.com: daily hits limit exceeded'],
      [
        'Get your apikey at https://stooq.com/...',
        'stooq.com asks for an API key (set STOOQ_API_KEY)',
      ],
    ]) {
      const net = fakeNet([stooqRoute(csv(body as string))]);
      const err = await createStooqProvider({ fetch: net.fetch, clock: CLOCK })
        .fetchDaily(IWM, 'x', 'y')
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ failure: 'refused', retryable: false, message });
    }
  });

  it.each([
    [
      'an HTML page',
      '<html><body>Error</body></html>',
      /IWM \(stooq iwm\.us\): malformed provider data: not Stooq's daily CSV/,
    ],
    [
      'a zero close',
      'Date,Open,High,Low,Close,Volume\n2026-08-24,1,1,1,0,5\n',
      /close on 2026-08-24 is 0/,
    ],
    [
      'a bad date',
      'Date,Open,High,Low,Close,Volume\n24/08/2026,1,1,1,1,5\n',
      /line 2: "24\/08\/2026" is not a date/,
    ],
    [
      'dates out of order',
      'Date,Open,High,Low,Close,Volume\n2026-08-25,1,1,1,1,5\n2026-08-24,1,1,1,1,5\n',
      /dates not ascending/,
    ],
    [
      'a missing cell',
      'Date,Open,High,Low,Close,Volume\n2026-08-24,1,1,1,1\n',
      /line 2 has 5 fields, expected 6/,
    ],
  ])('rejects %s as malformed data', async (_what, body, pattern) => {
    const net = fakeNet([stooqRoute(csv(body))]);
    const err = await createStooqProvider({ fetch: net.fetch, clock: CLOCK })
      .fetchDaily(IWM, '2026-08-21', '2026-08-26')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BriefError);
    expect((err as BriefError).message).toMatch(pattern);
  });
});
