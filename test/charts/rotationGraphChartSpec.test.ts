import { describe, expect, it } from 'vitest';
import { ON_LINE_PX } from '../../src/charts/placeLabels.js';
import { gap, segmentHitsBox, segmentsCross } from '../../src/charts/labelGeometry.js';
import { renderSvg } from '../../src/charts/renderSvg.js';
import {
  ROTATION_PLOT,
  rotationGraphChartSpec,
  SHARED_LABEL_PX,
  tickStep,
  type RotationGraphPoint,
} from '../../src/charts/rotationGraphChartSpec.js';
import { seriesColor } from '../../src/charts/theme.js';
import { expectGolden } from '../helpers/golden.js';
import { rotationFixture, rotationPoints } from './fixtures/sectorCharts.js';
import { buildBriefModel } from '../../src/stats/briefModel.js';
import { briefInputsAt } from '../helpers/realBrief.js';
import type { Json } from './fixtures/specJson.js';

/** The rotation graph's points of the real brief of `date`. */
function realRotation(date: string): RotationGraphPoint[] {
  const { universe, series, asOf } = briefInputsAt(date);
  const rotation = buildBriefModel(universe, series, asOf).charts.rotation;
  if (!rotation) throw new Error(`no rotation graph on ${date}`);
  return [...rotation.points];
}

describe('rotationGraphChartSpec', () => {
  const spec: Json = rotationFixture();
  const rows = spec.data.values as Json[];

  it('is centred on 100/100 with the plain-language axis titles', () => {
    const { x, y } = spec.encoding;
    expect(x.title).toBe('Relative strength (100 = benchmark)');
    expect(y.title).toBe('Momentum (100 = neutral)');
    expect(x.scale.domain).toEqual([80, 120]);
    expect(y.scale.domain).toEqual([80, 120]);
    expect(JSON.stringify(spec)).not.toMatch(/RS-Ratio|RS-Momentum|JdK/i);
  });

  it('names the four quadrants in their corners', () => {
    const names = rows.filter((r) => r.kind === 'name');
    const at = (n: string) => names.find((r) => r.key === n);
    expect(at('Leading').x).toBeGreaterThan(100);
    expect(at('Leading').y).toBeGreaterThan(100);
    expect(at('Weakening').y).toBeLessThan(100);
    expect(at('Lagging').x).toBeLessThan(100);
    expect(at('Improving').y).toBeGreaterThan(100);
    expect(rows.filter((r) => r.kind === 'quadrant')).toHaveLength(4);
  });

  // 2026-08-18: XLB's grey dot covered all but a sliver of IWM's orange one.
  it('draws the coloured fund (IWM) after, so over, the grey ones', () => {
    const tails = rows.filter((r) => r.kind === 'tail');
    const lastGrey = tails.findLastIndex((r) => seriesColor(r.key) === seriesColor('XLK'));
    expect(tails.findIndex((r) => r.key === 'IWM')).toBeGreaterThan(lastGrey);
  });

  it('has a 5-point tail per symbol, the head last, and a colour per symbol', () => {
    const tails = rows.filter((r) => r.kind === 'tail');
    expect(tails).toHaveLength(60);
    const iwm = tails.filter((r) => r.key === 'IWM');
    expect(iwm.map((r) => r.step)).toEqual([0, 1, 2, 3, 4]);
    expect(iwm.at(-1)).toMatchObject({ head: true, x: 96.47, y: 100.45 });
    const line = spec.layer.find((l: Json) => l.mark.type === 'line');
    expect(line.encoding.color.scale.range).toContain(seriesColor('IWM'));
  });

  it('places the 12 labels without overlaps, each nearest its own head', () => {
    const labels = rows.filter((r) => r.kind === 'label');
    // One label per fund, or one for two funds whose dots overlap ("XLC, XLP").
    expect(labels.flatMap((l) => l.key.split(', ')).sort()).toEqual(
      rows
        .filter((r) => r.kind === 'tail' && r.head)
        .map((r) => r.key)
        .sort(),
    );
    const px = (v: number) => ((v - 80) / 40) * ROTATION_PLOT.width;
    const py = (v: number) => ((120 - v) / 40) * ROTATION_PLOT.height;
    const boxes = labels.map((l) => ({
      x: px(l.x),
      y: py(l.y) - 6.5,
      w: l.key.length * 7.4 + 2,
      h: 13,
    }));
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${labels[i].key} overlaps another label`).toBe(true);
      }),
    );
  });

  // Crowded centres of real briefs: before labels were re-placed after the greedy pass (and
  // overprinting cost 40 per px², not 10), XLRE and XLF overprinted as "XLRF" on 2025-04-09 and
  // XLC and XLK overlapped by 82 px² on 2026-01-22.
  it.each(['2025-04-09', '2026-01-22', '2024-08-28', '2023-06-20'])(
    '%s: no two labels overlap',
    (date) => {
      const r = rotationGraphChartSpec({
        title: 't',
        description: 'd',
        points: realRotation(date),
      }) as Json;
      const [lo, hi] = r.encoding.x.scale.domain as [number, number];
      const px = (v: number) => ((v - lo) / (hi - lo)) * ROTATION_PLOT.width;
      const py = (v: number) => ((hi - v) / (hi - lo)) * ROTATION_PLOT.height;
      // A backdrop is its label's box grown by 1 px on each side (x, y top-left; x2, y2).
      const boxes = (r.data.values as Json[])
        .filter((row) => row.kind === 'backdrop')
        .map((b) => ({
          key: b.key,
          x: px(b.x) + 1,
          x2: px(b.x2) - 1,
          y: py(b.y) + 1,
          y2: py(b.y2) - 1,
        }));
      expect(boxes.length).toBeGreaterThanOrEqual(11);
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const w = Math.min(a.x2, b.x2) - Math.max(a.x, b.x);
          const h = Math.min(a.y2, b.y2) - Math.max(a.y, b.y);
          expect(w > 0.5 && h > 0.5, `${a.key} and ${b.key} overlap`).toBe(false);
        }),
      );
    },
  );

  // Crowded centres where, before leader lines, a label sat nearer another fund's dot than its
  // own: on 2026-01-23 "XLI" was 4.5 px from XLP's dot and 16 px from its own; on 2025-04-09
  // "XLRE" lay on XLV's dot; on 2026-01-22 "XLK" was 3.2 px from XLV's dot.
  it.each(['2026-01-23', '2026-01-22', '2025-04-09', '2026-05-01', '2026-06-25'])(
    '%s: every label reads as its own dot’s (nearest it, or on a leader clear of the others)',
    (date) => {
      const r = rotationGraphChartSpec({
        title: 't',
        description: 'd',
        points: realRotation(date),
      });
      const all = (r as Json).data.values as Json[];
      const [lo, hi] = (r as Json).encoding.x.scale.domain as [number, number];
      const px = (x: number, y: number): [number, number] => [
        ((x - lo) / (hi - lo)) * ROTATION_PLOT.width,
        ((hi - y) / (hi - lo)) * ROTATION_PLOT.height,
      ];
      const heads = all.filter((row) => row.kind === 'tail' && row.head);
      const leaders = new Set(all.filter((row) => row.kind === 'leader').map((row) => row.key));
      for (const b of all.filter((row) => row.kind === 'backdrop')) {
        // The backdrop is the label's box grown by 1 px on each side.
        const [[x1, y1], [x2, y2]] = [px(b.x, b.y), px(b.x2, b.y2)];
        const box = { x: x1 + 1, y: y1 + 1, w: x2 - x1 - 2, h: y2 - y1 - 2 };
        const gapTo = (h: Json) => gap(box, px(h.x, h.y));
        const members: string[] = b.key.split(', ');
        const own = Math.min(...heads.filter((h) => members.includes(h.key)).map(gapTo));
        for (const other of heads.filter((h) => !members.includes(h.key))) {
          const floor = leaders.has(b.key) ? 5 : own;
          expect(gapTo(other), `${b.key}'s label by ${other.key}'s dot`).toBeGreaterThan(floor);
        }
        // No leader runs through this label, nor crosses another leader.
        for (const l of all.filter((row) => row.kind === 'leader' && row.key !== b.key)) {
          const [from, to] = [px(l.x, l.y), px(l.x2, l.y2)];
          expect(segmentHitsBox({ from, to }, box), `${l.key}'s leader through ${b.key}`).toBe(
            false,
          );
        }
      }
      const lines = all
        .filter((row) => row.kind === 'leader')
        .map((l) => ({ key: l.key, from: px(l.x, l.y), to: px(l.x2, l.y2) }));
      lines.forEach((a, i) =>
        lines.slice(i + 1).forEach((b) => {
          expect(segmentsCross(a, b), `${a.key} and ${b.key} leaders cross`).toBe(false);
        }),
      );
    },
  );

  const cases: [string, () => RotationGraphPoint[]][] = [
    ['the fixture', () => rotationPoints()],
    ...['2026-01-22', '2026-08-21', '2008-10-10', '2020-03-23'].map(
      (date): [string, () => RotationGraphPoint[]] => [date, () => realRotation(date)],
    ),
  ];
  it.each(cases)(
    "%s: every label reads in its dot's quadrant (not across a 100 line)",
    (_, points) => {
      const r = rotationGraphChartSpec({ title: 't', description: 'd', points: points() }) as Json;
      const all = r.data.values as Json[];
      const heads = all.filter((row) => row.kind === 'tail' && row.head);
      // A dot within ON_LINE_PX of a line reads as on it: its label may go either side. (The plot
      // is wider than tall and both axes span the same range, so x has the larger units per px.)
      const [lo, hi] = r.encoding.x.scale.domain as [number, number];
      const onLine = (ON_LINE_PX * (hi - lo)) / ROTATION_PLOT.width;
      for (const label of all.filter((row) => row.kind === 'label')) {
        // The label's backdrop is its box grown by 1 px: its middle is the label's centre.
        const box = all.find((row) => row.kind === 'backdrop' && row.key === label.key);
        // A shared label ("XLC, XLP") reads in the quadrant of each of its dots.
        for (const head of heads.filter((h) => label.key.split(', ').includes(h.key))) {
          const axes: [number, number][] = [
            [head.x - 100, (box.x + box.x2) / 2 - 100],
            [head.y - 100, label.y - 100],
          ];
          for (const [dot, text] of axes) {
            if (Math.abs(dot) < onLine) continue;
            expect(Math.sign(dot) * Math.sign(text), `${label.key} across a line`).not.toBe(-1);
          }
        }
      }
    },
  );

  // 2024-05-10: three pairs of dots overlap as single blobs; with one label each, two labels
  // pointed at one blob and a reader could not tell which was which.
  it('gives funds whose dots overlap one shared label, and only those', () => {
    const r = rotationGraphChartSpec({
      title: 't',
      description: 'd',
      points: realRotation('2024-05-10'),
    }) as Json;
    const all = r.data.values as Json[];
    const shared = all.filter((row) => row.kind === 'label' && row.key.includes(', '));
    expect(shared.map((row) => row.key)).toEqual(['XLB, XLC', 'XLF, XLP', 'XLK, XLV']);
    const [lo, hi] = r.encoding.x.scale.domain as [number, number];
    const head = (k: string) => all.find((row) => row.kind === 'tail' && row.head && row.key === k);
    const apart = (a: Json, b: Json) =>
      Math.hypot(
        ((a.x - b.x) / (hi - lo)) * ROTATION_PLOT.width,
        ((a.y - b.y) / (hi - lo)) * ROTATION_PLOT.height,
      );
    for (const row of shared) {
      const [a, b] = (row.key as string).split(', ').map(head);
      expect(apart(a, b)).toBeLessThan(SHARED_LABEL_PX);
    }
    // Every other pair of dots is at least that far apart.
    const singles = all.filter((row) => row.kind === 'label' && !row.key.includes(', '));
    singles.forEach((a, i) =>
      singles.slice(i + 1).forEach((b) => {
        expect(apart(head(a.key), head(b.key))).toBeGreaterThanOrEqual(SHARED_LABEL_PX);
      }),
    );
  });

  // 2024-05-10 spans 50..150: a step of 10 gave 11 ticks 30.8 px apart, and the flush-right
  // "150" touched "140" (and "50" touched "60"). At most 4 ticks a side: 308 / 8 = 38.5 px apart.
  it.each([
    [4, 1],
    [10, 5],
    [20, 5],
    [44, 10],
    [50, 20],
    [100, 25],
  ])('half-range %i: ticks every %i', (half, step) => {
    expect(tickStep(half)).toBe(step);
  });

  it('never puts more than four ticks on a side of 100', () => {
    for (let half = 2; half <= 400; half += 2) expect(half / tickStep(half)).toBeLessThan(5);
  });

  it('rejects a symbol without points or twice', () => {
    const p = rotationPoints()[0] as RotationGraphPoint;
    const make = (points: RotationGraphPoint[]) => () =>
      rotationGraphChartSpec({ title: 't', description: 'd', points });
    expect(make([{ ...p, tail: [] }])).toThrow(/no points/);
    expect(make([p, p])).toThrow(/twice/);
  });

  it('renders as test/golden/charts/rotationGraph.svg', async () => {
    expectGolden('charts/rotationGraph.svg', await renderSvg(rotationFixture()));
  });
});
