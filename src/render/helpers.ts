/**
 * Handlebars helpers used by the templates. Each accepts a number, a figure object
 * (`{ value }`) or an unavailable figure (`{ unavailable }`, shown as "n/a" with the reason
 * as a tooltip in HTML). Anything else throws, naming the helper: no silent blanks.
 */
import Handlebars from 'handlebars';
import {
  formatBasisPoints,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPoints,
  formatShortDate,
  ordinal,
} from './format.js';

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

function figureHelper(name: string, f: Formatter) {
  return (x: unknown, options?: HelperOptions) => {
    if (x === undefined || x === null) throw unknownFigure(name, options);
    const v = figureValue(name, x);
    if (typeof v === 'number') return f(v);
    return new Handlebars.SafeString(
      `<span class="na" title="${Handlebars.escapeExpression(v.unavailable)}">n/a</span>`,
    );
  };
}

/** CSS class for a signed figure: "up", "down" or "flat" ("na" when unavailable). */
function signClass(x: unknown): string {
  const v = figureValue('sign', x);
  if (typeof v !== 'number') return 'na';
  return v > 0 ? 'up' : v < 0 ? 'down' : 'flat';
}

/** Register the helpers on a Handlebars environment. */
export function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper(
    'pct',
    figureHelper('pct', (x) => formatPercent(x)),
  );
  hb.registerHelper(
    'pct1',
    figureHelper('pct1', (x) => formatPercent(x, 1)),
  );
  hb.registerHelper('bp', figureHelper('bp', formatBasisPoints));
  hb.registerHelper(
    'pp',
    figureHelper('pp', (x) => formatPoints(x)),
  );
  // A spread in bp below 1 percentage point, in pp from there: "+45 bp", "+1.25 pp".
  hb.registerHelper(
    'spread',
    figureHelper('spread', (x) => (Math.abs(x) < 0.01 ? formatBasisPoints(x) : formatPoints(x))),
  );
  // An unsigned percent, for levels such as volatility or a share: "15.7%".
  hb.registerHelper(
    'pctu',
    figureHelper('pctu', (x) => formatPercent(x, 1).replace(/^\+/, '')),
  );
  hb.registerHelper(
    'num',
    figureHelper('num', (x) => formatNumber(x, 2)),
  );
  hb.registerHelper(
    'int',
    figureHelper('int', (x) => formatNumber(x, 0)),
  );
  hb.registerHelper(
    'fixed1',
    figureHelper('fixed1', (x) => formatNumber(x, 1)),
  );
  hb.registerHelper(
    'fixed2',
    figureHelper('fixed2', (x) => formatNumber(x, 2)),
  );
  hb.registerHelper('sign', signClass);
  hb.registerHelper('longDate', (iso: unknown) => formatLongDate(String(iso)));
  hb.registerHelper('shortDate', (iso: unknown) => formatShortDate(String(iso)));
  hb.registerHelper('ordinal', (n: unknown) => ordinal(Number(n)));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
}
