import { describe, expect, it } from 'vitest';
import { formatRevision, mergeBars } from '../../../src/ingest/mergeBars.js';
import { parseSeriesCsv } from '../../../src/ingest/parseSeriesCsv.js';
import type { FetchedBar } from '../../../src/ingest/providers/provider.js';

const HEADER = 'date,open,high,low,close,adj_close,volume';
/** An ETF file ending Friday 2026-08-21 whose adj_close is 2% below close (dividends since). */
const ETF = parseSeriesCsv(
  `${HEADER}\r\n2026-08-20,299.27,300.04,297.04,297.67,291.7166,21638700\r\n2026-08-21,299.85,300.33,298.17,299.96,293.9608,22219869\r\n`,
  'IWM.csv',
  'IWM',
);
/** An index file: no adj_close, no volume. */
const INDEX = parseSeriesCsv(
  `${HEADER}\r\n2026-08-21,3007.16,3020.24,3000.05,3017.87,,\r\n`,
  'RUT.csv',
  'RUT',
);

const bar = (
  date: string,
  close: number,
  adjClose: number | null = close,
  volume: number | null = 1000,
): FetchedBar => ({
  date,
  open: close,
  high: close,
  low: close,
  close,
  adjClose,
  volume,
});

describe('mergeBars', () => {
  it('appends the closed sessions after the file, rounded, with the file basis for adj_close', () => {
    const plan = mergeBars(
      ETF,
      [
        bar('2026-08-21', Math.fround(299.96)),
        bar('2026-08-24', Math.fround(302.51)),
        bar('2026-08-25', 301.08),
      ],
      '2026-08-25',
    );
    expect(plan.revisions).toEqual([]);
    expect(plan.append.map((r) => [r.date, r.close, r.adjClose, r.volume])).toEqual([
      ['2026-08-24', 302.51, 296.4598, 1000], // 302.51 x 0.98 (the file's factor), 7 significant digits
      ['2026-08-25', 301.08, 295.0584, 1000],
    ]);
    expect(plan.notes).toEqual([
      expect.stringMatching(/^IWM: provider adj_close rescaled by 0\.9800000/),
    ]);
  });

  it('carries a dividend that goes ex inside the new rows into adj_close', () => {
    // Provider adj as of today: rows before the 08-25 ex-date are scaled by 0.99.
    const bars = [
      bar('2026-08-21', 299.96, 299.96 * 0.99),
      bar('2026-08-24', 300, 297),
      bar('2026-08-25', 297, 297),
    ];
    const plan = mergeBars(
      parseSeriesCsv(`${HEADER}\r\n2026-08-21,1,300,1,299.96,299.96,5\r\n`, 'X', 'X'),
      bars,
      '2026-08-25',
    );
    const [a, b] = plan.append.map((r) => r.adjClose as number);
    expect(b! / a! - 1).toBeCloseTo(297 / (300 * 0.99) - 1, 9); // total return, not the price drop
    expect(a).toBe(300);
  });

  it('keeps an index file without adj_close and volume that way', () => {
    const plan = mergeBars(
      INDEX,
      [bar('2026-08-21', 3017.87), bar('2026-08-24', 3043.26, 3043.26, 4683920000)],
      '2026-08-24',
    );
    expect(plan.append).toEqual([
      {
        date: '2026-08-24',
        open: 3043.26,
        high: 3043.26,
        low: 3043.26,
        close: 3043.26,
        adjClose: null,
        volume: null,
      },
    ]);
  });

  it('leaves out a session that has not closed, a non-session, and stops at a gap', () => {
    const plan = mergeBars(
      INDEX,
      [bar('2026-08-24', 1), bar('2026-08-26', 3), bar('2026-08-27', 4), bar('2026-08-29', 5)],
      '2026-08-26',
    );
    expect(plan.append.map((r) => r.date)).toEqual(['2026-08-24']);
    expect(plan.notes).toEqual([
      'RUT: provider has no bar for 2026-08-25; nothing appended from there on',
      'RUT 2026-08-27: session not closed yet (after 2026-08-26); partial bar left out',
      'RUT 2026-08-29: not a New York session; left out',
    ]);
  });

  it('ignores float noise but flags a close that differs after rounding', () => {
    expect(
      mergeBars(ETF, [bar('2026-08-21', 299.9599914550781, 1)], '2026-08-21').revisions,
    ).toEqual([]);
    const plan = mergeBars(
      ETF,
      [bar('2026-08-20', 297.67), bar('2026-08-21', 299.97, 299.97, 5)],
      '2026-08-21',
    );
    expect(plan.revisions).toEqual([
      { symbol: 'IWM', date: '2026-08-21', oldClose: 299.96, newClose: 299.97 },
    ]);
    expect(plan.revisions.map(formatRevision)).toEqual(['IWM 2026-08-21 299.96 -> 299.97']);
    expect(plan.replace).toMatchObject([{ date: '2026-08-21', close: 299.97, volume: 5 }]);
  });

  it('does not treat a changed past adj_close as a revision', () => {
    expect(
      mergeBars(ETF, [bar('2026-08-20', 297.67, 250), bar('2026-08-21', 299.96, 252)], '2026-08-21')
        .revisions,
    ).toEqual([]);
  });

  it('without a provider adj_close, carries the last factor and says so', () => {
    const plan = mergeBars(
      ETF,
      [bar('2026-08-21', 299.96, null), bar('2026-08-24', 302.51, null)],
      '2026-08-24',
    );
    expect(plan.append[0]?.adjClose).toBe(296.4598);
    expect(plan.notes).toEqual([
      expect.stringMatching(
        /^IWM: no provider adj_close for 2026-08-21; new adj_close = close x 0\.98/,
      ),
    ]);
  });

  it('notes a provider bar for a past date the file lacks without inserting it', () => {
    const plan = mergeBars(
      INDEX,
      [bar('2026-08-20', 2992.43), bar('2026-08-21', 3017.87)],
      '2026-08-21',
    );
    expect(plan.append).toEqual([]);
    expect(plan.notes).toEqual([
      'RUT 2026-08-20: provider has a bar the file lacks; history is not filled in',
    ]);
  });
});
