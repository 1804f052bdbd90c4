import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/renderSvg.js';
import {
  STREAK_MIN_SHOWN,
  streakHistoryChartSpec,
  type StreakSpan,
} from '../../src/charts/streakHistoryChartSpec.js';
import { HIGHLIGHT_COLOR, INK, seriesColor } from '../../src/charts/theme.js';
import { expectGolden } from '../helpers/golden.js';
import { marks, type Json } from './fixtures/specJson.js';
import { streakFixture, streakHistoryFixture } from './fixtures/streakCharts.js';

/** The chart's text labels (not white halos) as [text, colour]. */
const labels = (all: Json[]) =>
  all
    .filter((l) => l.mark.type === 'text' && l.mark.color !== 'white')
    .map((l) => [l.encoding.text.value, l.mark.color]);

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
    expect(labels(all)).toEqual([
      ['record: 16 sessions, 1996', '#1f2937'],
      ['now: 7 sessions', HIGHLIGHT_COLOR],
    ]);
    const dot = (kind: string) => all.find((l) => l.transform?.[0].filter.equal === kind).mark;
    expect(dot('streak').color).toBe(seriesColor('RUT'));
    expect(dot('current').color).toBe(HIGHLIGHT_COLOR);
    expect(spec.title.subtitle).toMatch(
      /^Streaks of 5\+ sessions, by end date: [\d,]+ of [\d,]+ since 1987$/,
    );
  });

  it('writes "now: 5 sessions" under its rule (no dot there), a longer streak\'s label over it', () => {
    const todayLabel = (n: number) =>
      marks(streakHistoryChartSpec({ ...base, ...streakFixture(n) })).find(
        (l) => l.mark.type === 'text' && l.mark.color === HIGHLIGHT_COLOR,
      ).mark;
    // 5 = STREAK_MIN_SHOWN: the dots start at 5, so under the rule (4 to 5) is empty.
    expect(todayLabel(5)).toMatchObject({ baseline: 'top', dy: 4 });
    expect(todayLabel(7)).toMatchObject({ baseline: 'bottom', dy: -4 });
  });

  it('without a current streak, or with one under 5 sessions: no rule, no highlight, the axis from 4', () => {
    const none: Json = streakHistoryChartSpec({ ...base, current: null });
    expect(marks(none).some((l) => l.mark.color === HIGHLIGHT_COLOR)).toBe(false);
    expect(none.layer[0].encoding.y.scale.domain).toEqual([4, 17]);
    // A 2-session streak (or one that ended at 4) is no dot of its own: it used to stretch the
    // axis down to 1 (to 0 for a 1-session one) and squash the long runs.
    const short = streakFixture(2);
    for (const input of [
      { ...base, ...short },
      { ...base, current: null, ended: { start: '2026-08-18', end: '2026-08-21', length: 4 } },
    ]) {
      const spec: Json = streakHistoryChartSpec(input);
      expect(marks(spec).some((l) => l.mark.color === HIGHLIGHT_COLOR)).toBe(false);
      expect(spec.layer[0].encoding.y.scale.domain).toEqual([4, 17]);
      expect((spec.data.values as Json[]).every((d) => d.length >= STREAK_MIN_SHOWN)).toBe(true);
    }
  });

  it('marks the streak that ended today like a running one, labelled "ended today"', () => {
    // The fixture's 7-session tail, taken as the run that ended today (no streak running).
    const spec: Json = streakHistoryChartSpec({ ...base, current: null, ended: f.current });
    const dots = spec.data.values as Json[];
    expect(dots.filter((d) => d.kind === 'ended')).toEqual([
      { end: '2026-08-21', length: 7, kind: 'ended' },
    ]);
    expect(
      dots.some((d) => d.kind === 'current' || (d.end === '2026-08-21' && d.kind !== 'ended')),
    ).toBe(false);
    const all = marks(spec);
    expect(all[0].mark).toMatchObject({ type: 'rule', color: HIGHLIGHT_COLOR });
    expect(all[0].encoding.y).toMatchObject({ datum: 7 });
    expect(labels(all)).toEqual([
      ['record: 16 sessions, 1996', '#1f2937'],
      ['ended today: 7 sessions', HIGHLIGHT_COLOR],
    ]);
    // A running streak wins over an ended one (they cannot both be today's).
    const both: Json = streakHistoryChartSpec({ ...base, ended: f.record });
    expect((both.data.values as Json[]).some((d) => d.kind === 'ended')).toBe(false);
  });

  it('a current streak that is the record says so, once', () => {
    const record = { start: '2026-07-27', end: '2026-08-21', length: 20 };
    const spec: Json = streakHistoryChartSpec({ ...base, current: record, record });
    const texts = marks(spec).filter((l) => l.mark.type === 'text' && l.mark.color !== 'white');
    expect(texts.map((l) => l.encoding.text.value)).toEqual(['now: 20 sessions, a record']);
    expect(texts[0].mark.align).toBe('right');
  });

  // With a current streak, its rule's axis merged with the dots' and the grid was dropped:
  // 2024-11-06 (a 6-session streak) printed no gridlines, 2026-01-23 (none) did.
  it('draws the gridlines with and without a current streak', async () => {
    for (const current of [f.current, null]) {
      const svg = await renderSvg(streakHistoryChartSpec({ ...base, current }));
      expect(svg, current ? 'with a streak' : 'without').toContain(`stroke="${INK.grid}"`);
    }
  });

  it('rejects bad lengths and dates', () => {
    const bad = (s: StreakSpan) => () =>
      streakHistoryChartSpec({ ...base, streaks: [...f.streaks, s] });
    expect(bad({ start: '2026-01-02', end: '2026-01-02', length: 0 })).toThrow(/bad length/);
    expect(bad({ start: '2026-1-2', end: '2026-01-02', length: 1 })).toThrow(/ISO session date/);
  });

  it('renders as test/golden/charts/streakHistory.svg', async () => {
    expectGolden('charts/streakHistory.svg', await renderSvg(streakHistoryFixture()));
  });
});
