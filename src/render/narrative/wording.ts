import { formatPercent } from '../../model/format.js';

/**
 * |r| in percent as {@link formatPercent} prints it with `digits` decimals: 0.00497 -> 0.5,
 * 0.01495 -> 1.49 (the printed digits, not a second rounding in floating point).
 */
export function printedPercent(r: number, digits = 2): number {
  return Number(formatPercent(Math.abs(r), digits).replace(/[^\d.]/g, ''));
}

/**
 * Wording rules: which verb describes a move, from its size alone (close-to-close, in percent).
 * Documented in docs/narrative.md; tested in test/render/wording.test.ts.
 *
 * | |move| (percent) | up          | down        |
 * | ---------------- | ----------- | ----------- |
 * | < 0.10           | was little changed (both) |
 * | 0.10 to < 0.50   | edged up    | edged down  |
 * | 0.50 to < 1.50   | rose        | fell        |
 * | 1.50 to < 3.00   | jumped      | slid        |
 * | >= 3.00          | surged      | plunged     |
 *
 * The size is the one printed beside the verb, rounded to `digits` decimals of a percent: a
 * +0.497% move prints "0.50%" and "rose", not "edged up 0.50%" (2002-05-02).
 */
export function moveVerb(r: number, digits = 2): string {
  const a = printedPercent(r, digits);
  if (a < 0.1) return 'was little changed';
  const up = r > 0;
  if (a < 0.5) return up ? 'edged up' : 'edged down';
  if (a < 1.5) return up ? 'rose' : 'fell';
  if (a < 3) return up ? 'jumped' : 'slid';
  return up ? 'surged' : 'plunged';
}

/** "outperformed"/"underperformed"/"matched" for a spread of returns. */
export function relativeVerb(spread: number): string {
  if (Math.abs(spread) < 0.00005) return 'matched';
  return spread > 0 ? 'outperformed' : 'underperformed';
}

/** Plural: (1, 'session') -> "1 session", (3, 'session') -> "3 sessions". */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A whole number as prose writes it: words below ten ("seven"), digits from ten ("1,024"). */
export function cardinal(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? (SMALL[n] as string) : n.toLocaleString('en-US');
}

/** Plural with the number in words below ten: (7, 'stock') -> "seven stocks". */
export function countWords(n: number, noun: string): string {
  return `${cardinal(n)} ${noun}${n === 1 ? '' : 's'}`;
}
