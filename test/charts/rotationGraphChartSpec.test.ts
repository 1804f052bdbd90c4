import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/renderSvg.js';
import {
  ROTATION_PLOT,
  rotationGraphChartSpec,
  type RotationGraphPoint,
} from '../../src/charts/rotationGraphChartSpec.js';
import { seriesColor } from '../../src/charts/theme.js';
import { expectGolden } from '../helpers/golden.js';
import { rotationFixture, rotationPoints } from './fixtures/sectorCharts.js';
import type { Json } from './fixtures/specJson.js';

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
    expect(labels).toHaveLength(12);
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
