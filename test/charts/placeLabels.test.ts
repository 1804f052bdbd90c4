import { describe, expect, it } from 'vitest';
import { labelCandidates } from '../../src/charts/labelCandidates.js';
import {
  gap,
  overlap,
  segmentGap,
  segmentHitsBox,
  segmentsCross,
} from '../../src/charts/labelGeometry.js';
import { placeLabels } from '../../src/charts/placeLabels.js';

const plot = { width: 300, height: 260 };

describe('label geometry', () => {
  it('measures overlap, and gaps from a box and from a segment to a point', () => {
    // x overlap 10..14 = 4, y overlap 5..8 = 3: 12 px².
    expect(overlap({ x: 0, y: 0, w: 14, h: 8 }, { x: 10, y: 5, w: 10, h: 10 })).toBe(12);
    expect(overlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 5, h: 5 })).toBe(0);
    // (13, 14) is 3 right of and 4 below the box's corner (10, 10): hypot(3, 4) = 5.
    expect(gap({ x: 0, y: 0, w: 10, h: 10 }, [13, 14])).toBe(5);
    expect(gap({ x: 0, y: 0, w: 10, h: 10 }, [5, 5])).toBe(0);
    const l = { from: [0, 0] as [number, number], to: [10, 0] as [number, number] };
    expect(segmentGap(l, [4, 3])).toBe(3); // foot of the perpendicular inside the segment
    expect(segmentGap(l, [14, 3])).toBe(5); // past the end: hypot(4, 3)
  });

  it('tells a leader through a box or across another leader from one that misses', () => {
    const box = { x: 10, y: -5, w: 10, h: 10 };
    const through = { from: [0, 0] as [number, number], to: [30, 0] as [number, number] };
    const short = { from: [0, 0] as [number, number], to: [10, 0] as [number, number] };
    const above = { from: [0, -8] as [number, number], to: [30, -8] as [number, number] };
    expect(segmentHitsBox(through, box)).toBe(true);
    expect(segmentHitsBox(short, box)).toBe(false); // ends on the box's edge
    expect(segmentHitsBox(above, box)).toBe(false);
    const across = { from: [15, -10] as [number, number], to: [15, 10] as [number, number] };
    expect(segmentsCross(through, across)).toBe(true);
    expect(segmentsCross(above, through)).toBe(false);
  });

  it('answers as the plain Liang-Barsky clip on 20,000 segments, edges and points included', () => {
    type P = [number, number];
    // The clip as first written (both slabs, no early exit): the reference.
    const clip = (l: { from: P; to: P }, b: { x: number; y: number; w: number; h: number }) => {
      let [t0, t1] = [0, 1];
      const slabs = [
        [l.from[0], l.to[0] - l.from[0], b.x, b.x + b.w],
        [l.from[1], l.to[1] - l.from[1], b.y, b.y + b.h],
      ] as const;
      for (const [p, dp, lo, hi] of slabs) {
        if (dp === 0) {
          if (p <= lo || p >= hi) return false;
          continue;
        }
        const [a, c] = [(lo - p) / dp, (hi - p) / dp];
        [t0, t1] = [Math.max(t0, Math.min(a, c)), Math.min(t1, Math.max(a, c))];
      }
      return t1 - t0 > 1e-9;
    };
    // A fixed pseudo-random sequence on a coarse grid, so ends often fall on a box's edges.
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 41) - 10;
    const box = { x: 0, y: 0, w: 20, h: 12 };
    let hits = 0;
    for (let k = 0; k < 20_000; k++) {
      const l = { from: [next(), next()] as P, to: [next(), next()] as P };
      const want = clip(l, box);
      if (segmentHitsBox(l, box) !== want) expect([l, segmentHitsBox(l, box)]).toEqual([l, want]);
      if (want) hits++;
    }
    expect(hits).toBeGreaterThan(2_000); // both answers are well represented
    expect(hits).toBeLessThan(18_000);
  });
});

describe('labelCandidates', () => {
  it('puts the near places first, without leaders, and the far ones on leaders', () => {
    const all = labelCandidates([100, 100], 20, 13);
    const near = all.filter((c) => !c.leader);
    const far = all.filter((c) => c.leader);
    expect(near[0]?.box).toEqual({ x: 108, y: 93.5, w: 20, h: 13 }); // 8 px right, centred
    expect(Math.max(...near.map((c) => c.rank))).toBeLessThan(Math.min(...far.map((c) => c.rank)));
    expect(far).toHaveLength(24); // three rings of eight directions
    for (const { box, leader } of far) {
      // The leader ends on the box's edge, facing the dot, and starts outside the dot.
      expect(gap(box, leader!.to)).toBeCloseTo(0, 9);
      expect(Math.hypot(leader!.from[0] - 100, leader!.from[1] - 100)).toBeGreaterThan(4.2);
    }
  });
});

describe('placeLabels', () => {
  it('puts lone dots’ labels beside them, to the right when nothing is there', () => {
    const heads = [
      { text: 'XLE', at: [60, 60] as [number, number] },
      { text: 'XLF', at: [200, 180] as [number, number] },
    ];
    const placed = placeLabels(heads, [], plot);
    expect(placed.map((p) => p.leader)).toEqual([undefined, undefined]);
    expect(placed[0]?.box.x).toBe(68);
    expect(placed[1]?.box.x).toBe(208);
  });

  // Five dots 9 px apart in a row: every place beside the middle dot (C) is at least as near B
  // or D as C, so its label goes out on a leader, and the label keeps clear of every other dot.
  it('sets a crowded dot’s label apart on a leader that passes no other dot', () => {
    const heads = ['XLA', 'XLB', 'XLC', 'XLD', 'XLE'].map((text, k) => ({
      text,
      at: [120 + 9 * k, 130] as [number, number],
    }));
    const placed = placeLabels(heads, [], plot);
    const c = placed[2]!;
    expect(c.leader).toBeDefined();
    heads.forEach((h, k) => {
      if (k === 2) return;
      expect(gap(c.box, h.at), `XLC's label near ${h.text}`).toBeGreaterThanOrEqual(6);
      expect(segmentGap(c.leader!, h.at), `XLC's leader near ${h.text}`).toBeGreaterThanOrEqual(6);
    });
  });

  // XLE's label goes right of its dot (x 68, as above) when nothing is there; a tail step drawn
  // vertically through that place (x 80, y 30..90) moves it to another place beside the dot.
  it('keeps a label off a drawn line (a tail step) when it can sit beside its dot elsewhere', () => {
    const heads = [{ text: 'XLE', at: [60, 60] as [number, number] }];
    const line = { from: [80, 30] as [number, number], to: [80, 90] as [number, number] };
    expect(placeLabels(heads, [], plot)[0]?.box.x).toBe(68);
    const placed = placeLabels(heads, [], plot, undefined, [line])[0]!;
    expect(segmentHitsBox(line, placed.box)).toBe(false);
    expect(placed.leader).toBeUndefined();
    expect(gap(placed.box, [60, 60])).toBeLessThan(10);
  });

  it('is deterministic', () => {
    const heads = [0, 1, 2, 3].map((k) => ({
      text: `X${k}`,
      at: [150 + 6 * k, 120 + 4 * k] as [number, number],
    }));
    expect(placeLabels(heads, [], plot)).toEqual(placeLabels(heads, [], plot));
  });
});
