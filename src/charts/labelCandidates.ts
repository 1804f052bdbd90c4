/**
 * Where a point label may go: beside its dot (the near ring), or, when the dots around it are
 * crowded, farther out on a thin leader line from the dot (the far ring). Positions are in px,
 * top-left origin.
 */

/** A box in px, top-left origin, with the weight of overlapping it. */
export type Box = { x: number; y: number; w: number; h: number; weight?: number };

/** px: a point. */
export type Px = [number, number];

/** A leader line: from just outside the dot to the label box's nearest edge or corner. */
export interface Leader {
  from: Px;
  to: Px;
}

/** One place a label may take; `rank` is its cost before anything it hides is counted. */
export interface Candidate {
  box: Box;
  rank: number;
  leader?: Leader;
}

/** Label offsets from the dot (box left and vertical centre; w = box width), best first. */
const NEAR: readonly ((w: number) => Px)[] = [
  ...[8, 16].flatMap((d) => [(): Px => [d, 0], (w: number): Px => [-d - w, 0]]),
  ...[-11, 11].flatMap((dy) => [(): Px => [5, dy], (w: number): Px => [-5 - w, dy]]),
  (w) => [-w / 2, -13],
  (w) => [-w / 2, 13],
  ...[-15, 15].flatMap((dy) => [(): Px => [9, dy], (w: number): Px => [-9 - w, dy]]),
  (w) => [-w / 2, -20],
  (w) => [-w / 2, 20],
];

/** Rank step between near places (the first is best). */
const NEAR_STEP = 15;

/** px from the dot's centre to where its leader starts (a head is 8.4 px across, plus its ring). */
const LEADER_START = 5.5;

/** px from the dot to the far rings' label corners: three rings, eight directions each. */
const FAR_RADII = [24, 36, 50] as const;

/** Rank of a far place: above every near one (a leader is a last resort), plus per px of leader. */
const FAR_BASE = 1000;
const FAR_PER_PX = 6;

/** The box whose edge or corner facing the dot touches `p`, on the side `(sx, sy)` of it. */
function boxBeyond(p: Px, sx: number, sy: number, w: number, h: number): Box {
  return { x: p[0] - w / 2 + (sx * w) / 2, y: p[1] - h / 2 + (sy * h) / 2, w, h };
}

/** Far places: the eight compass directions (right first, then counter-clockwise) on each ring. */
function farCandidates(at: Px, w: number, h: number): Candidate[] {
  return FAR_RADII.flatMap((r) =>
    Array.from({ length: 8 }, (_, k): Candidate => {
      const a = (k * Math.PI) / 4;
      const [ux, uy] = [Math.cos(a), -Math.sin(a)];
      const [sx, sy] = [Math.round(ux * 1e6) / 1e6, Math.round(uy * 1e6) / 1e6].map(Math.sign);
      const to: Px = [at[0] + r * ux, at[1] + r * uy];
      const from: Px = [at[0] + LEADER_START * ux, at[1] + LEADER_START * uy];
      const box = boxBeyond(to, sx ?? 0, sy ?? 0, w, h);
      return { box, rank: FAR_BASE + FAR_PER_PX * r, leader: { from, to } };
    }),
  );
}

/** Every place for a `w` x `h` label of the dot at `at`: the near ring in order, then the far. */
export function labelCandidates(at: Px, w: number, h: number): Candidate[] {
  const near = NEAR.map((c, k): Candidate => {
    const [dx, dy] = c(w);
    return { box: { x: at[0] + dx, y: at[1] + dy - h / 2, w, h }, rank: k * NEAR_STEP };
  });
  return [...near, ...farCandidates(at, w, h)];
}
