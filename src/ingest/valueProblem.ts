/**
 * The range rules of a price CSV's values, shared by validateRows.ts (cells as written) and
 * columnsProblem.ts (columns read back from the cache): each price within its limits, each volume
 * within its own, and high and low consistent with open and close.
 */
import { MAX_PRICE, MAX_VOLUME, MIN_PRICE } from './limits.js';
import { PRICE_CSV_COLUMNS } from './validateHeader.js';

/**
 * Relative slack for the high/low consistency checks: a high may be below
 * max(open, close) by up to 1e-9 of that value (and a low above min(open, close)
 * by as much) before it is an error, so float rounding in a vendor's
 * adjustment never fails a load. Real inconsistencies are far larger.
 */
export const OHLC_RELATIVE_SLACK = 1e-9;

/** A cell as quoted in a message: at most 24 characters, longer ones cut with an ellipsis. */
export function shown(cell: string | undefined): string {
  const c = cell ?? '';
  return c.length > 24 ? `${c.slice(0, 24)}…` : c;
}

const LIMITS_HINT = 'a vendor or unit error; see "Limits" in the README';

/**
 * The problem of a finite value `v` of column `c` (1..6), or null: a price must be within
 * [MIN_PRICE, MAX_PRICE], a volume within [0, MAX_VOLUME]. `cell` is the value as written
 * (default: `String(v)`, built only for a message: this runs on every cell of every series).
 */
export function valueProblem(
  v: number,
  c: number,
  cell?: string,
): { text: string; hint?: string } | null {
  if (c === 6) {
    if (v >= 0 && v <= MAX_VOLUME) return null;
    const text = cell ?? String(v);
    if (v < 0) return { text: `volume is negative: ${shown(text)}` };
    return { text: `volume ${shown(text)} is above ${MAX_VOLUME}`, hint: LIMITS_HINT };
  }
  if (v >= MIN_PRICE && v <= MAX_PRICE) return null;
  const name = PRICE_CSV_COLUMNS[c] as string;
  const text = cell ?? String(v);
  if (v <= 0) return { text: v === 0 ? `${name} is zero` : `${name} is negative: ${shown(text)}` };
  const bound =
    v < MIN_PRICE ? `below ${MIN_PRICE}, the smallest` : `above ${MAX_PRICE}, the largest`;
  return { text: `${name} ${shown(text)} is ${bound} price accepted`, hint: LIMITS_HINT };
}

/** Cell `k` of `row` as quoted in a message, or value `v` as `String()` writes it (no row). */
function cellText(row: readonly string[] | null, k: number, v: number): string {
  return shown(row?.[k] ?? String(v));
}

/**
 * The high/low inconsistency of one row, or null: high < low, high <
 * max(open, close) or low > min(open, close), within {@link OHLC_RELATIVE_SLACK}.
 * Missing cells are NaN, and every comparison with NaN is false, so a check
 * only applies when its cells are present. `row` supplies the cells as written; without it
 * (columns read back from the cache) a message shows the numbers as `String()` writes them.
 */
export function rangeProblem(
  row: readonly string[] | null,
  o: number,
  h: number,
  l: number,
  c: number,
): string | null {
  if (h < l * (1 - OHLC_RELATIVE_SLACK))
    return `high ${cellText(row, 2, h)} is below low ${cellText(row, 3, l)}`;
  const top = o > c ? 1 : 4; // NaN open: close
  if (h < (o > c ? o : c) * (1 - OHLC_RELATIVE_SLACK)) {
    const name = PRICE_CSV_COLUMNS[top];
    return `high ${cellText(row, 2, h)} is below ${name} ${cellText(row, top, top === 1 ? o : c)}`;
  }
  const bottom = o < c ? 1 : 4;
  if (l > (o < c ? o : c) * (1 + OHLC_RELATIVE_SLACK)) {
    const name = PRICE_CSV_COLUMNS[bottom];
    return `low ${cellText(row, 3, l)} is above ${name} ${cellText(row, bottom, bottom === 1 ? o : c)}`;
  }
  return null;
}
