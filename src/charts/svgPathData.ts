/**
 * Shorter SVG path data for the polylines and polygons vega writes (`M x,y L x,y ... [Z]`, absolute
 * coordinates): the same points, as one absolute move and relative line-tos, with numbers in
 * tenths of a px written without a leading zero or a separator where the sign or a second point
 * already separates them (`l1.2-.3 .4.5`). Coordinates are rounded to 0.1 px first and the deltas
 * are taken between the rounded points, so every vertex lands exactly where the rounded absolute
 * path put it (no drift along a 250-point line).
 */

/** A number of tenths (an integer) as the shortest decimal: 13 -> `1.3`, -3 -> `-.3`, 20 -> `2`. */
export function formatTenths(tenths: number): string {
  if (tenths === 0) return '0';
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${frac}`;
}

/**
 * Numbers written one after another with the fewest separators: none before a minus sign, none
 * before `.5` when the previous number already has a decimal point, else one space.
 */
export function joinNumbers(numbers: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const n of numbers) {
    const needsSeparator =
      prev !== '' && !n.startsWith('-') && !(n.startsWith('.') && prev.includes('.'));
    out += (needsSeparator ? ' ' : '') + n;
    prev = n;
  }
  return out;
}

/** Path data of only absolute M/L commands and an optional closing Z. */
const POLYLINE = /^M-?[\d.]+,-?[\d.]+(?:L-?[\d.]+,-?[\d.]+)*Z?$/;

/**
 * `d` rewritten as `M x y l dx dy ...` (see the module doc), or unchanged when it is anything but
 * a polyline (arcs, curves, relative commands, several subpaths).
 */
export function minifyPathData(d: string): string {
  if (!POLYLINE.test(d)) return d;
  const closed = d.endsWith('Z');
  const points = d
    .replace(/Z$/, '')
    .slice(1)
    .split('L')
    .map((p) => p.split(',').map((v) => Math.round(Number(v) * 10)) as [number, number]);
  if (points.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return d;
  const [first, ...rest] = points as [[number, number], ...[number, number][]];
  const head = `M${joinNumbers(first.map(formatTenths))}`;
  let [px, py] = first;
  const deltas: string[] = [];
  for (const [x, y] of rest) {
    deltas.push(formatTenths(x - px), formatTenths(y - py));
    [px, py] = [x, y];
  }
  const body = deltas.length > 0 ? `l${joinNumbers(deltas)}` : '';
  return `${head}${body}${closed ? 'Z' : ''}`;
}
