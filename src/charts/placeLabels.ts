/**
 * Placement of point labels on a chart (the relative rotation graph): each label beside its dot
 * where it hides the least and reads as that dot's, or on a leader line where the dots are too
 * crowded for that.
 */
import {
  labelCandidates,
  type Box,
  type Candidate,
  type Leader,
  type Px,
} from './labelCandidates.js';
import { gap, overlap, segmentGap, segmentHitsBox, segmentsCross } from './labelGeometry.js';
import { textWidth } from './textMetrics.js';

export type { Box, Leader };

/** A placed label: its box in px and, when it sits apart from its dot, the leader line to it. */
export interface PlacedLabel {
  box: Box;
  leader?: Leader;
}

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
function sidesCrossed(b: Box, at: Px, cross: Px): number {
  const centre: Px = [b.x + b.w / 2, b.y + b.h / 2];
  const side = (v: number, k: number) => Math.sign(v - cross[k]!);
  return [0, 1].filter(
    (k) => Math.abs(at[k]! - cross[k]!) >= ON_LINE_PX && side(centre[k]!, k) * side(at[k]!, k) < 0,
  ).length;
}

/** Cost per px by which a label beside its dot fails to be nearer it than any other dot by
 * {@link PAIR_MARGIN}: a reader pairs a label with the dot it is nearest. */
const PAIRING = 600;
const PAIR_MARGIN = 3;

/** px a label on a leader keeps from every other dot, and its line from every dot but its own. */
const LEADER_CLEAR = 6;

/** Cost of a leader through another label, or across another leader. */
const LEADER_CROSSING = 3000;

/** Cost per px² of two labels overlapping. */
const LABEL_OVERLAP = 40;

/** A line drawn on the plot (a tail's step) a label should not lie across; `weight` x 100. */
export type Line = Leader & { weight?: number };

/**
 * Cost of a label lying across a drawn line of weight 1 (a grey tail's step). A survey of 162
 * dates (2023-06..2026-08) at 0 / 60 / 100 / 150 found labels across another fund's grey steps
 * 1,860 / 1,102 / 966 / 865 times and across IWM's 192 / 62 / 51 / 32, with 132 / 147 / 157 / 176
 * leaders; at 150 two labels of the test fixture overlapped.
 */
const LINE_CROSSING = 100;

/** A candidate's cost on its own: rank, leaving the plot, pairing, quadrant, obstacles, lines. */
function ownCost(
  c: Candidate,
  at: Px,
  others: readonly Px[],
  obstacles: readonly Box[],
  plot: Box,
  cross?: Px,
  lines: readonly Line[] = [],
): number {
  const b = c.box;
  const nearestOther = Math.min(Infinity, ...others.map((o) => gap(b, o)));
  const pairing = c.leader
    ? Math.max(0, LEADER_CLEAR - nearestOther) +
      others.filter((o) => segmentGap(c.leader as Leader, o) < LEADER_CLEAR).length * LEADER_CLEAR
    : Math.max(0, gap(b, at) - nearestOther + PAIR_MARGIN);
  return (
    c.rank +
    20 * (b.w * b.h - overlap(b, plot)) +
    PAIRING * pairing +
    (cross ? WRONG_SIDE * sidesCrossed(b, at, cross) : 0) +
    obstacles.reduce((sum, o) => sum + (o.weight ?? 1) * overlap(b, o), 0) +
    lines.reduce((sum, l) => sum + (segmentHitsBox(l, b) ? LINE_CROSSING * (l.weight ?? 1) : 0), 0)
  );
}

/** The box around a candidate's label and its leader. */
function extent({ box, leader }: Candidate): Box {
  if (!leader) return box;
  const xs = [box.x, box.x + box.w, leader.from[0]];
  const ys = [box.y, box.y + box.h, leader.from[1]];
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** Cost of `c` beside the label `o` placed for another dot: overlap and leader crossings. */
function pairCost(c: Candidate & { extent: Box }, o: Candidate & { extent: Box }): number {
  if (overlap(c.extent, o.extent) === 0) return 0;
  const crossings =
    (c.leader && segmentHitsBox(c.leader, o.box) ? 1 : 0) +
    (o.leader && segmentHitsBox(o.leader, c.box) ? 1 : 0) +
    (c.leader && o.leader && segmentsCross(c.leader, o.leader) ? 1 : 0);
  return LABEL_OVERLAP * overlap(c.box, o.box) + LEADER_CROSSING * crossings;
}

/** A candidate with its extent, its cost on its own and its number among all the heads' options. */
type Option = { c: Candidate & { extent: Box }; own: number; id: number };

/** {@link pairCost} of two options, memoized: the searches ask for the same pairs many times. */
type PairCosts = (a: Option, b: Option) => number;

function pairCosts(count: number): PairCosts {
  const memo = new Float64Array(count * count).fill(NaN);
  return (a, b) => {
    const k = a.id * count + b.id;
    if (Number.isNaN(memo[k]!)) memo[k] = memo[b.id * count + a.id] = pairCost(a.c, b.c);
    return memo[k]!;
  };
}

/**
 * One greedy pass over the heads in `order`, each taking its least costly option given those
 * placed, then up to {@link REFINE_ROUNDS} rounds moving each to its best place given all the
 * others. Returns the choice and its total cost (own costs plus every pair's).
 */
function search(options: readonly Option[][], order: readonly number[], pair: PairCosts) {
  const placed: (Option | undefined)[] = [];
  const best = (i: number): Option => {
    let [chosen, least] = [undefined as Option | undefined, Infinity];
    for (const o of options[i] ?? []) {
      let c = o.own;
      for (let j = 0; j < placed.length && c < least; j++) {
        const p = placed[j];
        if (p && j !== i) c += pair(o, p);
      }
      if (c < least) [chosen, least] = [o, c];
    }
    return chosen as Option;
  };
  order.forEach((i) => (placed[i] = best(i)));
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    let moved = false;
    order.forEach((i) => {
      const b = best(i);
      if (b !== placed[i]) [placed[i], moved] = [b, true];
    });
    if (!moved) break;
  }
  const all = placed as Option[];
  const pairs = all.reduce(
    (sum, a, i) => sum + all.slice(i + 1).reduce((t, b) => t + pair(a, b), 0),
    0,
  );
  return { placed: all, total: all.reduce((sum, o) => sum + o.own, 0) + pairs };
}

/**
 * Label placement in px: each head takes the candidate ({@link labelCandidates}) with the least
 * cost: weighted overlap with dots, quadrant names and the other labels, leaving
 * the plot, lying across a quadrant line from its dot (with `cross`, the px of the lines'
 * crossing), lying across a drawn line (`lines`: the tails' steps), its rank (nearer and plainer first), and pairing: a label beside its dot must be
 * nearer it than any other dot by {@link PAIR_MARGIN} px, and a label on a leader must keep
 * {@link LEADER_CLEAR} px from every other dot, its line too, and not cross another label or
 * leader. Each of four orders (as given, reversed, most crowded first, least crowded first) is
 * searched ({@link search}); the placement with the least total cost wins (the first on a tie).
 * Deterministic.
 */
export function placeLabels(
  heads: readonly { text: string; at: Px }[],
  obstacles: readonly Box[],
  plot: { width: number; height: number },
  cross?: Px,
  lines: readonly Line[] = [],
): PlacedLabel[] {
  const frame = { x: 0, y: 0, w: plot.width, h: plot.height };
  let id = 0;
  const options: Option[][] = heads.map(({ text, at }) => {
    const others = heads.filter((o) => o.at !== at).map((o) => o.at);
    return labelCandidates(at, textWidth(text, 11, true) + 2, 13) // bold 11 px, as drawn
      .map((c) => ({
        c: { ...c, extent: extent(c) },
        own: ownCost(c, at, others, obstacles, frame, cross, lines),
        id: id++,
      }));
  });
  // Heads within 20 px of each head (itself included): the most crowded are placed first once.
  const crowding = heads.map(
    ({ at }) => heads.filter((o) => Math.hypot(o.at[0] - at[0], o.at[1] - at[1]) < 20).length,
  );
  const natural = heads.map((_, i) => i);
  const byCrowding = [...natural].sort((a, b) => crowding[b]! - crowding[a]! || a - b);
  const orders = [natural, [...natural].reverse(), byCrowding, [...byCrowding].reverse()];
  const pair = pairCosts(options.flat().length);
  const tries = orders.map((order) => search(options, order, pair));
  const placed = tries.reduce((a, b) => (b.total < a.total ? b : a)).placed;
  return placed.map(({ c: { box, leader } }) => (leader ? { box, leader } : { box }));
}
