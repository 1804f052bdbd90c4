/**
 * Handlebars helpers used by the templates. Each accepts a number, a figure object
 * (`{ value }`) or an unavailable figure (`{ unavailable }`, shown as "n/a" with the reason
 * as a tooltip in HTML). Anything else throws, naming the helper: no silent blanks.
 */
import Handlebars from 'handlebars';
import { bindFigures } from './bindFigures.js';
import {
  formatBasisPoints,
  formatBeside,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPoints,
  formatSpread,
  formatShortDate,
  ordinal,
  roundsToZeroBp,
} from '../model/format.js';
import { rsiFlagged } from '../stats/rsi.js';

type Formatter = (x: number) => string;

function figureValue(helper: string, x: unknown): number | { unavailable: string } {
  if (typeof x === 'number') return x;
  if (x && typeof x === 'object') {
    if ('unavailable' in x)
      return { unavailable: String((x as { unavailable: unknown }).unavailable) };
    if ('value' in x && typeof (x as { value: unknown }).value === 'number') {
      return (x as { value: number }).value;
    }
  }
  throw new TypeError(`{{${helper}}} expects a number or a figure, got ${JSON.stringify(x)}`);
}

interface HelperOptions {
  loc?: { start: { line: number; column: number } };
}

/** The error for a helper argument that names no figure, located like Handlebars' own errors. */
function unknownFigure(name: string, options: HelperOptions | undefined): TypeError {
  const at = options?.loc ? ` - ${options.loc.start.line}:${options.loc.start.column}` : '';
  return new TypeError(`{{${name}}} was given an unknown figure${at}`);
}

/** A helper's date argument: an ISO YYYY-MM-DD string, else an error naming the helper. */
function isoDateArg(helper: string, x: unknown): string {
  if (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x)) return x;
  throw new TypeError(`{{${helper}}} expects a YYYY-MM-DD date, got ${JSON.stringify(x)}`);
}

/** How an unavailable figure renders: a span with the reason as tooltip, or plain "n/a". */
export type Unavailable = 'html' | 'text';

function figureHelper(name: string, f: Formatter, na: Unavailable) {
  return (x: unknown, options?: HelperOptions) => {
    if (x === undefined || x === null) throw unknownFigure(name, options);
    const v = figureValue(name, x);
    if (typeof v === 'number') return f(v);
    if (na === 'text') return 'n/a';
    return new Handlebars.SafeString(
      `<span class="na" title="${Handlebars.escapeExpression(v.unavailable)}">n/a</span>`,
    );
  };
}

/** The figure-formatting helpers: "+0.76%", "+45 bp", "+1.25 pp", "2,718.77", ... */
const FORMATTERS: Readonly<Record<string, Formatter>> = {
  pct: (x) => formatPercent(x),
  pct1: (x) => formatPercent(x, 1),
  bp: formatBasisPoints,
  pp: (x) => formatPoints(x),
  // A spread in bp below 1 percentage point, in pp from there: "+45 bp", "+1.25 pp".
  spread: formatSpread,
  // An unsigned percent, for levels such as volatility or a share: "15.7%".
  pctu: (x) => formatPercent(x, 1).replace(/^\+/, ''),
  num: (x) => formatNumber(x, 2),
  int: (x) => formatNumber(x, 0),
  fixed1: (x) => formatNumber(x, 1),
  fixed2: (x) => formatNumber(x, 2),
  // An RSI to one decimal, more where rounding would cross 70 or 30: "69.96", never "70.0" unflagged.
  rsi1: (x) => formatBeside(x, rsiFlagged),
};

/**
 * CSS class for a signed figure: "up", "down" or "flat" ("na" when unavailable); flat when it
 * prints as zero ("0 bp", "0.00%": under half a basis point), so a "0 bp" is never red.
 */
function signClass(x: unknown): string {
  const v = figureValue('sign', x);
  if (typeof v !== 'number') return 'na';
  return roundsToZeroBp(v) ? 'flat' : v > 0 ? 'up' : 'down';
}

/**
 * `{{#if (anyFigure rows "openToClose")}}`: whether any row has that figure available, so a
 * table shows a column only where its inputs are real (an unavailable figure is `{unavailable}`).
 */
export function anyFigure(rows: unknown, key: unknown): boolean {
  return figureRows('anyFigure', rows, key).some(hasValue);
}

/** `{{#if (everyFigure rows "openToClose")}}`: whether every row has that figure available. */
export function everyFigure(rows: unknown, key: unknown): boolean {
  return figureRows('everyFigure', rows, key).every(hasValue);
}

function figureRows(helper: string, rows: unknown, key: unknown): unknown[] {
  if (!Array.isArray(rows) || typeof key !== 'string')
    throw new TypeError(`{{${helper}}} expects rows and a figure name`);
  return rows.map((r: unknown) =>
    r && typeof r === 'object' ? (r as Record<string, unknown>)[key] : undefined,
  );
}

function hasValue(v: unknown): boolean {
  return v !== null && typeof v === 'object' && 'value' in v;
}

/** `{{#if (anyRow rows "symbol" "IJR")}}`: whether a row of a table has `key` equal to `value`. */
export function anyRow(rows: unknown, key: unknown, value: unknown): boolean {
  if (!Array.isArray(rows) || typeof key !== 'string')
    throw new TypeError(
      `{{anyRow}} expects rows, a field name and a value, not ${Array.isArray(rows) ? 'rows' : typeof rows} and ${typeof key}`,
    );
  return rows.some(
    (r: unknown) =>
      r !== null &&
      typeof r === 'object' &&
      Object.hasOwn(r, key) &&
      (r as Record<string, unknown>)[key] === value,
  );
}

/**
 * Whether `files` are exactly `closes/<SYMBOL>.csv` of each of `series`, in order: the print
 * version of the source notes then leaves them out (one line states the rule).
 */
export function standardFiles(series: unknown, files: unknown): boolean {
  if (!Array.isArray(series) || !Array.isArray(files))
    throw new TypeError('{{standardFiles}} expects the series and files lists of a note');
  return series.length === files.length && series.every((s, k) => files[k] === `closes/${s}.csv`);
}

/**
 * Register the helpers on a Handlebars environment. `na` says how an unavailable figure renders:
 * 'html' for templates (a span with the reason), 'text' for notes (whose output may hold no HTML).
 */
export function registerHelpers(hb: typeof Handlebars, na: Unavailable = 'html'): void {
  for (const [name, f] of Object.entries(FORMATTERS))
    hb.registerHelper(name, figureHelper(name, f, na));
  hb.registerHelper('sign', signClass);
  hb.registerHelper('longDate', (iso: unknown) => formatLongDate(isoDateArg('longDate', iso)));
  hb.registerHelper('shortDate', (iso: unknown) => formatShortDate(isoDateArg('shortDate', iso)));
  hb.registerHelper('ordinal', (n: unknown) => {
    if (typeof n !== 'number' || !Number.isInteger(n)) {
      throw new TypeError(`{{ordinal}} expects a whole number, got ${JSON.stringify(n)}`);
    }
    return ordinal(n);
  });
  hb.registerHelper('bindFigures', (text: unknown) => {
    if (typeof text !== 'string') throw new TypeError('{{bindFigures}} expects text');
    return bindFigures(text);
  });
  hb.registerHelper('anyFigure', anyFigure);
  hb.registerHelper('everyFigure', everyFigure);
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('standardFiles', standardFiles);
  // Three arguments and Handlebars' options: one missing would compare with the options object.
  hb.registerHelper('anyRow', (...args: unknown[]) => {
    if (args.length !== 4) throw new TypeError('{{anyRow}} expects rows, a field name and a value');
    return anyRow(args[0], args[1], args[2]);
  });
  hb.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
}
