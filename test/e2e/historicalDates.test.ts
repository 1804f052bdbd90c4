/**
 * Briefs for old sessions (2008-06-06, 1996-05-07): funds that did not exist yet are left out,
 * and stats.json agrees with figures computed by hand and by a naive, independent reading of
 * the CSVs.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cliHarness.js';

type Stats = {
  series: Record<
    string,
    {
      close: number;
      day: { value: number };
      sessions5: { value: number };
      mtd: { value: number };
      ytd: { value: number };
    }
  >;
  excluded: { symbol: string; reason: string }[];
  pairs: { small: string; large: string; streak: { current: number } | { unavailable: string } }[];
};

async function briefStats(date: string): Promise<Stats> {
  const out = mkdtempSync(path.join(tmpdir(), 'brief-hist-'));
  const r = await runCli([
    '--date',
    date,
    '--no-pdf',
    '--data',
    path.join(REPO, 'data'),
    '--templates',
    path.join(REPO, 'templates'),
    '--out',
    out,
  ]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(readFileSync(path.join(out, date.slice(0, 4), date, 'stats.json'), 'utf8'));
}

/** Naive reading of a bundled CSV: [date, close] rows up to `date`. */
function naiveCloses(sym: string, date: string): [string, number][] {
  return readFileSync(path.join(REPO, 'data/closes', `${sym}.csv`), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','))
    .map((f) => [f[0] as string, Number(f[4])] as [string, number])
    .filter(([d]) => d <= date);
}

function naiveFigures(sym: string, date: string) {
  const rows = naiveCloses(sym, date);
  const last = rows[rows.length - 1] as [string, number];
  const before = (prefix: string) => rows.filter(([d]) => d < prefix).pop() as [string, number];
  return {
    close: last[1],
    day: last[1] / (rows[rows.length - 2] as [string, number])[1] - 1,
    sessions5: last[1] / (rows[rows.length - 6] as [string, number])[1] - 1,
    mtd: last[1] / before(date.slice(0, 7))[1] - 1,
    ytd: last[1] / before(date.slice(0, 4))[1] - 1,
  };
}

/** Naive streak: walk back from the date while small's return beat large's. */
function naiveStreak(small: string, large: string, date: string): number {
  const l = new Map(naiveCloses(large, date));
  const s = naiveCloses(small, date).filter(([d]) => l.has(d));
  let n = 0;
  for (let k = s.length - 1; k > 0; k--) {
    const [d, c] = s[k] as [string, number];
    const [d0, c0] = s[k - 1] as [string, number];
    if (c / c0 > (l.get(d) as number) / (l.get(d0) as number)) n++;
    else break;
  }
  return n;
}

describe.each([
  [
    '2008-06-06',
    ['RUT', 'GSPC', 'IXIC', 'IWM', 'SPY', 'QQQ', 'DIA', 'IJR', 'IWB', 'XLK', 'XLF'],
    ['XLC', 'XLRE', 'AAPL', 'META'],
  ],
  [
    '1996-05-07',
    ['RUT', 'GSPC', 'IXIC', 'SPY'],
    ['IWM', 'QQQ', 'DIA', 'XLK', 'XLC', 'IJR', 'AAPL'],
  ],
])('brief for %s', (date, present, absent) => {
  let stats: Stats;
  beforeAll(async () => {
    stats = await briefStats(date);
  });
  it('leaves out the funds that did not exist yet, saying why', () => {
    for (const sym of absent) {
      expect(stats.series[sym]).toBeUndefined();
      expect(stats.excluded.find((e) => e.symbol === sym)?.reason).toMatch(
        /^history begins \d{4}-\d{2}-\d{2}, after /,
      );
    }
  });
  it.each(present)('%s figures agree with a naive reading of the CSV', (sym) => {
    const want = naiveFigures(sym, date);
    const got = stats.series[sym];
    expect(got?.close).toBe(want.close);
    // stats.json writes 10 significant digits: a return below 10 is within 5e-10 of the full one
    for (const k of ['day', 'sessions5', 'mtd', 'ytd'] as const)
      expect(got?.[k].value).toBeCloseTo(want[k], 8);
  });
  it('streaks agree with a naive walk back through the CSVs', () => {
    for (const p of stats.pairs) {
      if ('unavailable' in p.streak) {
        expect(present).not.toContain(p.small);
        continue;
      }
      expect(p.streak.current).toBe(naiveStreak(p.small, p.large, date));
    }
  });
});

describe('hand-computed figures', () => {
  it('2008-06-06', async () => {
    const s = await briefStats('2008-06-06');
    // RUT: 740.37 / 763.27 - 1 = -22.90 / 763.27 = -0.0300025
    expect(s.series.RUT?.day.value).toBeCloseTo(-0.0300025, 7);
    // RUT YTD: 740.37 / 766.03 (2007-12-31) - 1 = -25.66 / 766.03 = -0.0334974
    expect(s.series.RUT?.ytd.value).toBeCloseTo(-0.0334974, 7);
    // RUT MTD: 740.37 / 748.28 (2008-05-30) - 1 = -7.91 / 748.28 = -0.0105709
    expect(s.series.RUT?.mtd.value).toBeCloseTo(-0.0105709, 7);
    // GSPC: 1360.68 / 1404.05 - 1 = -43.37 / 1404.05 = -0.0308892; YTD 1360.68 / 1468.36 - 1 = -0.0733333
    expect(s.series.GSPC?.day.value).toBeCloseTo(-0.0308892, 7);
    expect(s.series.GSPC?.ytd.value).toBeCloseTo(-0.0733332, 6);
  });
  it('1996-05-07', async () => {
    const s = await briefStats('1996-05-07');
    // RUT: 345.66 / 346.87 - 1 = -1.21 / 346.87 = -0.0034883
    expect(s.series.RUT?.day.value).toBeCloseTo(-0.0034883, 7);
    // SPY: 63.98438 / 64.25 - 1 = -0.26562 / 64.25 = -0.0041342
    expect(s.series.SPY?.day.value).toBeCloseTo(-0.0041342, 7);
    // 1996-05-07 ends the record 16-session RUT-over-GSPC streak (1996-04-16 .. 1996-05-07)
    expect(s.pairs[0]?.streak).toMatchObject({ current: 16, rank: 1, currentStart: '1996-04-16' });
  });
});
