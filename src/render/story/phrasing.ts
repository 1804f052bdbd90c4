/**
 * A small grammar for the story's sentences: ordinals with their article ("an 11th", "a 14th"),
 * counts in words below ten, one rule for spreads (bp below 100 bp, pp from there), variants of
 * a phrase picked deterministically from the date (the same brief always reads the same), and
 * sentences that do not open with the same word twice in a row.
 */
import {
  countArticle,
  formatLongDate,
  formatPercent,
  formatSpread,
  ordinal,
} from '../../model/format.js';
import { moveVerb, printedPercent } from '../narrative/wording.js';

const ORDINAL_WORDS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** An ordinal as prose writes it: words up to ten ("third"), digits above ("14th"). */
export function ordinalText(n: number): string {
  return n >= 1 && n <= 10 ? (ORDINAL_WORDS[n] as string) : ordinal(n);
}

/** With its article: "a third", "an eighth", "an 11th", "an 18th", "a 14th", "an 80th". */
export function withArticle(n: number): string {
  return `${countArticle(n)} ${ordinalText(n)}`;
}

/** The same HTML sentence with its first letter capitalised. */
export function capitalise(html: string): string {
  return html.replace(
    /^(\s*(?:<[^>]+>)*\s*)([a-z])/,
    (_, pre: string, c: string) => pre + c.toUpperCase(),
  );
}

/** A spread in the brief's one unit rule: "45 bp" below 100 bp, "1.25 pp" from there (unsigned). */
export function spreadText(x: number): string {
  return formatSpread(Math.abs(x)).replace('+', '');
}

/** An unsigned percentage: "0.76%". */
export function pctAbs(x: number, digits = 2): string {
  return formatPercent(Math.abs(x), digits).replace('+', '');
}

/** A stable 32-bit hash of a text (FNV-1a), for choosing variants. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One of `variants`, chosen by `key` (e.g. the date and the fact): the same key, the same pick. */
export function pick<T>(key: string, variants: readonly T[]): T {
  return variants[hash(key) % variants.length] as T;
}

/** The first word of a sentence's text (HTML tags and "The" aside). */
export function openingWord(html: string): string {
  const text = html.replace(/<[^>]*>/g, '').trim();
  const words = text.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  return first === 'the' ? `${first} ${(words[1] ?? '').toLowerCase()}` : first;
}

/** Calendar months from one ISO date's month to another's (days ignored). */
function monthsBetween(from: string, to: string): number {
  return (
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    (Number(to.slice(5, 7)) - Number(from.slice(5, 7)))
  );
}

const YEAR_WORDS = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const yearsText = (n: number): string => `${n < 10 ? YEAR_WORDS[n] : n} years`;

/**
 * Time between two ISO dates, in words: "18 months", "eight years", "more than eight years" (3 to
 * 8 months over), "nearly four years" (9 to 11 months over: 3 years 10 months is not "three
 * years"), "weeks".
 */
export function ageText(from: string, to: string): string {
  // Whole months: October 31 to July 1 is 8 months, not 9.
  const months = monthsBetween(from, to) - (to.slice(8, 10) < from.slice(8, 10) ? 1 : 0);
  if (months < 2) return 'weeks';
  if (months < 24) return `${months} months`;
  const years = Math.floor(months / 12);
  const over = months % 12;
  if (over >= 9) return `nearly ${yearsText(years + 1)}`;
  return over >= 3 ? `more than ${yearsText(years)}` : yearsText(years);
}

/**
 * ", more than eight years ago" for a record at least three years (36 calendar months) before
 * `date`, so that a fall from an old peak is not read as a fresh one; "" otherwise.
 */
export function oldRecordClause(peak: string, date: string): string {
  return monthsBetween(peak, date) >= 36 ? `, ${ageText(peak, date)} ago` : '';
}

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** "June 2008" for an ISO date. */
export function monthYear(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
}

/** Days within which "since" names the day, not the month. */
const RECENT_DAYS = 92;

/**
 * When something last happened, for "since ...": the month ("June 2008"), or the day
 * ("December 21, 1998") when it is under three months before `date`, where "since December
 * 1998" on December 23, 1998 would read as no time at all.
 */
export function sinceWhen(iso: string, date: string): string {
  for (const d of [iso, date])
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`sinceWhen: not an ISO date: ${d}`);
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000;
  if (!(days >= 0)) throw new Error(`sinceWhen: ${iso} is not on or before ${date}`);
  return days < RECENT_DAYS ? formatLongDate(iso) : monthYear(iso);
}

/**
 * A rank that reaches back less than three months ("its largest one-day fall since April 3,
 * 2025" on April 4): true when `iso` is under {@link RECENT_DAYS} before `date`.
 */
export function recentSince(iso: string, date: string): boolean {
  return (
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000 < RECENT_DAYS
  );
}

/**
 * A fall the verb table words as a fall (0.10% or more as printed), not "was little changed":
 * -0.0996% prints "edged down 0.10%", so the race says "fell less", not "beat" (1996-02-15).
 */
export const fellOnDay = (r: number): boolean => r < 0 && printedPercent(r) >= 0.1;

/**
 * A move with its verb, unsigned after a direction ("rose 0.85%", "edged down 0.40%"), signed
 * where the verb has none ("was little changed (+0.06%)", not "was little changed 0.06%").
 */
export function movePhrase(r: number, digits = 2): string {
  const verb = moveVerb(r, digits);
  return verb === 'was little changed'
    ? `${verb} (${formatPercent(r, digits)})`
    : `${verb} ${pctAbs(r, digits)}`;
}

/** A share in [0, 1] as a reader's percentage, never rounded up to 100%: "99.6%", "62%". */
export function shareText(p: number): string {
  const tenths = Math.floor(p * 1000) / 10;
  return tenths >= 90 ? `${tenths.toFixed(1)}%` : `${Math.floor(p * 100)}%`;
}

/** "1 p.m." for 13, "2 p.m." for 14: the hour of an early close as the prose says it. */
export function clockHour(hour: number): string {
  if (!Number.isInteger(hour) || hour < 12 || hour > 23)
    throw new Error(`clockHour: not an afternoon hour: ${hour}`);
  return `${hour === 12 ? 12 : hour - 12} p.m.`;
}
