/**
 * Dots drawn once and reused: a chart's many same-sized dots (the streak history draws over 200)
 * as `<use>` of one `<circle>` defined in the SVG's `<defs>`, placed by `x`/`y` instead of a
 * transform. `<circle transform="translate(11.8,131.5)" r="2.2"/>` (51 bytes) becomes
 * `<use href="#d3-1" x="11.8" y="131.5"/>` (38 bytes): about 3 KB less HTML per brief, and a
 * PDF of the same size and pixels (Chromium prints a `<use>` as it prints the translated circle:
 * the same curves after a `cm`, which the PDF's compression folds; cx/cy instead would add about
 * 55 KB of curves to the PDF of 2026-01-22). The defined circle has no style of its
 * own: the `<use>` keeps the dot's attributes and its group's, which the shadow copy inherits, so
 * the dark-mode CSS (attribute selectors on the use or its group) restyles dots as before.
 *
 * The email's chart filter refuses SVGs with `<use>` (findChartSvgs.ts): the charts it mails
 * (year to date, ratio) draw no dots, so they are never rewritten.
 */

/** A compacted circle dot: `<circle transform="translate(x,y)" r="R"` and its other attributes. */
const DOT =
  /<circle transform="translate\((-?[\d.]+),(-?[\d.]+)\)" r="([\d.]+)"((?:\s[\w-]+="[^"]*")*)\/>/g;

/** A radius is defined only when this many dots use it (a definition costs about 40 bytes). */
export const MIN_DOTS = 4;

/**
 * `svg` with its dots of a common radius reused (see the module doc), the definitions' ids
 * `<idPrefix>-1`, `<idPrefix>-2`, ... in order of first appearance; unchanged when no radius has
 * {@link MIN_DOTS} dots. `idPrefix` must be unique in the document (briefCharts: `d<k>`).
 */
export function reuseDots(svg: string, idPrefix: string): string {
  const count = new Map<string, number>();
  for (const m of svg.matchAll(DOT))
    count.set(m[3] as string, (count.get(m[3] as string) ?? 0) + 1);
  const radii = [...count].filter(([, n]) => n >= MIN_DOTS).map(([r]) => r);
  if (radii.length === 0) return svg;
  const id = new Map(radii.map((r, k) => [r, `${idPrefix}-${k + 1}`]));
  const defs = `<defs>${radii.map((r) => `<circle id="${id.get(r)}" r="${r}"/>`).join('')}</defs>`;
  const body = svg.replace(DOT, (dot, x: string, y: string, r: string, rest: string) =>
    id.has(r) ? `<use href="#${id.get(r)}" x="${x}" y="${y}"${rest}/>` : dot,
  );
  const at = afterHeading(body);
  return `${body.slice(0, at)}${defs}${body.slice(at)}`;
}

/** Where the root's content starts after its `<title>` and `<desc>` (which stay first). */
function afterHeading(svg: string): number {
  const start = svg.indexOf('<svg');
  if (start < 0) throw new Error('reuseDots: no <svg> element');
  let at = svg.indexOf('>', start) + 1;
  for (const tag of ['title', 'desc']) {
    if (svg.startsWith(`<${tag}>`, at)) at = svg.indexOf(`</${tag}>`, at) + tag.length + 3;
  }
  return at;
}
