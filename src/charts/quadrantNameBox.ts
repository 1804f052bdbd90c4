/**
 * Where a quadrant's name goes on the rotation graph: in its outer corner, or, when a dot of a
 * tail lies under that, in the quadrant's next free corner (2020-03-12: IWM's dot, at 48/47, sat
 * on "Lagging"). Boxes in plot px, y down.
 */
import type { Box, Px } from './labelCandidates.js';

/** px a dot keeps from a quadrant name: a tail dot's radius (a head, larger, lies under it sooner). */
const CLEAR = 2;

/** The name's box for the quadrant on side (sx, sy) of the cross, `w` px wide. */
export function quadrantNameBox(
  side: { readonly sx: number; readonly sy: number },
  w: number,
  plot: { readonly width: number; readonly height: number },
  cross: Px,
  dots: readonly Px[],
): Box {
  const [cx, cy] = cross;
  const xs = side.sx > 0 ? [plot.width - 6 - w, cx + 6] : [6, cx - 6 - w];
  const ys = side.sy > 0 ? [4, cy - 18] : [plot.height - 18, cy + 4];
  const corners = [
    [xs[0], ys[0]],
    [xs[1], ys[0]],
    [xs[0], ys[1]],
    [xs[1], ys[1]],
  ] as const;
  const boxes = corners.map(([x, y]) => ({ x: x as number, y: y as number, w, h: 14, weight: 4 }));
  const free = (b: Box) =>
    !dots.some(
      ([x, y]) =>
        x >= b.x - CLEAR && x <= b.x + b.w + CLEAR && y >= b.y - CLEAR && y <= b.y + b.h + CLEAR,
    );
  return boxes.find(free) ?? (boxes[0] as Box);
}
