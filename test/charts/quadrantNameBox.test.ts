import { describe, expect, it } from 'vitest';
import { quadrantNameBox } from '../../src/charts/quadrantNameBox.js';

// A 300 x 200 plot with the cross at (150, 100); "Lagging" (bottom left) 58 px wide.
// Outer corner: x 6, y 200 - 18 = 182; inner x: 150 - 6 - 58 = 86; inner y: 100 + 4 = 104.
const PLOT = { width: 300, height: 200 };
const CROSS: [number, number] = [150, 100];
const LAGGING = { sx: -1, sy: -1 };

describe('quadrantNameBox', () => {
  it('is in the outer corner when no dot is under it', () => {
    expect(quadrantNameBox(LAGGING, 58, PLOT, CROSS, [[100, 50]])).toMatchObject({ x: 6, y: 182 });
  });

  it('moves along the outer edge when a dot lies on the corner (IWM on "Lagging")', () => {
    // (20, 190) is inside x 6..64, y 182..196: the next corner, x 86 on the same bottom edge.
    expect(quadrantNameBox(LAGGING, 58, PLOT, CROSS, [[20, 190]])).toMatchObject({ x: 86, y: 182 });
  });

  it("counts a dot within 2 px of the box (a tail dot's radius) as under it", () => {
    // x 65.5 is 1.5 px right of the box's edge at 64: taken; (66.5, 190) is 2.5 px off: free.
    expect(quadrantNameBox(LAGGING, 58, PLOT, CROSS, [[65.5, 190]]).x).toBe(86);
    expect(quadrantNameBox(LAGGING, 58, PLOT, CROSS, [[66.5, 190]]).x).toBe(6);
  });

  it('tries the inner edge next, and keeps the outer corner when every corner is taken', () => {
    const bottom: [number, number][] = [
      [20, 190],
      [100, 190],
    ];
    // Both bottom corners taken: the outer x on the inner edge (y 104).
    expect(quadrantNameBox(LAGGING, 58, PLOT, CROSS, bottom)).toMatchObject({ x: 6, y: 104 });
    const all: [number, number][] = [...bottom, [20, 110], [100, 110]];
    expect(quadrantNameBox(LAGGING, 58, PLOT, CROSS, all)).toMatchObject({ x: 6, y: 182 });
  });

  it('mirrors for the top right quadrant ("Leading")', () => {
    // Outer: x 300 - 6 - 58 = 236, y 4; a dot there sends it to x 150 + 6 = 156.
    const leading = { sx: 1, sy: 1 };
    expect(quadrantNameBox(leading, 58, PLOT, CROSS, [])).toMatchObject({ x: 236, y: 4, h: 14 });
    expect(quadrantNameBox(leading, 58, PLOT, CROSS, [[250, 10]])).toMatchObject({ x: 156, y: 4 });
  });
});
