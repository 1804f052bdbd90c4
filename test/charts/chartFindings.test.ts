/**
 * The findings the main charts state (their text alternative and the line printed under them),
 * on small hand-made chart data.
 */
import { describe, expect, it } from 'vitest';
import {
  drawdownFinding,
  ratioFinding,
  rebasedFinding,
  rotationFinding,
  streaksFinding,
} from '../../src/charts/chartFindings.js';

const line = (symbol: string, name: string, values: number[]) => ({
  symbol,
  name,
  points: values.map((value, k) => ({ date: `2026-01-0${k + 2}`, value })),
});
const streak = (length: number, end: string) => ({ start: end, end, length }) as never;

describe('chart findings', () => {
  it('rebased: where each line ends against 100', () => {
    // 109.54 / 100 - 1 = +9.54%; 99.5 / 100 - 1 = -0.50%.
    const lines = [
      line('RUT', 'Russell 2000', [100, 109.54]),
      line('GSPC', 'S&P 500', [100, 99.5]),
    ];
    expect(rebasedFinding(lines, 2025)).toBe(
      'Since the last close of 2025: Russell 2000 +9.54% and S&P 500 -0.50%.',
    );
  });
  it("ratio: its change since the chart's first session, then where it ends against the 200-session average", () => {
    // 0.40 / 0.38 - 1 = +5.26%; 0.40 / 0.37 - 1 = +8.11% above the average.
    const r = {
      small: { symbol: 'RUT', name: 'Russell 2000' },
      large: { symbol: 'GSPC', name: 'S&P 500' },
      ratio: line('R', 'r', [0.38, 0.39, 0.4]).points,
      ma50: [],
      ma200: line('M', 'm', [0.37]).points,
    };
    expect(ratioFinding(r)).toBe(
      'The ratio has risen 5.26% since January 2, 2026: the Russell 2000 did better. It ends 8.11% above its 200-session average.',
    );
  });
  it('streaks: today, the run that ended today, or that none is running; never the record again', () => {
    const base = {
      label: 'L',
      small: 'RUT',
      large: 'GSPC',
      smallName: 'Russell 2000',
      largeName: 'S&P 500',
      historyFrom: '1987-09-11',
      ended: null,
      endedRank: null,
    };
    const record = streak(16, '1996-05-07');
    const all = Array.from({ length: 1200 }, () => streak(1, '2000-01-03'));
    expect(streaksFinding({ ...base, all, current: streak(14, '2026-01-22'), record })).toBe(
      "Today's streak has run 14 sessions. The chart draws the streaks of 5 or more sessions among all 1,200 since 1987.",
    );
    // A one-session streak is one that began today, not one that "has run 1 session".
    expect(streaksFinding({ ...base, all, current: streak(1, '2026-01-22'), record })).toMatch(
      /^A new streak began today\. The chart draws /,
    );
    expect(streaksFinding({ ...base, all, current: null, record })).toBe(
      'No streak is running today. The chart draws the streaks of 5 or more sessions among all 1,200 since 1987.',
    );
    // 2026-01-23: the 14-session run that began on January 2 ended; rank 2 = one run was longer.
    const ended = { length: 14, start: '2026-01-02', end: '2026-01-22' };
    expect(streaksFinding({ ...base, all, current: null, ended, endedRank: 2, record })).toBe(
      'A 14-session streak ended today; one earlier streak lasted longer. The chart draws the streaks of 5 or more sessions among all 1,200 since 1987.',
    );
    // Rank 1: none longer ("An" before 11); rank 4: three longer.
    const e11 = { ...ended, length: 11 };
    expect(
      streaksFinding({ ...base, all, current: null, ended: e11, endedRank: 1, record }),
    ).toMatch(/^An 11-session streak ended today; no earlier streak lasted longer\. /);
    expect(streaksFinding({ ...base, all, current: null, ended, endedRank: 4, record })).toMatch(
      /^A 14-session streak ended today; 3 earlier streaks lasted longer\. /,
    );
    // A one-session win that ended is not news: the chart says no streak is running.
    const one = { length: 1, start: '2026-01-22', end: '2026-01-22' };
    expect(streaksFinding({ ...base, all, current: null, ended: one, endedRank: 9, record })).toBe(
      'No streak is running today. The chart draws the streaks of 5 or more sessions among all 1,200 since 1987.',
    );
  });
  it('drawdown: each line at or below its record close', () => {
    // -0.0093 -> 0.9% below.
    const lines = [line('RUT', 'Russell 2000', [-0.1, 0]), line('GSPC', 'S&P 500', [0, -0.0093])];
    expect(drawdownFinding(lines)).toBe(
      'Today: Russell 2000 at its record close and S&P 500 0.9% below its record close.',
    );
  });
  it('rotation: the funds of each quadrant, empty quadrants left out', () => {
    const p = (symbol: string, quadrant: string) =>
      ({ symbol, name: symbol, tail: [], quadrant }) as never;
    const r = {
      benchmark: 'SPY',
      points: [p('XLB', 'leading'), p('XLK', 'lagging'), p('XLE', 'leading')],
      left: [],
    };
    expect(rotationFinding(r)).toBe('Against SPY today, leading: XLB, XLE; lagging: XLK.');
  });
});
