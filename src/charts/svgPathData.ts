/**
 * Shorter SVG path data for the polylines and polygons vega writes (`M x,y L x,y ... [Z]`, absolute
 * coordinates): the same points, as one absolute move and relative line-tos, with numbers in
 * tenths of a px written without a leading zero or a separator where the sign or a second point
 * already separates them (`l1.2-.3 .4.5`). Coordinates are rounded to 0.1 px first and the deltas
 * are taken between the rounded points, so every vertex lands exactly where the rounded absolute
 * path put it (no drift along a 250-point line).
 */

/** A vertex, in tenths of a px. */
export type Point = readonly [number, number];

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

/**
 * How far (tenths of a px) a dropped vertex may be from the simplified line: 0.2 px, a tenth of
 * a line's width, so the eye cannot tell (a 252-session line over 300 px has a vertex every px).
 */
export const SIMPLIFY_TENTHS = 2;

/** Distance of `p` from the segment a-b. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t =
    len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Douglas-Peucker: the vertices of `points` that keep every dropped vertex within `tolerance` of
 * the simplified line (first and last always kept; deterministic).
 */
export function simplify<P extends Point>(points: readonly P[], tolerance: number): P[] {
  if (points.length <= 2) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    let [far, at] = [-1, -1];
    for (let k = i + 1; k < j; k++) {
      const dist = segmentDistance(points[k] as P, points[i] as P, points[j] as P);
      if (dist > far) [far, at] = [dist, k];
    }
    if (far > tolerance) {
      keep[at] = true;
      stack.push([i, at], [at, j]);
    }
  }
  return points.filter((_, k) => keep[k]);
}

/** Path data of only absolute M/L commands and an optional closing Z. */
const POLYLINE = /^M-?[\d.]+,-?[\d.]+(?:L-?[\d.]+,-?[\d.]+)*Z?$/;

/**
 * `d` rewritten as `M x y l dx dy ...` (see the module doc), vertices the eye cannot tell from a
 * straight line dropped ({@link simplify}), or unchanged when it is anything but
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
  const [first, ...rest] = simplify(points, SIMPLIFY_TENTHS) as [
    [number, number],
    ...[number, number][],
  ];
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

/** The vertices of polyline path data in tenths of a px, or undefined for any other path. */
export function polylinePoints(d: string): Point[] | undefined {
  if (!POLYLINE.test(d) || d.endsWith('Z')) return undefined;
  return d
    .slice(1)
    .split('L')
    .map((p) => p.split(',').map((v) => Number(v) * 10) as unknown as Point);
}

/** Subpaths `M x y l dx dy ...` of vertex lists in tenths (rounded to whole tenths). */
export function writeSubpaths(paths: readonly (readonly Point[])[]): string {
  return paths
    .map((pts) => {
      const r = pts.map(([x, y]) => [Math.round(x), Math.round(y)] as const);
      const [first, ...rest] = r as [Point, ...Point[]];
      const deltas = rest.flatMap(([x, y], k) => {
        const [px, py] = r[k] as Point;
        return [formatTenths(x - px), formatTenths(y - py)];
      });
      const start = `M${joinNumbers(first.map(formatTenths))}`;
      // A one-segment dash along an axis (most dashes: rules, grid lines) as `h` or `v`.
      const [dx, dy] = deltas;
      if (deltas.length === 2 && dy === '0') return `${start}h${dx}`;
      if (deltas.length === 2 && dx === '0') return `${start}v${dy}`;
      return `${start}l${joinNumbers(deltas)}`;
    })
    .join('');
}

/**
 * The dashes of a dashed polyline as explicit subpaths (the dash array in px, repeated twice
 * when its length is odd, as SVG does; offset 0). Stroked solid, they draw what the dash array
 * drew, but a PDF printer strokes them natively instead of outlining every dash as a filled
 * shape (Chromium's PDF backend expands dash effects: curves for every round cap).
 */
export function dashPolyline(points: readonly Point[], dasharray: readonly number[]): Point[][] {
  const pattern = (dasharray.length % 2 ? [...dasharray, ...dasharray] : [...dasharray]).map(
    (v) => v * 10,
  );
  if (pattern.length === 0 || pattern.some((v) => !(v >= 0)) || !pattern.some((v) => v > 0))
    return [points.slice()];
  const out: Point[][] = [];
  let [k, left, on] = [0, pattern[0] as number, true];
  let cur: Point[] = points[0] ? [points[0]] : [];
  for (let s = 1; s < points.length; s++) {
    const [a, b] = [points[s - 1] as Point, points[s] as Point];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    let pos = 0;
    while (len - pos > left) {
      pos += left;
      const t = len === 0 ? 0 : pos / len;
      const p: Point = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      if (on) out.push([...cur, p]);
      cur = [p];
      on = !on;
      k = (k + 1) % pattern.length;
      left = pattern[k] as number;
    }
    left -= len - pos;
    if (on) cur.push(b);
  }
  if (on && cur.length >= 2) out.push(cur);
  return out;
}
