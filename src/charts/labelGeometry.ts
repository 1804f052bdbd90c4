/**
 * Plane geometry of label placement, in px: box overlap, distances and line crossings.
 */
import type { Box, Leader, Px } from './labelCandidates.js';

/** Area (px²) shared by two boxes. */
export const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** px from a box to a point (0 inside). */
export const gap = (b: Box, [x, y]: Px): number =>
  Math.hypot(Math.max(b.x - x, 0, x - b.x - b.w), Math.max(b.y - y, 0, y - b.y - b.h));

/** px from the segment `l` to the point `p`. */
export function segmentGap(l: Leader, p: Px): number {
  const [dx, dy] = [l.to[0] - l.from[0], l.to[1] - l.from[1]];
  const len2 = dx * dx + dy * dy;
  const t =
    len2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - l.from[0]) * dx + (p[1] - l.from[1]) * dy) / len2));
  return Math.hypot(l.from[0] + t * dx - p[0], l.from[1] + t * dy - p[1]);
}

/**
 * Whether the segment `l` passes through the inside of the box `b` (Liang-Barsky clipping: the
 * part of the segment within both slabs of the box is longer than a point). A segment whose
 * extent misses the box's open inside on either axis is out at once (the clip would give at most
 * a point); no allocation: placement asks this of every line for every candidate.
 */
export function segmentHitsBox(l: Leader, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  for (let axis = 0; axis < 2; axis++) {
    const p = l.from[axis] as number;
    const q = l.to[axis] as number;
    const lo = axis === 0 ? b.x : b.y;
    const hi = lo + (axis === 0 ? b.w : b.h);
    if (Math.max(p, q) <= lo || Math.min(p, q) >= hi) return false;
    const d = q - p;
    if (d === 0) continue; // inside the slab all along
    const a = (lo - p) / d;
    const c = (hi - p) / d;
    t0 = Math.max(t0, Math.min(a, c));
    t1 = Math.min(t1, Math.max(a, c));
  }
  return t1 - t0 > 1e-9;
}

/** Whether two segments cross (touching ends do not count). */
export function segmentsCross(a: Leader, b: Leader): boolean {
  const side = (p: Px, q: Px, r: Px) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return (
    side(a.from, a.to, b.from) * side(a.from, a.to, b.to) < 0 &&
    side(b.from, b.to, a.from) * side(b.from, b.to, a.to) < 0
  );
}
