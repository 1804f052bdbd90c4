/**
 * Shorter markup for the same drawing, on runs of leaf elements (svgElements.ts), after
 * coordinates are rounded to 0.1 px:
 * - a circle symbol (`<path transform="translate(x,y)" d="Mr,0A...">`) becomes `<circle>` (still
 *   placed by its transform);
 * - a stroke of width 0 goes (vega's legend swatches);
 * - a text's `translate(x,y)` becomes its `x`/`y` (a leaf text has no `tspan` to offset);
 * - a dashed polyline or line becomes its dashes as subpaths ({@link dashPolyline}), which a PDF
 *   strokes natively;
 * - polyline path data is written relative ({@link minifyPathData});
 * - a run of solid `<line>`s with the same style becomes one `<path>` of segments (what a printer
 *   draws in one operation: axis ticks, grid lines);
 * - inherited style attributes shared by neighbouring elements move to one `<g>` around them.
 *   A text keeps its own `fill` where the colour CSS tells text from shapes (`text[fill]`):
 *   white, and the series colours it darkens for contrast.
 */
import { lightTextFixes } from './chartDarkCss.js';
import { BACKGROUND } from './palette.js';
import { rewriteLeafRuns, translation, writeLeaf, type Leaf } from './svgElements.js';
import {
  dashPolyline,
  formatTenths,
  joinNumbers,
  minifyPathData,
  polylinePoints,
  type Point,
  writeSubpaths,
} from './svgPathData.js';

/** Presentation attributes children inherit from a `<g>` (each still applied per element). */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
];

const tenths = (v: string | undefined) => Math.round(Number(v ?? '0') * 10);

const CIRCLE = /^M(-?[\d.]+),0A\1,\1,0,1,1,-\1,0A\1,\1,0,1,1,\1,0$/;

/** One leaf in its shortest equivalent form (circle, text x/y, relative path data). */
export function reshapeLeaf(leaf: Leaf): Leaf {
  const attrs = new Map(leaf.attrs);
  if (attrs.get('stroke-width') === '0') {
    attrs.delete('stroke');
    attrs.delete('stroke-width');
  }
  const at = translation(attrs.get('transform'));
  const r = CIRCLE.exec(attrs.get('d') ?? '')?.[1];
  if (leaf.tag === 'path' && r !== undefined && (at || !attrs.has('transform'))) {
    attrs.delete('transform');
    attrs.delete('d');
    // Placed by its transform, not cx/cy: Chromium then prints every dot as the same curves
    // after a `cm`, which the PDF's compression folds into almost nothing.
    const circle = new Map([
      ...(at ? [['transform', `translate(${at.join(',')})`]] : []),
      ['r', r],
      ...attrs,
    ] as [string, string][]);
    if (!circle.has('stroke')) circle.delete('stroke-width');
    return { tag: 'circle', attrs: circle };
  }
  if (leaf.tag === 'text' && at && !attrs.has('x') && !attrs.has('y')) {
    attrs.delete('transform');
    return { ...leaf, attrs: new Map([['x', at[0]], ['y', at[1]], ...attrs]) };
  }
  const dashes = dashed({ ...leaf, attrs });
  if (dashes) return dashes;
  const d = attrs.get('d');
  if (d !== undefined) attrs.set('d', minifyPathData(d));
  return { ...leaf, attrs };
}

/** The vertices (tenths of a px) of a polyline path or a line, in its own coordinates. */
function vertices(leaf: Leaf): Point[] | undefined {
  if (leaf.tag === 'path') return polylinePoints(leaf.attrs.get('d') ?? '');
  if (leaf.tag !== 'line') return undefined;
  const [tx, ty] = translation(leaf.attrs.get('transform') ?? 'translate(0,0)') ?? [];
  if (tx === undefined || ty === undefined) return undefined;
  const at = (x: string, y: string) =>
    [tenths(tx) + tenths(leaf.attrs.get(x)), tenths(ty) + tenths(leaf.attrs.get(y))] as [
      number,
      number,
    ];
  return [at('x1', 'y1'), at('x2', 'y2')];
}

/** A dashed polyline or line as a path of its dashes (see the module doc); else undefined. */
function dashed(leaf: Leaf): Leaf | undefined {
  const dash = leaf.attrs.get('stroke-dasharray');
  const offset = Number(leaf.attrs.get('stroke-dashoffset') ?? '0');
  const points = dash === undefined || offset !== 0 ? undefined : vertices(leaf);
  if (!dash || !points) return undefined;
  const pattern = dash.split(/[\s,]+/).map(Number);
  const drop = new Set(['d', 'stroke-dasharray', 'x1', 'y1', 'x2', 'y2']);
  if (leaf.tag === 'line') drop.add('transform');
  const rest = [...leaf.attrs].filter(([k]) => !drop.has(k));
  const d = writeSubpaths(dashPolyline(points, pattern));
  return { tag: 'path', attrs: new Map([['d', d], ...rest]) };
}

/** A solid line with a plain translation: its style key, else undefined (not merged). */
function lineStyle(leaf: Leaf): string | undefined {
  if (leaf.tag !== 'line') return undefined;
  const style = [...leaf.attrs].filter(([k]) => !/^(transform|x1|y1|x2|y2)$/.test(k));
  if (style.some(([k]) => /dasharray|opacity/.test(k))) return undefined;
  if (leaf.attrs.has('transform') && !translation(leaf.attrs.get('transform'))) return undefined;
  return JSON.stringify(style);
}

/** One segment `M x y h|v|l ...` of a merged line. */
function segment(line: Leaf): string {
  const [tx, ty] = translation(line.attrs.get('transform')) ?? ['0', '0'];
  const x1 = tenths(tx) + tenths(line.attrs.get('x1'));
  const y1 = tenths(ty) + tenths(line.attrs.get('y1'));
  const dx = tenths(line.attrs.get('x2')) - tenths(line.attrs.get('x1'));
  const dy = tenths(line.attrs.get('y2')) - tenths(line.attrs.get('y1'));
  const to =
    dy === 0
      ? `h${formatTenths(dx)}`
      : dx === 0
        ? `v${formatTenths(dy)}`
        : `l${joinNumbers([formatTenths(dx), formatTenths(dy)])}`;
  return `M${joinNumbers([formatTenths(x1), formatTenths(y1)])}${to}`;
}

/** Neighbouring lines of one style as one path (see the module doc). */
export function mergeLines(run: readonly Leaf[]): Leaf[] {
  const out: Leaf[] = [];
  let group: Leaf[] = [];
  const flush = () => {
    const first = group[0];
    if (first) {
      const style = [...first.attrs].filter(([k]) => !/^(transform|x1|y1|x2|y2)$/.test(k));
      out.push({ tag: 'path', attrs: new Map([['d', group.map(segment).join('')], ...style]) });
    }
    group = [];
  };
  for (const leaf of run) {
    const style = lineStyle(leaf);
    if (style === undefined) {
      flush();
      out.push(leaf);
    } else {
      if (group[0] && lineStyle(group[0]) !== style) flush();
      group.push(leaf);
    }
  }
  flush();
  return out;
}

/**
 * Text colours a text keeps on itself: the colour CSS tells text from shapes by `text[fill]` for
 * these (white text on the heat map's dark cells, series colours darkened for contrast:
 * chartDarkCss.ts). Any other text colour may move to a `<g>`, whose `[fill]` rule the text then
 * inherits.
 */
const TEXT_OWN_FILL = new Set([BACKGROUND, ...lightTextFixes().map(([light]) => light)]);

/** The inherited attributes a leaf may hand to a group (not a text's fill in TEXT_OWN_FILL). */
function hoistable(leaf: Leaf): string[] {
  return INHERITED.filter(
    (k) =>
      leaf.attrs.has(k) &&
      !(leaf.tag === 'text' && k === 'fill' && TEXT_OWN_FILL.has(leaf.attrs.get(k) ?? '')),
  );
}

/** Those attributes written out: equal keys, equal shared style. */
function hoistKey(leaf: Leaf): string {
  return hoistable(leaf)
    .map((k) => `${k}="${leaf.attrs.get(k)}"`)
    .join(' ');
}

/** Neighbours with the same inherited attributes wrapped in one `<g>` that carries them. */
export function hoistShared(run: readonly Leaf[]): string {
  let out = '';
  let k = 0;
  while (k < run.length) {
    const first = run[k] as Leaf;
    const key = hoistKey(first);
    let end = k + 1;
    while (end < run.length && key !== '' && hoistKey(run[end] as Leaf) === key) end++;
    if (end - k < 2) out += writeLeaf(first);
    else {
      const names = new Set(hoistable(first));
      const strip = (l: Leaf) => ({
        ...l,
        attrs: new Map([...l.attrs].filter(([n]) => !names.has(n))),
      });
      out += `<g ${key}>${run
        .slice(k, end)
        .map((l) => writeLeaf(strip(l)))
        .join('')}</g>`;
    }
    k = end;
  }
  return out;
}

/** Every rewrite of the module doc, run by run. */
export function compactLeaves(svg: string): string {
  return rewriteLeafRuns(svg, (run) => hoistShared(mergeLines(run.map(reshapeLeaf))));
}
