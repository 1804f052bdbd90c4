/**
 * Compact, readable and deterministic JSON for the files a brief writes (stats.json and the
 * archive's history files): keys sorted at every level (as {@link stableJson}), every object or
 * list that fits on one line written on one line, the others opened with one space of indent per
 * level, and non-integer numbers written to {@link SIGNIFICANT_DIGITS} significant digits (the
 * brief computes and renders with full precision; ten digits are far below any printed figure).
 */
import { sortKeys } from './stableJson.js';

/** Significant digits of a non-integer number in a written file (integers are exact). */
export const SIGNIFICANT_DIGITS = 10;

/** Longest line (indent and key included) that an object or list is kept on. */
export const LINE_WIDTH = 120;

/** A number as written: integers unchanged, others rounded to SIGNIFICANT_DIGITS. */
export function writtenNumber(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(SIGNIFICANT_DIGITS));
}

/** `value` with every number as written (for comparing a file with the figures it holds). */
export function roundNumbers(value: unknown): unknown {
  if (typeof value === 'number') return writtenNumber(value);
  if (Array.isArray(value)) return value.map(roundNumbers);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) out[k] = roundNumbers(x);
    return out;
  }
  return value;
}

/** The one-line JSON of each object or list, computed once (children before parents). */
type Flat = WeakMap<object, string>;

const entriesOf = (v: object) => Object.entries(v).filter(([, x]) => x !== undefined); // as JSON.stringify drops them

function flatOf(v: unknown, memo: Flat): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  let f = memo.get(v);
  if (f === undefined) {
    f = Array.isArray(v)
      ? `[${v.map((x) => flatOf(x, memo)).join(',')}]`
      : `{${entriesOf(v)
          .map(([k, x]) => `${JSON.stringify(k)}:${flatOf(x, memo)}`)
          .join(',')}}`;
    memo.set(v, f);
  }
  return f;
}

/** A long list of strings or numbers: as many items a line as fit in LINE_WIDTH. */
function packed(items: readonly unknown[], indent: number): string {
  const pad = ' '.repeat(indent + 1);
  const lines: string[] = [];
  let line = '';
  for (const x of items.map((i) => JSON.stringify(i))) {
    if (line && pad.length + line.length + x.length + 1 > LINE_WIDTH) {
      lines.push(line);
      line = '';
    }
    line += `${x},`;
  }
  lines.push(line.slice(0, -1));
  return `[\n${lines.map((l) => pad + l).join('\n')}\n${' '.repeat(indent)}]`;
}

const isScalar = (x: unknown) => x === null || typeof x !== 'object';

function layout(v: unknown, indent: number, prefix: number, memo: Flat): string {
  const flat = flatOf(v, memo);
  // + 1: the comma that may follow
  if (v === null || typeof v !== 'object' || indent + prefix + flat.length + 1 <= LINE_WIDTH)
    return flat;
  const pad = ' '.repeat(indent + 1);
  const close = `\n${' '.repeat(indent)}`;
  if (Array.isArray(v) && v.every(isScalar)) return packed(v, indent);
  if (Array.isArray(v))
    return `[\n${v.map((x) => pad + layout(x, indent + 1, 0, memo)).join(',\n')}${close}]`;
  const items = entriesOf(v).map(([k, x]) => {
    const key = `${JSON.stringify(k)}:`;
    return pad + key + layout(x, indent + 1, key.length, memo);
  });
  return `{\n${items.join(',\n')}${close}}`;
}

/**
 * `value` as a file's text: sorted keys, numbers as written, short objects on one line, a
 * trailing newline. Non-finite numbers throw (as in stableJson), naming their path.
 */
export function layoutJson(value: unknown): string {
  return `${layout(roundNumbers(sortKeys(value, '$')), 0, 0, new WeakMap())}\n`;
}
