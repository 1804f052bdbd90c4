/**
 * Greedy placement of point labels on a chart (the relative rotation graph): each label beside
 * its dot where it hides the least.
 */
import { textWidth } from './textMetrics.js';

/** A box in px, top-left origin, with the weight of overlapping it. */
export type Box = { x: number; y: number; w: number; h: number; weight?: number };

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** px distance from a box to a point. */
const gap = (b: Box, [x, y]: [number, number]) =>
  Math.hypot(Math.max(b.x - x, 0, x - b.x - b.w), Math.max(b.y - y, 0, y - b.y - b.h));

/** Label offsets from the dot (box left and vertical centre; w = box width), best first. */
const CANDIDATES: readonly ((w: number) => [number, number])[] = [
  ...[8, 16].flatMap((d) => [
    (): [number, number] => [d, 0],
    (w: number): [number, number] => [-d - w, 0],
  ]),
  ...[-11, 11].flatMap((dy) => [
    (): [number, number] => [5, dy],
    (w: number): [number, number] => [-5 - w, dy],
  ]),
  (w) => [-w / 2, -13],
  (w) => [-w / 2, 13],
  // Farther out, for a crowded centre: still nearer its own dot than any other (else it costs).
  ...[-15, 15].flatMap((dy) => [
    (): [number, number] => [9, dy],
    (w: number): [number, number] => [-9 - w, dy],
  ]),
  (w) => [-w / 2, -20],
  (w) => [-w / 2, 20],
];

/** Rounds of moving each label to its best place given all the others (after the greedy pass). */
const REFINE_ROUNDS = 4;

/** Cost of a label read in another quadrant than its dot's, per axis crossed. */
const WRONG_SIDE = 5000;

/** A dot this close to a quadrant line (px) reads as on it: its label may sit on either side. */
export const ON_LINE_PX = 1.5;

/**
 * 1 per axis on which the centre of `b` and the dot `at` lie on opposite sides of `cross` (the
 * quadrants' dividing lines, px): the label would be read in a quadrant its dot is not in. A dot
 * within {@link ON_LINE_PX} of a line is on neither side of it.
 */
function sidesCrossed(b: Box, at: [number, number], cross: [number, number]): number {
  const centre: [number, number] = [b.x + b.w / 2, b.y + b.h / 2];
  const side = (v: number, k: number) => Math.sign(v - cross[k]!);
  return [0, 1].filter(
    (k) => Math.abs(at[k]! - cross[k]!) >= ON_LINE_PX && side(centre[k]!, k) * side(at[k]!, k) < 0,
  ).length;
}

/**
 * Label placement in px: each head (in order) takes the candidate position with the least cost:
 * weighted overlap with dots, quadrant names and the other labels, leaving the plot, being nearer
 * another head than its own (the reader would pair them), lying across a quadrant line from its
 * dot (with `cross`, the px of the lines' crossing), and distance from the dot. A greedy pass
 * places them in order; then up to {@link REFINE_ROUNDS} rounds move each label to its best
 * place given all the others (a label placed early no longer keeps a spot a later one needed).
 * Deterministic. Returns each label's box in px.
 */
export function placeLabels(
  heads: readonly { text: string; at: [number, number] }[],
  obstacles: readonly Box[],
  plot: { width: number; height: number },
  cross?: [number, number],
): Box[] {
  const frame = { x: 0, y: 0, w: plot.width, h: plot.height };
  const options = heads.map(({ text, at }) => {
    const [w, h] = [textWidth(text, 11, true) + 2, 13]; // bold 11 px, as drawn
    return CANDIDATES.map((c, k) => {
      const b: Box = { x: at[0] + c(w)[0], y: at[1] + c(w)[1] - h / 2, w, h };
      const own =
        k * 15 +
        20 * (w * h - overlap(b, frame)) +
        (heads.some((o) => o.at !== at && gap(b, o.at) < gap(b, at)) ? 400 : 0) +
        (cross ? WRONG_SIDE * sidesCrossed(b, at, cross) : 0) +
        obstacles.reduce((sum, o) => sum + (o.weight ?? 1) * overlap(b, o), 0);
      return { box: b, own };
    });
  });
  const placed: (Box | undefined)[] = [];
  const best = (i: number): Box => {
    const costs = (options[i] ?? []).map(
      ({ box, own }) =>
        own + placed.reduce((sum, o, j) => sum + (o && j !== i ? 40 * overlap(box, o) : 0), 0),
    );
    return (options[i] ?? [])[costs.indexOf(Math.min(...costs))]?.box as Box;
  };
  heads.forEach((_, i) => (placed[i] = best(i)));
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    let moved = false;
    heads.forEach((_, i) => {
      const b = best(i);
      if (b !== placed[i]) [placed[i], moved] = [b, true];
    });
    if (!moved) break;
  }
  return placed as Box[];
}
