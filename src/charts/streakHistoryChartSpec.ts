/**
 * History of small-cap outperformance streaks: every long streak since the start of the data
 * as a dot at its last session (height = length), the current streak (or the one that ended
 * today) highlighted with a rule at its length, and the record annotated.
 *
 * Why this form: there are ~2,400 streaks and half of them last one session, so plotting all of
 * them (or a bar per streak) is an unreadable band at the bottom. Streaks of
 * {@link STREAK_MIN_SHOWN}+ sessions are the rare ones (~7%, ~170 dots) and show when long runs
 * happened; the rule at the current length shows at a glance how many past streaks ran longer.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_DATA_NAME, chartTitle, TITLE_PX, titleExtra, wrapLines } from './specParts.js';
import { BACKGROUND } from './palette.js';
import { streakAxes } from './streakAxes.js';
import { formatNumber } from '../model/format.js';
import { utcMs } from './sessionDateAxis.js';
import { chartFrame, FONT_SIZE, HIGHLIGHT_COLOR, INK, seriesColor } from './theme.js';

/** A run of consecutive outperforming sessions, first to last session (ISO dates). */
export interface StreakSpan {
  start: string;
  end: string;
  length: number;
}

/** Input of {@link streakHistoryChartSpec}. */
export interface StreakHistoryChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  /** Every outperformance streak in the history (any order), the running one included or not. */
  streaks: readonly StreakSpan[];
  /** The streak running on the last session, or null when there is none. */
  current: StreakSpan | null;
  /** The streak that ended on the last session (null or absent when none did, or one runs). */
  ended?: StreakSpan | null;
  /** The longest streak in the history. */
  record: StreakSpan;
  /** Symbol whose colour the dots take (default `RUT`, the small-cap side). */
  symbol?: string;
}

/** Shortest streak drawn as a dot (the record is drawn whatever its length). */
export const STREAK_MIN_SHOWN = 5;

/** A dot of the chart; `kind` picks its style. */
export interface StreakDot {
  end: string;
  length: number;
  kind: 'streak' | 'record' | 'current' | 'ended';
}

/**
 * Today's streak as the chart marks it: the one running, else the one that ended today, with its
 * dot's kind; null below {@link STREAK_MIN_SHOWN} sessions (a "now: 1 session" dot stretched the
 * axis down to 0 and squashed the long runs the chart is about; the caption tells a short one).
 */
function todays(
  input: StreakHistoryChartInput,
): { span: StreakSpan; kind: 'current' | 'ended' } | null {
  const t = input.current
    ? { span: input.current, kind: 'current' as const }
    : input.ended
      ? { span: input.ended, kind: 'ended' as const }
      : null;
  return t && t.span.length >= STREAK_MIN_SHOWN ? t : null;
}

/** Years of a span: `1996`, or `1999-2000` when it crosses a year end. */
export function spanYears(s: StreakSpan): string {
  const [a, b] = [s.start.slice(0, 4), s.end.slice(0, 4)];
  return a === b ? a : `${a}-${b}`;
}

const sameSpan = (a: StreakSpan | null, b: StreakSpan) =>
  a !== null && a.start === b.start && a.end === b.end;

/** The dots, sorted by end date then length; checks dates and lengths. */
export function streakDots(input: StreakHistoryChartInput): StreakDot[] {
  const dots: StreakDot[] = [];
  const today = todays(input);
  for (const s of input.streaks) {
    utcMs(s.start);
    utcMs(s.end);
    if (!Number.isInteger(s.length) || s.length < 1)
      throw new Error(`streak history: bad length ${s.length} for the streak ending ${s.end}`);
    if (
      s.length < STREAK_MIN_SHOWN ||
      sameSpan(today?.span ?? null, s) ||
      sameSpan(input.record, s)
    )
      continue;
    dots.push({ end: s.end, length: s.length, kind: 'streak' });
  }
  if (!sameSpan(today?.span ?? null, input.record))
    dots.push({ end: input.record.end, length: input.record.length, kind: 'record' });
  if (today) dots.push({ end: today.span.end, length: today.span.length, kind: today.kind });
  return dots.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.length - b.length));
}

const plural = (n: number) => `${n} session${n === 1 ? '' : 's'}`;

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** Dashed rule across the chart at the length of today's streak (running or ended today). */
const currentRule = (length: number, scale: { domain: number[] }): Layer => ({
  // One row of its own: a rule over the chart's data would be drawn once per row.
  data: { values: [{}] },
  mark: { type: 'rule', color: HIGHLIGHT_COLOR, strokeDash: [4, 3], strokeWidth: 1.25 },
  encoding: { y: { datum: length, type: 'quantitative', scale: { ...scale, nice: false } } },
});

const only = (kind: StreakDot['kind']) => [{ filter: { field: 'kind', equal: kind } }];

/** Dots of one kind: a circle of `size` px² in `color` (the long ones half transparent). */
function dots(kind: StreakDot['kind'], size: number, color: string): Layer {
  const solid = kind === 'streak' ? { fillOpacity: 0.5 } : { stroke: BACKGROUND, strokeWidth: 1 };
  return { transform: only(kind), mark: { type: 'circle', size, color, ...solid } };
}

/**
 * Text above a dot of one kind (`below`: under it), drawn after the dots so it is on top of them.
 * No stroked halo: Chromium prints stroked text as Type 3 outlines (and the text twice in the
 * PDF's text).
 */
function annotation(
  kind: StreakDot['kind'],
  text: string,
  right: boolean,
  color: string,
  below = false,
): Layer {
  const mark = {
    type: 'text',
    align: right ? 'right' : 'left',
    baseline: below ? 'top' : 'bottom',
    dx: right ? -6 : 6,
    dy: below ? 4 : -4,
    fontSize: FONT_SIZE.value,
    fontWeight: 600,
  } as const;
  return { transform: only(kind), mark: { ...mark, color }, encoding: { text: { value: text } } };
}

/** Which streaks the dots are: `Streaks of 5+ sessions, by end date: 168 of 2,435 since 1987`. */
function streakSubtitle(input: StreakHistoryChartInput, dots: StreakDot[], from: number): string {
  const shown = formatNumber(dots.length, 0);
  const since = new Date(from).getUTCFullYear();
  const count = `${shown} of ${formatNumber(input.streaks.length, 0)} since ${since}`;
  return `Streaks of ${STREAK_MIN_SHOWN}+ sessions, by end date: ${count}`;
}

/**
 * The dots, the record and today's streak, then their labels (labels face the middle): `now: 7
 * sessions` for a running streak, `ended today: 14 sessions` for one that ended today.
 */
function dotLayers(input: StreakHistoryChartInput, [lo, hi]: [number, number]): Layer[] {
  const { record } = input;
  const today = todays(input);
  const color = seriesColor(input.symbol ?? 'RUT');
  const rightHalf = (d: string) => utcMs(d) > (lo + hi) / 2;
  const isRecord = sameSpan(today?.span ?? null, record);
  const recordText = `record: ${plural(record.length)}, ${spanYears(record)}`;
  const layers = [
    dots('streak', 20, color),
    ...(isRecord ? [] : [dots('record', 50, color)]),
    ...(isRecord ? [] : [annotation('record', recordText, rightHalf(record.end), INK.text)]),
  ];
  if (!today) return layers;
  const lead = today.kind === 'current' ? 'now' : 'ended today';
  const text = `${lead}: ${plural(today.span.length)}${isRecord ? ', a record' : ''}`;
  // Today's dot over the other dots and under their labels; its own label last, over all.
  layers.splice(isRecord ? 1 : 2, 0, dots(today.kind, 64, HIGHLIGHT_COLOR));
  // At the shortest length drawn, the band under the rule holds no dot, the band over it the
  // 6-session ones ("now: 5 sessions" was written over them, 2025-11-28): the label goes under.
  const below = today.span.length <= STREAK_MIN_SHOWN;
  layers.push(annotation(today.kind, text, rightHalf(today.span.end), HIGHLIGHT_COLOR, below));
  return layers;
}

/**
 * Vega-Lite spec of the streak history: x = last session of each streak (years), y = length in
 * sessions; dots for streaks of {@link STREAK_MIN_SHOWN}+ sessions in the series colour, the
 * record labelled (`record: 16 sessions, 1996`), the current streak (or the one that ended today)
 * in the highlight colour with a dashed rule at its length (`now: 7 sessions`, `ended today: 14
 * sessions`). The subtitle says which streaks are drawn.
 * Throws on a bad date or length.
 */
export function streakHistoryChartSpec(input: StreakHistoryChartInput): TopLevelSpec {
  const values = streakDots(input);
  const today = todays(input)?.span;
  const all = [...input.streaks, input.record, ...(today ? [today] : [])];
  const domain: [number, number] = [
    Math.min(...all.map((s) => utcMs(s.start))),
    Math.max(...all.map((s) => utcMs(s.end))),
  ];
  const top = Math.max(input.record.length, today?.length ?? 0);
  const bottom = Math.min(STREAK_MIN_SHOWN, input.record.length) - 1;
  const axes = streakAxes(domain, top, bottom);
  const title = chartTitle(input.title);
  const subtitle = wrapLines(
    streakSubtitle(input, values, domain[0]),
    TITLE_PX,
    FONT_SIZE.label,
    false,
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...chartFrame,
    height: 250 + titleExtra(title) + titleExtra(subtitle),
    title: {
      text: title,
      subtitle,
      subtitleFontSize: FONT_SIZE.label,
      subtitleColor: INK.muted,
      subtitlePadding: 4,
    },
    description: input.description,
    data: { name: CHART_DATA_NAME, values },
    layer: [
      ...(today ? [currentRule(today.length, axes.y.scale)] : []),
      { encoding: axes, layer: dotLayers(input, domain) },
    ],
  };
}
