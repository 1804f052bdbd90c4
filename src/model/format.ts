/**
 * Number and date formatting for the brief, pinned to en-US whatever the machine's locale.
 * Inputs are fractions (0.0135) and ISO session dates ('2026-01-22'). A value that is not a
 * finite number throws: a brief never shows NaN, Infinity or an empty string.
 */
import { DateTime } from 'luxon';

const cache = new Map<number, Intl.NumberFormat>();
function fixed(digits: number): Intl.NumberFormat {
  let f = cache.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(digits, f);
  }
  return f;
}

function finite(x: number, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new TypeError(`cannot format ${String(x)} as ${what}`);
  }
  return x;
}

function signed(text: string, x: number): string {
  if (text.startsWith('-')) return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  return /^0(\.0*)?$/.test(text) ? text : `+${text}`;
}

/** Thousands separators and fixed decimals: 2718.77 -> "2,718.77". */
export function formatNumber(x: number, digits = 2): string {
  const text = fixed(digits).format(finite(x, 'a number'));
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text; // -0.001 is "0.00", not "-0.00"
}

/**
 * `x` with `digits` decimals, or with as many more (4 at most) as it takes for the printed number
 * to stand on the same side of a rule's line as `x` itself, `fires` being the rule: an RSI of
 * 69.96 prints "69.96", not "70.0" beside "overbought: 70 or more"; a z-score of 1.955 prints
 * "1.96", not "2.0" beside "2 standard deviations or more". A reader who checks the printed number
 * against the rule then finds what the brief says.
 */
export function formatBeside(x: number, fires: (v: number) => boolean, digits = 1): string {
  const want = fires(finite(x, 'a number'));
  let text = formatNumber(x, digits);
  for (let d = digits + 1; d <= 4 && fires(Number(text.replace(/,/g, ''))) !== want; d++) {
    text = formatNumber(x, d);
  }
  return text;
}

/** Signed percent of a fraction: 0.0135 -> "+1.35%", -0.0072 -> "-0.72%", 0 -> "0.00%". */
export function formatPercent(x: number, digits = 2): string {
  return `${signed(fixed(digits).format(finite(finite(x, 'a percent') * 100, 'a percent')), x)}%`;
}

/**
 * Two returns set side by side ("+0.76% against +0.55%"), with more decimals (4 at most) where
 * the two differ but would print alike: a streak day's "+0.114% against +0.108%", not "+0.11%
 * against +0.11%" beside "beat" (1996-04-29).
 */
export function formatPercentPair(a: number, b: number, digits = 2): [string, string] {
  let d = digits;
  while (d < 4 && a !== b && formatPercent(a, d) === formatPercent(b, d)) d++;
  return [formatPercent(a, d), formatPercent(b, d)];
}

/** Signed basis points of a fraction: 0.0045 -> "+45 bp" (1 bp = 0.0001 = 0.01 pp). */
export function formatBasisPoints(x: number): string {
  return `${signed(fixed(0).format(finite(finite(x, 'basis points') * 10_000, 'basis points')), x)} bp`;
}

/** Signed percentage points of a fraction spread: 0.0125 -> "+1.25 pp". */
export function formatPoints(x: number, digits = 2): string {
  return `${signed(fixed(digits).format(finite(finite(x, 'percentage points') * 100, 'percentage points')), x)} pp`;
}

/**
 * A spread in the brief's one unit rule: basis points below 100 bp, percentage points from there
 * (signed): 0.0021 -> "+21 bp", -0.0095 -> "-95 bp", 0.0855 -> "+8.55 pp".
 */
/**
 * A fraction every printed form rounds to zero: "0 bp", "0.00 pp", "0.00%" (under half a basis
 * point). A spread like it names no leader and a figure like it takes no up or down colour.
 */
export const roundsToZeroBp = (x: number): boolean => Math.abs(x) < 0.00005;

export function formatSpread(x: number): string {
  return Math.abs(x) < 0.01 ? formatBasisPoints(x) : formatPoints(x);
}

/** The unit {@link formatSpread} prints `x` in, spelled out: "basis points" or "percentage points". */
export function spreadUnitName(x: number): string {
  return Math.abs(x) < 0.01 ? 'basis points' : 'percentage points';
}

function isoDate(iso: string): DateTime {
  const d = DateTime.fromISO(iso, { zone: 'UTC', locale: 'en-US' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !d.isValid)
    throw new TypeError(`not an ISO date: ${iso}`);
  return d;
}

/** "2026-01-22" -> "January 22, 2026". */
export function formatLongDate(iso: string): string {
  return isoDate(iso).toFormat('MMMM d, yyyy');
}

/** "2026-01-22" -> "Jan 22, 2026". */
export function formatShortDate(iso: string): string {
  return isoDate(iso).toFormat('MMM d, yyyy');
}

/** "2026-01-22" -> "Thursday". */
export function formatWeekday(iso: string): string {
  return isoDate(iso).toFormat('cccc');
}

/** English ordinal: 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd", 1221 -> "1,221st". */
export function ordinal(n: number): string {
  if (!Number.isInteger(n)) throw new TypeError(`cannot format ${String(n)} as an ordinal`);
  const s = ['th', 'st', 'nd', 'rd'];
  const v = Math.abs(n) % 100;
  return `${(n === 0 ? 0 : n).toLocaleString('en-US')}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/**
 * "a" or "an" before a number, as read aloud: "an" for eight..., eleven..., eighteen...,
 * eighty..., eight hundred... ("an 11-session", "an 8-session", "an eighth", "an 80th").
 */
export function countArticle(n: number): 'a' | 'an' {
  return n === 11 || n === 18 || /^8/.test(String(n)) ? 'an' : 'a';
}
