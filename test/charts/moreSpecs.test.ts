import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from '../../src/charts/renderSvg.js';
import { sectorBarsChartSpec } from '../../src/charts/sectorBarsChartSpec.js';
import { heatmapExtent, sectorHeatmapChartSpec } from '../../src/charts/sectorHeatmapChartSpec.js';
import { compoundReturn } from '../../src/stats/chartSeries.js';
import { calendarYearsChartSpec } from '../../src/charts/calendarYearsChartSpec.js';
import { drawdownChartSpec } from '../../src/charts/drawdownChartSpec.js';
import { rollingBetaChartSpec } from '../../src/charts/rollingBetaChartSpec.js';
import {
  rotationGraphChartSpec,
  type RotationGraphPoint,
  type RotationQuadrant,
} from '../../src/charts/rotationGraphChartSpec.js';
import {
  STREAK_MIN_SHOWN,
  streakHistoryChartSpec,
  type StreakSpan,
} from '../../src/charts/streakHistoryChartSpec.js';
import {
  HIGHLIGHT_COLOR,
  NEUTRAL_COLOR,
  NO_DATA_COLOR,
  RETURN_COLORS,
  RETURN_RAMP,
  separateLabels,
  seriesColor,
} from '../../src/charts/theme.js';

// Specs are plain JSON; tests read them loosely.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../golden/charts');

/** Compares with the golden file, or rewrites it when UPDATE_GOLDEN=1. */
function expectGolden(name: string, svg: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, svg);
  }
  if (!existsSync(file)) throw new Error(`missing golden ${file}: run with UPDATE_GOLDEN=1`);
  expect(
    svg === readFileSync(file, 'utf8'),
    `${name} differs from golden (UPDATE_GOLDEN=1 to accept)`,
  ).toBe(true);
}

// ---- Fixtures: real sector closes (data/closes) for the 10 sessions to 2026-08-21. ----

const SECTOR_NAMES: Record<string, string> = {
  XLB: 'Materials',
  XLC: 'Communication Services',
  XLE: 'Energy',
  XLF: 'Financials',
  XLI: 'Industrials',
  XLK: 'Technology',
  XLP: 'Consumer Staples',
  XLRE: 'Real Estate',
  XLU: 'Utilities',
  XLV: 'Health Care',
  XLY: 'Consumer Discretionary',
};
const TEN_DATES = '10 11 12 13 14 17 18 19 20 21'.split(' ').map((d) => `2026-08-${d}`);
/** Daily returns in percent, 2026-08-10 .. 2026-08-21. */
const SECTOR_DAILY_PCT: Record<string, number[]> = {
  XLB: [0.6, 0.11, -1.24, -0.51, 0.44, -0.57, -0.88, 1.43, -0.19, 2.1],
  XLC: [0.52, -0.5, -0.9, 2.07, 0.36, -1.89, -0.31, 0.76, -0.57, 0.66],
  XLE: [4.66, 1.25, 0.16, 0.05, 1.39, 1.08, 1.76, -0.16, 0.27, -0.17],
  XLF: [0.36, -0.02, 0.21, 0.59, -0.17, -1.0, 0.45, -0.62, -0.92, 0.93],
  XLI: [-0.31, 0.6, 0.1, -0.05, 0.39, -0.1, -1.48, -0.88, -1.2, 0.27],
  XLK: [-0.88, -0.12, 1.49, 1.01, -0.4, 0.16, -2.47, -1.07, -0.29, 0.11],
  XLP: [-0.2, -0.31, 0.46, 1.08, 0.1, -1.64, 1.06, 1.12, -1.41, 0.78],
  XLRE: [-1.29, -0.72, 0.93, 1.42, 0.33, -0.97, -0.45, 0.81, 0.2, -0.02],
  XLU: [-1.1, 1.16, 0.48, 0.46, 0.61, -0.29, -0.36, 0, -0.57, -2.28],
  XLV: [1.67, -0.26, 0.26, -0.04, -0.6, -0.19, 1.6, 3.51, -1.87, 1.29],
  XLY: [-0.16, -0.36, -1.13, 0.47, -0.21, -1.23, -0.33, 1.92, -1.61, 1.15],
};

function sectorBarsFixture(): TopLevelSpec {
  return sectorBarsChartSpec({
    title: 'Sector returns on Aug 21, 2026',
    description: 'Materials led with +2.10%; Utilities lagged with -2.28%.',
    rows: Object.entries(SECTOR_DAILY_PCT).map(([symbol, v]) => ({
      symbol,
      name: SECTOR_NAMES[symbol] ?? symbol,
      value: (v.at(-1) ?? 0) / 100,
    })),
  });
}

function sectorHeatmapFixture(): TopLevelSpec {
  return sectorHeatmapChartSpec({
    title: 'Sector daily returns, last 10 sessions',
    description: 'Energy gained most over the 10 sessions to Aug 21, 2026; Industrials lost most.',
    dates: TEN_DATES,
    rows: Object.entries(SECTOR_DAILY_PCT).map(([symbol, v]) => {
      // Real Estate's first session missing, to show a "no data" cell.
      const values = v.map((x, i) => (symbol === 'XLRE' && i === 0 ? null : x / 100));
      return {
        symbol,
        name: SECTOR_NAMES[symbol] ?? symbol,
        values,
        total: compoundReturn(values),
      };
    }),
  });
}

/** Deterministic PRNG (mulberry32), so synthetic fixtures are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weekdays from `from` to `to` inclusive (ISO dates). */
function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    if (new Date(t).getUTCDay() % 6 !== 0) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/**
 * ~2,500 synthetic streaks 1987-09-11..2026-08-21 (a fair coin per session, as the real ones
 * are: half last one session), capped at 15, with the real record (16 sessions to 1996-05-07)
 * and a current streak of `current` sessions (0: none).
 */
function streakFixture(current: number) {
  const rand = rng(1987);
  const days = weekdays('1987-09-11', '2026-08-21');
  const forced = (d: string, i: number) =>
    d >= '1996-04-16' && d <= '1996-05-07'
      ? true
      : d === '1996-04-15' || d === '1996-05-08'
        ? false
        : i >= days.length - current - 1
          ? i >= days.length - current
          : null;
  const streaks: StreakSpan[] = [];
  let start = -1;
  days.forEach((d, i) => {
    const beat = forced(d, i) ?? (rand() < 0.5 && (start < 0 || i - start < 15));
    if (beat && start < 0) start = i;
    if (!beat && start >= 0) {
      streaks.push({ start: days[start] ?? '', end: days[i - 1] ?? '', length: i - start });
      start = -1;
    }
  });
  const last = days.length - 1;
  if (start >= 0)
    streaks.push({ start: days[start] ?? '', end: days[last] ?? '', length: last - start + 1 });
  const record = streaks.reduce((a, b) => (b.length > a.length ? b : a));
  const tail = streaks.at(-1);
  return { streaks, record, current: tail && tail.end === days[last] ? tail : null };
}

function streakHistoryFixture(current = 7): TopLevelSpec {
  const f = streakFixture(current);
  return streakHistoryChartSpec({
    title: 'Russell 2000 outperformance streaks since 1987',
    description: `The Russell 2000 has beaten the S&P 500 for ${current} sessions in a row; the record is 16 sessions, in 1996.`,
    ...f,
  });
}

/** Standard normal draws from `rand` (Box-Muller). */
function normals(rand: () => number, n: number): number[] {
  return Array.from(
    { length: n },
    () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()),
  );
}

/**
 * 400 synthetic sessions to 2026-08-21: large-cap returns with a spring sell-off, small caps
 * with beta ~1.2 to them plus their own noise (so beta, correlation and drawdowns are realistic).
 */
function marketFixture() {
  const dates = weekdays('2025-01-01', '2026-08-21').slice(-400);
  const rand = rng(2026);
  const [z1, z2] = [normals(rand, 400), normals(rand, 400)];
  const large = z1.map((z, i) => (i >= 250 && i < 285 ? -0.004 + 0.016 * z : 0.0006 + 0.008 * z));
  const small = large.map((r, i) => (i < 200 ? 1.1 : 1.3) * r + 0.0001 + 0.007 * (z2[i] ?? 0));
  return { dates, large, small };
}

/** Close / running high - 1 for the last `n` sessions. */
function underwater(dates: string[], returns: number[], n: number) {
  let close = 100;
  let high = 100;
  const out = returns.map((r, i) => {
    close *= 1 + r;
    high = Math.max(high, close);
    return { date: dates[i] ?? '', value: close / high - 1 };
  });
  return out.slice(-n);
}

function drawdownFixture(): TopLevelSpec {
  const m = marketFixture();
  return drawdownChartSpec({
    title: 'Drawdown from the running high, last 252 sessions',
    description: 'Both indices fell in the spring sell-off; the Russell 2000 fell further.',
    series: [
      { label: 'Russell 2000', symbol: 'RUT', points: underwater(m.dates, m.small, 252) },
      { label: 'S&P 500', symbol: 'GSPC', points: underwater(m.dates, m.large, 252) },
    ],
  });
}

/** Beta and correlation of small on large over each `w`-session window, last `n` windows. */
function rollingBeta(m: ReturnType<typeof marketFixture>, w: number, n: number) {
  return m.dates.slice(-n).map((date, k) => {
    const end = m.dates.length - n + k + 1;
    const xs = m.large.slice(end - w, end);
    const ys = m.small.slice(end - w, end);
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const cov = mean(xs.map((x, i) => (x - mx) * ((ys[i] ?? 0) - my)));
    const vx = mean(xs.map((x) => (x - mx) ** 2));
    const vy = mean(ys.map((y) => (y - my) ** 2));
    return { date, beta: cov / vx, correlation: cov / Math.sqrt(vx * vy) };
  });
}

function rollingBetaFixture(): TopLevelSpec {
  return rollingBetaChartSpec({
    title: 'Russell 2000 beta and correlation to the S&P 500',
    description:
      'Over 60-session windows, beta rose from about 1.1 to 1.3 while correlation held near 0.8.',
    points: rollingBeta(marketFixture(), 60, 252),
    window: 60,
  });
}

/** Real calendar-year price returns (data/closes), 2026 to Aug 21. */
const CALENDAR_PCT: Record<string, number[]> = {
  RUT: [
    14.63, 37.0, 3.53, -5.71, 19.48, 13.14, -12.18, 23.72, 18.36, 13.69, -21.56, 15.09, 10.02,
    11.29, 21.59,
  ],
  GSPC: [
    13.41, 29.6, 11.39, -0.73, 9.54, 19.42, -6.24, 28.88, 16.26, 26.89, -19.44, 24.23, 23.31, 16.39,
    12.11,
  ],
};

function calendarYearsFixture(): TopLevelSpec {
  const label: Record<string, string> = { RUT: 'Russell 2000', GSPC: 'S&P 500' };
  return calendarYearsChartSpec({
    title: 'Calendar-year price returns since 2012',
    description:
      'The Russell 2000 beat the S&P 500 in 5 of 14 full years; it leads in 2026 to date.',
    rows: Object.entries(CALENDAR_PCT).flatMap(([symbol, v]) =>
      v.map((x, i) => ({ year: 2012 + i, symbol, label: label[symbol] ?? symbol, value: x / 100 })),
    ),
    toDateYear: 2026,
  });
}

/** Real strength / momentum against SPY (src/stats/relativeRotation.ts), Aug 17-21, 2026. */
const ROTATION: Record<string, [RotationQuadrant, number[]]> = {
  XLB: ['leading', [96.8, 100.87, 96.43, 100.08, 99.02, 99.57, 100.46, 103.26, 104.08, 105.82]],
  XLC: ['improving', [92.76, 96.14, 94.19, 100.64, 96.08, 104.64, 97.15, 104, 98.23, 106.26]],
  XLE: [
    'leading',
    [108.92, 106.41, 112.34, 113.23, 111.62, 114.96, 113.04, 113.98, 112.02, 115.32],
  ],
  XLF: ['weakening', [101.51, 89.4, 104.65, 95.98, 101.68, 92.21, 101.13, 92.73, 102.49, 97.66]],
  XLI: ['lagging', [99.17, 96.58, 96.64, 94.38, 93.31, 90.7, 92.3, 92.08, 91.85, 93.01]],
  XLK: ['lagging', [102.15, 112.72, 98.17, 101.17, 95.57, 99.09, 96.85, 100.76, 96.29, 98.16]],
  XLP: ['improving', [93.22, 93.47, 97.12, 102.39, 99.15, 104.58, 97.94, 103.18, 99, 106.35]],
  XLRE: ['improving', [89.62, 89.36, 90.61, 97.89, 92.63, 99.24, 96.3, 106.62, 95.21, 106.02]],
  XLU: ['lagging', [90.7, 97.07, 91.51, 102.32, 91.22, 103.37, 91.91, 104.71, 86.99, 99.71]],
  XLV: ['leading', [102.85, 97.87, 108.2, 111.15, 115.91, 116.92, 112.77, 112.22, 114.55, 114.56]],
  XLY: ['lagging', [90.07, 86.35, 91.7, 97.15, 98.76, 103.23, 95.75, 100.56, 98.91, 99.49]],
  IWM: ['improving', [99.15, 101.4, 96.18, 98.58, 97.32, 101.82, 94.88, 101.04, 96.47, 100.45]],
};

function rotationPoints(): RotationGraphPoint[] {
  const dates = ['2026-08-17', '2026-08-18', '2026-08-19', '2026-08-20', '2026-08-21'];
  return Object.entries(ROTATION).map(([symbol, [quadrant, v]]) => ({
    symbol,
    name: SECTOR_NAMES[symbol] ?? 'iShares Russell 2000 ETF',
    quadrant,
    tail: dates.map((date, i) => ({
      date,
      strength: v[2 * i] ?? 100,
      momentum: v[2 * i + 1] ?? 100,
    })),
  }));
}

function rotationFixture(): TopLevelSpec {
  return rotationGraphChartSpec({
    title: 'Sector rotation against the S&P 500 (SPY), last 5 sessions',
    description:
      'Energy, Health Care and Materials lead; Industrials, Technology and Utilities lag.',
    points: rotationPoints(),
  });
}

describe('goldens', () => {
  it('rotation graph', async () => {
    expectGolden('rotationGraph.svg', await renderSvg(rotationFixture()));
  });
  it('drawdown', async () => {
    expectGolden('drawdown.svg', await renderSvg(drawdownFixture()));
  });
  it('rolling beta', async () => {
    expectGolden('rollingBeta.svg', await renderSvg(rollingBetaFixture()));
  });
  it('calendar years', async () => {
    expectGolden('calendarYears.svg', await renderSvg(calendarYearsFixture()));
  });
  it('streak history', async () => {
    expectGolden('streakHistory.svg', await renderSvg(streakHistoryFixture()));
  });
  it('sector bars', async () => {
    expectGolden('sectorBars.svg', await renderSvg(sectorBarsFixture()));
  });
  it('sector heat map', async () => {
    expectGolden('sectorHeatmap.svg', await renderSvg(sectorHeatmapFixture()));
  });
});

/** Every chart's fixture, by golden name. */
const FIXTURES: Record<string, () => TopLevelSpec> = {
  streakHistory: () => streakHistoryFixture(),
  sectorBars: sectorBarsFixture,
  sectorHeatmap: sectorHeatmapFixture,
  rotationGraph: rotationFixture,
  drawdown: drawdownFixture,
  rollingBeta: rollingBetaFixture,
  calendarYears: calendarYearsFixture,
};

/** All marks of a (possibly nested) layered spec, flattened. */
function marks(spec: Json): Json[] {
  return (spec.layer ?? []).flatMap((l: Json) => (l.layer ? marks(l) : [l]));
}

describe('every chart', () => {
  it.each(Object.keys(FIXTURES))('%s: titled, described, A4 width, deterministic', async (name) => {
    const spec: Json = FIXTURES[name]?.();
    const title = typeof spec.title === 'string' ? spec.title : spec.title.text;
    expect(title.length).toBeGreaterThan(10);
    expect(spec.description.length).toBeGreaterThan(20);
    expect(spec.width).toBe(name === 'rotationGraph' ? 480 : 680);
    const before = JSON.stringify(spec);
    const [a, b] = [await renderSvg(spec), await renderSvg(spec)];
    expect(a === b).toBe(true);
    expect(JSON.stringify(spec)).toBe(before);
    expect(a).toContain(`<title>`);
    expect(a).toContain(`<desc>`);
    const [, w] = /^<svg [^>]*width="(\d+)"/.exec(a) ?? [];
    expect(Number(w)).toBe(name === 'rotationGraph' ? 560 : 680);
    expect(a).not.toMatch(/font-size="(\d|10)(\.\d+)?px"/);
    expect(a).not.toContain('…');
    expect(a).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('render in well under a second each (realistic sizes)', async () => {
    for (const [name, make] of Object.entries(FIXTURES)) {
      await renderSvg(make());
      const t0 = performance.now();
      for (let k = 0; k < 3; k++) await renderSvg(make());
      const ms = (performance.now() - t0) / 3;
      console.log(`render ${name}: ${ms.toFixed(0)} ms`);
      expect(ms, name).toBeLessThan(1000);
    }
  });
});

describe('streakHistoryChartSpec', () => {
  const f = streakFixture(7);
  const base = { title: 'Streaks', description: 'Streak history.', ...f };

  it('draws only streaks of 5+ sessions, plus the record and the current one', () => {
    const spec: Json = streakHistoryChartSpec(base);
    const dots = spec.data.values as Json[];
    const long = f.streaks.filter((s) => s.length >= STREAK_MIN_SHOWN);
    expect(f.streaks.length).toBeGreaterThan(2000);
    expect(dots.length).toBe(long.length);
    expect(dots.filter((d) => d.kind === 'record')).toEqual([
      { end: '1996-05-07', length: 16, kind: 'record' },
    ]);
    expect(dots.filter((d) => d.kind === 'current')).toEqual([
      { end: '2026-08-21', length: 7, kind: 'current' },
    ]);
    expect(dots.map((d) => d.end)).toEqual(dots.map((d) => d.end).sort());
  });

  it('highlights the current streak with a rule and annotates the record', () => {
    const spec: Json = streakHistoryChartSpec(base);
    const all = marks(spec);
    expect(all[0].mark).toMatchObject({ type: 'rule', color: HIGHLIGHT_COLOR });
    expect(all[0].encoding.y).toMatchObject({ datum: 7 });
    const texts = all.filter((l) => l.mark.type === 'text' && l.mark.color !== 'white');
    expect(texts.map((l) => [l.encoding.text.value, l.mark.color])).toEqual([
      ['record: 16 sessions, 1996', '#1f2937'],
      ['now: 7 sessions', HIGHLIGHT_COLOR],
    ]);
    const dot = (kind: string) => all.find((l) => l.transform?.[0].filter.equal === kind).mark;
    expect(dot('streak').color).toBe(seriesColor('RUT'));
    expect(dot('current').color).toBe(HIGHLIGHT_COLOR);
    expect(spec.title.subtitle).toMatch(/^5\+ session streaks, .*: [\d,]+ of [\d,]+ since 1987$/);
  });

  it('without a current streak: no rule, no highlight; a short one lowers the axis', () => {
    const none: Json = streakHistoryChartSpec({ ...base, current: null });
    expect(marks(none).some((l) => l.mark.color === HIGHLIGHT_COLOR)).toBe(false);
    expect(none.layer[0].encoding.y.scale.domain).toEqual([4, 17]);
    const short = streakFixture(2);
    const two: Json = streakHistoryChartSpec({ ...base, ...short });
    expect(two.layer[1].encoding.y.scale.domain).toEqual([1, 17]);
  });

  it('a current streak that is the record says so, once', () => {
    const record = { start: '2026-07-27', end: '2026-08-21', length: 20 };
    const spec: Json = streakHistoryChartSpec({ ...base, current: record, record });
    const texts = marks(spec).filter((l) => l.mark.type === 'text' && l.mark.color !== 'white');
    expect(texts.map((l) => l.encoding.text.value)).toEqual(['now: 20 sessions, a record']);
    expect(texts[0].mark.align).toBe('right');
  });

  it('rejects bad lengths and dates', () => {
    const bad = (s: StreakSpan) => () =>
      streakHistoryChartSpec({ ...base, streaks: [...f.streaks, s] });
    expect(bad({ start: '2026-01-02', end: '2026-01-02', length: 0 })).toThrow(/bad length/);
    expect(bad({ start: '2026-1-2', end: '2026-01-02', length: 1 })).toThrow(/ISO session date/);
  });
});

describe('sectorBarsChartSpec', () => {
  const spec: Json = sectorBarsFixture();
  const rows = spec.data.values as Json[];

  it('sorts sectors best first, labels them "XLK Technology" with "+1.35%"-style values', () => {
    expect(rows.map((r) => r.label).slice(0, 2)).toEqual(['XLB Materials', 'XLV Health Care']);
    expect(rows.at(-1)).toMatchObject({ label: 'XLU Utilities', text: '-2.28%', sign: 'negative' });
    expect(rows[0].text).toBe('+2.10%');
    expect(rows.map((r) => r.value)).toEqual([...rows.map((r) => r.value)].sort((a, b) => b - a));
    expect(spec.height).toBe(11 * 24 + 36);
  });

  it('colours gains and losses from the diverging palette, with a zero rule', () => {
    const bar = marks(spec).find((l) => l.mark.type === 'bar');
    expect(bar.encoding.color.scale.range).toEqual([
      RETURN_COLORS.positive,
      RETURN_COLORS.negative,
      NEUTRAL_COLOR,
    ]);
    expect(spec.layer[1]).toMatchObject({ mark: { type: 'rule' }, encoding: { x: { datum: 0 } } });
    const [lo, hi] = spec.layer[0].encoding.x.scale.domain;
    expect(lo).toBeLessThan(-0.0228);
    expect(hi).toBeGreaterThan(0.021);
  });

  it('rejects duplicates and non-finite values', () => {
    const row = { symbol: 'XLK', name: 'Technology', value: 0.01 };
    const make = (r: Json[]) => () =>
      sectorBarsChartSpec({ title: 't', description: 'd', rows: r });
    expect(make([row, row])).toThrow(/duplicate/);
    expect(make([{ ...row, value: NaN }])).toThrow(/not finite/);
  });
});

describe('sectorHeatmapChartSpec', () => {
  const spec: Json = sectorHeatmapFixture();
  const cells = spec.data.values as Json[];

  it('sorts sectors by their compounded 10-session total, dates oldest first, then Total', () => {
    const totals = cells.filter((c) => c.total);
    expect(totals.map((c) => c.row).slice(0, 2)).toEqual(['XLE Energy', 'XLV Health Care']);
    expect(totals.map((c) => c.value)).toEqual(
      [...totals.map((c) => c.value)].sort((a, b) => b - a),
    );
    expect(cells.slice(0, 11).map((c) => c.column)).toEqual([
      ...'10 11 12 13 14 17 18 19 20 21'.split(' ').map((d) => `Aug ${d}`),
      'Total',
    ]);
    expect(cells[0]).toMatchObject({ row: 'XLE Energy', value: 0.0466, text: '+4.7%' });
  });

  it('uses a symmetric diverging colour domain centred on 0, clamped', () => {
    const rect = marks(spec).find((l) => l.mark.type === 'rect');
    const scale = rect.encoding.color.scale;
    expect(scale.range).toEqual(RETURN_RAMP);
    expect(scale.domain[4]).toBe(0);
    expect(scale.domain[0]).toBeCloseTo(-scale.domain[8], 12);
    expect(scale.clamp).toBe(true);
    expect(rect.encoding.color.condition).toEqual({
      test: 'datum.value === null',
      value: NO_DATA_COLOR,
    });
  });

  it('marks missing data as n/a and says so in the legend', () => {
    const missing = cells.filter((c) => c.value === null);
    expect(missing).toEqual([
      { row: 'XLRE Real Estate', column: 'Aug 10', value: null, text: 'n/a', total: false },
    ]);
    const rect = marks(spec).find((l) => l.mark.type === 'rect');
    expect(rect.encoding.color.legend.title).toBe('Daily return (n/a: no data)');
  });

  it('computes extent and totals', () => {
    expect(heatmapExtent([0.001, -0.002])).toBe(0.005);
    expect(heatmapExtent([...Array(39).fill(0.01), 0.09])).toBeCloseTo(0.01, 12);
    // 1.1 x 0.9 - 1 = -0.01; a missing day does not count
    expect(compoundReturn([0.1, null, -0.1])).toBeCloseTo(-0.01, 12);
    expect(compoundReturn([])).toBe(0);
  });

  it('rejects rows that do not match the dates', () => {
    const bad = { symbol: 'XLK', name: 'Technology', values: [0.01], total: 0.01 };
    expect(() =>
      sectorHeatmapChartSpec({ title: 't', description: 'd', dates: TEN_DATES, rows: [bad] }),
    ).toThrow(/1 values for 10 dates/);
  });
});

describe('rotationGraphChartSpec', () => {
  const spec: Json = rotationFixture();
  const rows = spec.data.values as Json[];

  it('is centred on 100/100 with the plain-language axis titles', () => {
    const { x, y } = spec.encoding;
    expect(x.title).toBe('Relative strength (100 = benchmark)');
    expect(y.title).toBe('Momentum (100 = neutral)');
    expect(x.scale.domain).toEqual([80, 120]);
    expect(y.scale.domain).toEqual([80, 120]);
    expect(JSON.stringify(spec)).not.toMatch(/RS-Ratio|RS-Momentum|JdK/i);
  });

  it('names the four quadrants in their corners', () => {
    const names = rows.filter((r) => r.kind === 'name');
    const at = (n: string) => names.find((r) => r.key === n);
    expect(at('Leading').x).toBeGreaterThan(100);
    expect(at('Leading').y).toBeGreaterThan(100);
    expect(at('Weakening').y).toBeLessThan(100);
    expect(at('Lagging').x).toBeLessThan(100);
    expect(at('Improving').y).toBeGreaterThan(100);
    expect(rows.filter((r) => r.kind === 'quadrant')).toHaveLength(4);
  });

  it('has a 5-point tail per symbol, the head last, and a colour per symbol', () => {
    const tails = rows.filter((r) => r.kind === 'tail');
    expect(tails).toHaveLength(60);
    const iwm = tails.filter((r) => r.key === 'IWM');
    expect(iwm.map((r) => r.step)).toEqual([0, 1, 2, 3, 4]);
    expect(iwm.at(-1)).toMatchObject({ head: true, x: 96.47, y: 100.45 });
    const line = spec.layer.find((l: Json) => l.mark.type === 'line');
    expect(line.encoding.color.scale.range).toContain(seriesColor('IWM'));
  });

  it('places the 12 labels without overlaps, each nearest its own head', () => {
    const labels = rows.filter((r) => r.kind === 'label');
    expect(labels).toHaveLength(12);
    const px = (v: number) => ((v - 80) / 40) * 480;
    const py = (v: number) => ((120 - v) / 40) * 376;
    const boxes = labels.map((l) => ({
      x: px(l.x),
      y: py(l.y) - 6.5,
      w: l.key.length * 7.4 + 2,
      h: 13,
    }));
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${labels[i].key} overlaps another label`).toBe(true);
      }),
    );
  });

  it('rejects a symbol without points or twice', () => {
    const p = rotationPoints()[0] as RotationGraphPoint;
    const make = (points: RotationGraphPoint[]) => () =>
      rotationGraphChartSpec({ title: 't', description: 'd', points });
    expect(make([{ ...p, tail: [] }])).toThrow(/no points/);
    expect(make([p, p])).toThrow(/twice/);
  });
});

describe('drawdownChartSpec', () => {
  const spec: Json = drawdownFixture();

  it('shows percent below the high, one colour per series, areas not stacked', () => {
    const line = spec.layer.find((l: Json) => l.mark.type === 'line');
    expect(line.encoding.y).toMatchObject({ stack: null, axis: { format: '.0%' } });
    expect(line.encoding.color.scale).toEqual({
      domain: ['Russell 2000', 'S&P 500'],
      range: [seriesColor('RUT'), seriesColor('GSPC')],
    });
    const [lo, hi] = line.encoding.y.scale.domain;
    expect(hi).toBe(0);
    expect(Math.min(...spec.data.values.map((r: Json) => r.value))).toBeGreaterThanOrEqual(lo);
  });

  it('labels the latest value of each series at the line end', () => {
    const ends = spec.data.values.filter((r: Json) => r.text !== undefined);
    expect(ends.map((r: Json) => r.series)).toEqual(['Russell 2000', 'S&P 500']);
    for (const r of ends) expect(r.text).toMatch(/^-\d+\.\d%$/);
  });

  it('rejects a value above 0 and duplicate labels', () => {
    const s = { label: 'A', symbol: 'RUT', points: [{ date: '2026-01-02', value: 0.01 }] };
    const make = (series: Json[]) => () =>
      drawdownChartSpec({ title: 't', description: 'd', series });
    expect(make([s])).toThrow(/not a drawdown/);
    expect(
      make([
        { ...s, points: [] },
        { ...s, points: [] },
      ]),
    ).toThrow(/duplicate/);
  });
});

describe('rollingBetaChartSpec', () => {
  const spec: Json = rollingBetaFixture();

  it('draws beta and correlation with a legend naming the window and a rule at 1', () => {
    const line = spec.layer.find((l: Json) => l.mark.type === 'line');
    expect(line.encoding.color.scale.domain).toEqual([
      'Beta (60 sessions)',
      'Correlation (60 sessions)',
    ]);
    expect(line.encoding.color.scale.range[0]).toBe(seriesColor('RUT'));
    expect(spec.layer[0]).toMatchObject({ mark: { type: 'rule' }, encoding: { y: { datum: 1 } } });
    const [lo, hi] = line.encoding.y.scale.domain;
    expect(lo).toBeLessThanOrEqual(1);
    expect(hi).toBeGreaterThanOrEqual(1);
    expect(spec.data.values).toHaveLength(2 * 252);
  });

  it('keeps the two end labels apart', () => {
    const ends = spec.data.values.filter((r: Json) => r.text !== undefined);
    expect(ends.map((r: Json) => r.text)).toEqual(['1.28', '0.92']);
    const [lo, hi] = spec.layer[1].encoding.y.scale.domain;
    const gapPx = (Math.abs(ends[0].labelAt - ends[1].labelAt) / (hi - lo)) * 175;
    expect(gapPx).toBeGreaterThanOrEqual(14 - 1e-9);
  });

  it('rejects a correlation outside [-1, 1] and a bad window', () => {
    const p = { date: '2026-01-02', beta: 1, correlation: 1.2 };
    const make =
      (points: Json[], window = 60) =>
      () =>
        rollingBetaChartSpec({ title: 't', description: 'd', points, window });
    expect(make([p])).toThrow(/correlation 1.2/);
    expect(make([], 1)).toThrow(/window/);
  });
});

describe('calendarYearsChartSpec', () => {
  const spec: Json = calendarYearsFixture();
  const bar = spec.layer[0];

  it('groups one bar per series per year, in series colours, legend in theme order', () => {
    expect(bar.encoding.xOffset).toMatchObject({ field: 'label' });
    expect(bar.encoding.color.scale).toEqual({
      domain: ['Russell 2000', 'S&P 500'],
      range: [seriesColor('RUT'), seriesColor('GSPC')],
    });
    expect(spec.data.values.slice(0, 2).map((r: Json) => `${r.year} ${r.symbol}`)).toEqual([
      '2012 RUT',
      '2012 GSPC',
    ]);
    expect(bar.encoding.y.axis.format).toBe('.0%');
  });

  it('marks the to-date year YTD', async () => {
    expect(bar.encoding.x.axis.labelExpr).toContain("datum.value === 2026 ? [datum.label, 'YTD']");
    const svg = await renderSvg(spec);
    expect(svg).toContain('<tspan>2026</tspan><tspan x="0" dy="13">YTD</tspan>');
  });

  it('rejects two rows for one year and series', () => {
    const r = { year: 2020, symbol: 'RUT', label: 'Russell 2000', value: 0.1 };
    expect(() => calendarYearsChartSpec({ title: 't', description: 'd', rows: [r, r] })).toThrow(
      /two rows/,
    );
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
