/**
 * `brief fetch` validates new rows as `brief check` validates a file before anything is written:
 * a well-formed response whose values are absurd (a close at a tenth of the previous one, a close
 * of 1e-320 or 1e308) stops the fetch with a data error (exit 3) naming the symbol, the date and
 * the values, and the data folder is byte-unchanged.
 */
import { describe, expect, it } from 'vitest';
import { BriefError } from '../../../src/errors.js';
import {
  IWM_JSON,
  RUT_JSON,
  failure,
  fixture,
  hashDir,
  ok,
  setup,
  yahooRoute,
} from './fetchHarness.js';

/** The RUT fixture with the close of its session `k` (0 = 2026-08-21) replaced by `f(close)`. */
async function rutWith(k: number, f: (close: number) => number): Promise<string> {
  const json = JSON.parse(await fixture(RUT_JSON));
  const q = json.chart.result[0].indicators.quote[0];
  const c = f(q.close[k]);
  q.close[k] = c;
  q.open[k] = c;
  q.high[k] = c;
  q.low[k] = c;
  return JSON.stringify(json);
}

async function refused(rut: string): Promise<{ err: BriefError; unchanged: boolean }> {
  const t = await setup([
    yahooRoute('^RUT', ok(rut)),
    yahooRoute('IWM', ok(await fixture(IWM_JSON))),
  ]);
  const before = await hashDir(t.dir);
  const err = await failure(t.run());
  expect(err).toBeInstanceOf(BriefError);
  return { err: err as BriefError, unchanged: (await hashDir(t.dir)) === before };
}

describe('brief fetch refuses absurd new rows, writing nothing', () => {
  it('RUT at a tenth of the previous close: a suspicious jump naming symbol, date and values', async () => {
    // Session 1 of the fixture is 2026-08-24; the file's last close (2026-08-21) is the base.
    const { err, unchanged } = await refused(await rutWith(1, (c) => c / 10));
    expect(err.exitCode).toBe(3);
    expect(err.message).toMatch(
      /RUT\.csv: RUT: new data makes a suspicious jump on 2026-08-24: close-to-close -8\d\.\d% \([\d.]+ on 2026-08-21 to [\d.]+\), more than 25%; nothing written$/,
    );
    expect(err.hint).toMatch(/--max-jump/);
    expect(unchanged).toBe(true);
  });

  it('a close of 1e-320 is refused by the price bounds, naming the file and line', async () => {
    const { err, unchanged } = await refused(await rutWith(2, () => 1e-320));
    expect(err.exitCode).toBe(3);
    expect(err.message).toMatch(/RUT\.csv:\d+: (open|close) .* (is zero|below 0\.000001)/);
    expect(unchanged).toBe(true);
  });

  it('a close of 1e308 is refused by the price bounds', async () => {
    const { err, unchanged } = await refused(await rutWith(2, () => 1e308));
    expect(err.exitCode).toBe(3);
    expect(err.message).toMatch(
      /RUT\.csv:\d+: open 1\d{23}… is above 1000000000, the largest price accepted/,
    );
    expect(unchanged).toBe(true);
  });

  it('a real but large move passes when --max-jump allows it', async () => {
    const t = await setup([
      yahooRoute('^RUT', ok(await rutWith(1, (c) => c * 0.7))),
      yahooRoute('IWM', ok(await fixture(IWM_JSON))),
    ]);
    const report = await t.run({ maxJump: 0.5 });
    expect(report.appended.RUT).toHaveLength(3);
  });
});
