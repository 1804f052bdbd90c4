import { describe, expect, it } from 'vitest';
import {
  CHART_SIZE,
  chartConfig,
  HIGHLIGHT_COLOR,
  NEUTRAL_COLOR,
  SERIES_COLORS,
  separateLabels,
  seriesColor,
} from '../../src/charts/theme.js';
import { sessionDateAxis, sessionTicks, utcMs } from '../../src/charts/sessionDateAxis.js';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Weekdays from `start` (inclusive), `n` of them. */
function weekdays(start: string, n: number): string[] {
  const out: string[] = [];
  for (let t = utcMs(start); out.length < n; t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) out.push(iso(t));
  }
  return out;
}

describe('seriesColor', () => {
  it('gives each of the six symbols its own colour, distinct from neutral and highlight', () => {
    const symbols = ['RUT', 'GSPC', 'IXIC', 'IWM', 'SPY', 'QQQ'];
    const colors = symbols.map(seriesColor);
    expect(new Set([...colors, NEUTRAL_COLOR, HIGHLIGHT_COLOR]).size).toBe(8);
    expect(Object.keys(SERIES_COLORS).sort()).toEqual([...symbols].sort());
  });

  it('accepts carets and any case; unknown symbols are neutral', () => {
    expect(seriesColor('^RUT')).toBe(SERIES_COLORS.RUT);
    expect(seriesColor('gspc')).toBe(SERIES_COLORS.GSPC);
    expect(seriesColor('XLK')).toBe(NEUTRAL_COLOR);
  });
});

describe('chart theme', () => {
  it('is A4-width sized with no text under 11px', () => {
    expect(CHART_SIZE).toEqual({ width: 360, height: 220 });
    const sizes = [
      chartConfig.title?.fontSize,
      chartConfig.axis?.labelFontSize,
      chartConfig.axis?.titleFontSize,
      chartConfig.legend?.labelFontSize,
    ];
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(11);
  });
});

describe('utcMs', () => {
  it('reads a session date as UTC midnight of that day', () => {
    expect(utcMs('2026-01-02')).toBe(Date.UTC(2026, 0, 2));
  });

  it('agrees with Date.UTC on every day from 1899 to 2101, leap days and centuries included', () => {
    // Computed by arithmetic (days from the civil date), not by building a Date.
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (utcMs(iso) !== t) expect(utcMs(iso)).toBe(t);
    }
    expect(utcMs('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
  });

  it('rejects anything that is not YYYY-MM-DD, or a day that does not exist', () => {
    const bad = ['2026-1-2', '2026-01-02T00:00:00Z', '', 'Jan 2', '2026-02-29', '1900-02-29'];
    bad.push('abcd-01-02', '20x6-01-02', ' 026-01-02', '2026-0a-02', '2026-01-0b');
    for (const b of [
      ...bad,
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026/01/02',
    ]) {
      expect(() => utcMs(b)).toThrow(/ISO session date/);
    }
  });
});

describe('sessionTicks', () => {
  it('short spans: ticks on sessions, starting at the first, at most 7', () => {
    const dates = weekdays('2026-01-02', 20);
    const ticks = sessionTicks(dates).map(iso);
    expect(ticks[0]).toBe('2026-01-02');
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (const t of ticks) expect(dates).toContain(t);
  });

  it('long spans: the first session of every 2nd month past 8 months, January kept', () => {
    const dates = weekdays('2025-01-29', 252);
    const ticks = sessionTicks(dates).map(iso);
    // 12 month starts (Feb 2025 .. Jan 2026) > 8 labels: every 2nd month, from the even ones
    expect(ticks[0]).toBe('2025-03-03');
    expect(ticks).toHaveLength(6);
    expect(ticks).toContain('2026-01-01');
    for (const t of ticks) expect(dates).toContain(t);
    expect(new Set(ticks.map((t) => t.slice(0, 7))).size).toBe(ticks.length);
  });

  it('very long spans thin months but keep January', () => {
    const ticks = sessionTicks(weekdays('2020-01-01', 1300)).map(iso);
    expect(ticks.length).toBeLessThanOrEqual(13);
    expect(ticks.filter((t) => t.slice(5, 7) === '01').length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the flush first and last labels clear of their neighbours', () => {
    // 2025-12-31 .. 2026-01-23: 16 sessions (holidays Jan 1 and Jan 19 left out), step
    // ceil(15 / 5) = 3: Dec 31, Jan 6, Jan 9, Jan 14, Jan 20, Jan 23. The span is 23 days; Jan 20
    // is 3 days (13% of it) before Jan 23, whose label vega sets flush right: Jan 20 goes.
    const dates = weekdays('2025-12-31', 18).filter(
      (d) => d !== '2026-01-01' && d !== '2026-01-19',
    );
    expect(dates).toHaveLength(16);
    expect(sessionTicks(dates).map(iso)).toEqual([
      '2025-12-31',
      '2026-01-06',
      '2026-01-09',
      '2026-01-14',
      '2026-01-23',
    ]);
    // 2026-01-02 .. 2026-01-22 (14 sessions, Jan 19 out), step ceil(13 / 5) = 3: Jan 2, 7, 12,
    // 15, 21; Jan 15 is 6 of 20 days (30%) before Jan 21: every tick stays.
    const kept = weekdays('2026-01-02', 15).filter((d) => d !== '2026-01-19');
    expect(sessionTicks(kept).map(iso)).toEqual([
      '2026-01-02',
      '2026-01-07',
      '2026-01-12',
      '2026-01-15',
      '2026-01-21',
    ]);
  });

  it('no dates, no ticks', () => {
    expect(sessionTicks([])).toEqual([]);
  });
});

describe('sessionDateAxis', () => {
  it('formats labels in UTC: days on short spans, months on long ones', () => {
    expect(sessionDateAxis(weekdays('2026-01-02', 20)).labelExpr).toContain(
      "utcFormat(datum.value, '%b %-d')",
    );
    expect(sessionDateAxis(weekdays('2025-01-02', 252)).labelExpr).toContain(
      "utcFormat(datum.value, '%b')",
    );
    expect(sessionDateAxis(weekdays('2025-01-02', 252)).labelExpr).not.toMatch(
      /timeFormat|'%b %-d'/,
    );
  });

  it('puts the year under the first tick and where the year changes', () => {
    const axis = sessionDateAxis(weekdays('2025-01-02', 300));
    const years = /indexof\(\[([\d,]*)\]/
      .exec(axis.labelExpr)?.[1]
      ?.split(',')
      .map((t) => iso(Number(t)));
    expect(years).toEqual(['2025-01-02', '2026-01-01']);
    expect(axis.values[0]).toBe(Date.UTC(2025, 0, 2));
    expect(axis.labelOverlap).toBe(false);
  });
});

describe('separateLabels', () => {
  it('leaves distant labels alone and pushes close ones apart, in input order', () => {
    expect(separateLabels([10, 100], 14)).toEqual([10, 100]);
    const [a, b] = separateLabels([50, 45], 14) as [number, number];
    expect(a - b).toBeCloseTo(14, 9);
    expect((a + b) / 2).toBeCloseTo(47.5, 9);
  });

  it('keeps labels inside the bounds', () => {
    const out = separateLabels([0, 2], 14, 0, 100);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    expect(Math.abs((out[1] ?? 0) - (out[0] ?? 0))).toBeCloseTo(14, 9);
  });
});

describe('chart numbers', () => {
  it('print negatives with the hyphen-minus, as the text and tables do', async () => {
    const { renderSvg } = await import('../../src/charts/renderSvg.js');
    const svg = await renderSvg({
      ...{ width: 200, height: 100, config: chartConfig },
      data: {
        values: [
          { x: 0, y: -0.12 },
          { x: 1, y: 0.04 },
        ],
      },
      mark: 'line',
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative', axis: { format: '.0%', values: [-0.1, 0] } },
      },
    });
    expect(svg).toContain('>-10%<');
    expect(svg).not.toContain('\u2212');
  });
});
