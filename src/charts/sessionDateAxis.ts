/**
 * The shared x axis of every chart over session dates: ISO dates parsed as UTC calendar days,
 * ticks on real sessions (days on short spans, months on long ones) and labels that cannot
 * collide, with the year under the first tick and wherever it changes.
 */
import { toDayNumber } from '../calendar/isoDays.js';
import { parseIsoParts } from '../calendar/validateIsoDate.js';

const DAY_MS = 86_400_000;

/** Spans up to this long get day labels; longer ones get month labels. */
const SHORT_SPAN_MS = 92 * DAY_MS;

/**
 * Parses an ISO session date (`YYYY-MM-DD`, a day that exists) to its UTC-midnight timestamp,
 * as `Date.parse(date + 'T00:00:00Z')` does, by day arithmetic (src/calendar/isoDays.ts) rather
 * than by building a Date (thousands a chart).
 */
export function utcMs(date: string): number {
  const parts = parseIsoParts(date);
  if (parts === null)
    throw new Error(`chart data: not an ISO session date: ${JSON.stringify(date)}`);
  return toDayNumber(parts) * DAY_MS;
}

/** Month labels on a 360 px axis (`Jan` is ~20 px wide at 11 px). */
const MAX_MONTH_LABELS = 8;

/** Month steps that keep January on the axis (so the year label always shows). */
const MONTH_STEPS = [1, 2, 3, 4, 6, 12];

/** First session of each month, every `step` months; the first date counts if it opens its month. */
function monthTicks(ms: number[]): number[] {
  const starts = ms.filter((t, i) => {
    const prev = ms[i - 1];
    if (prev === undefined) return new Date(t).getUTCDate() <= 4; // no session before day 4
    return new Date(t).getUTCMonth() !== new Date(prev).getUTCMonth();
  });
  const step = MONTH_STEPS.find((s) => starts.length / s <= MAX_MONTH_LABELS) ?? 12;
  return starts.filter((t) => new Date(t).getUTCMonth() % step === 0);
}

/**
 * Tick positions for a session-date axis, always on real sessions (never weekends).
 * Up to ~3 months: every k-th session from the first (at most 6 ticks). Longer: the first
 * session of each month (every 2nd, 3rd, ... month past 8 months, January always kept).
 */
export function sessionTicks(sortedDates: readonly string[]): number[] {
  const ms = [...new Set(sortedDates)].map(utcMs);
  const first = ms[0];
  const last = ms[ms.length - 1];
  if (first === undefined || last === undefined) return [];
  if (last - first > SHORT_SPAN_MS) return monthTicks(ms);
  const step = Math.max(1, Math.ceil((ms.length - 1) / 5));
  return clearOfFlushLabels(
    ms.filter((_, i) => i % step === 0),
    last - first,
  );
}

/**
 * Closest a tick may be to the first or last one, as a share of the span: vega sets the first
 * label flush left and the last flush right (labelFlush), so each reaches a whole label's width
 * inward; a centred neighbour needs about 1.5 labels (`Jan 20`, ~34 px) and a gap, ~55 px of a
 * ~320 px plot.
 */
const FLUSH_CLEARANCE = 0.17;

/** `ticks` without the second and the last but one when they are too close to the ends. */
function clearOfFlushLabels(ticks: number[], span: number): number[] {
  const near = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && Math.abs(b - a) < FLUSH_CLEARANCE * span;
  let out = ticks;
  if (out.length > 2 && near(out[out.length - 2], out[out.length - 1]))
    out = [...out.slice(0, -2), out[out.length - 1] as number];
  if (out.length > 2 && near(out[0], out[1])) out = [out[0] as number, ...out.slice(2)];
  return out;
}

/**
 * Shared x axis for session dates: explicit ticks on sessions, labels formatted in UTC
 * (`Jan 2` on spans up to ~3 months, `Feb` on longer ones), with the year on a second line
 * under the first tick and wherever the year changes. Tick spacing is chosen so labels cannot
 * collide, so overlap removal (vega over-estimates text widths without a canvas) is off.
 */
export function sessionDateAxis(sortedDates: readonly string[]) {
  const values = sessionTicks(sortedDates);
  const year = (t: number | undefined) => (t === undefined ? NaN : new Date(t).getUTCFullYear());
  const yearTicks = values.filter((t, i) => i === 0 || year(t) !== year(values[i - 1]));
  const first = sortedDates[0];
  const last = sortedDates[sortedDates.length - 1];
  const short =
    first === undefined || last === undefined || utcMs(last) - utcMs(first) <= SHORT_SPAN_MS;
  const label = `utcFormat(datum.value, '${short ? '%b %-d' : '%b'}')`;
  const labelExpr = `indexof([${yearTicks.join(',')}], time(datum.value)) >= 0 ? [${label}, utcFormat(datum.value, '%Y')] : ${label}`;
  return { title: null, values, labelExpr, labelOverlap: false } as const;
}

/**
 * The x encoding of every chart over session dates: the `date` field read as a UTC calendar date
 * (no time-zone shift) with ticks on real sessions.
 */
export function sessionDateX(sortedDates: readonly string[]) {
  return {
    field: 'date',
    type: 'temporal',
    timeUnit: 'utcyearmonthdate',
    axis: sessionDateAxis(sortedDates),
  } as const;
}
