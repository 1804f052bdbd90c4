/**
 * The compiled-spec cache: a chart drawn from a cached compile of its shape, with its rows passed
 * at view time, is byte for byte the chart compiled whole with its rows inline, for every chart of
 * two real briefs (2026-01-22 and 2026-08-21).
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  clearCompiledCharts,
  compiledChartStats,
  splitData,
} from '../../src/charts/compiledSpecs.js';
import { compactSvg } from '../../src/charts/compactSvg.js';
import { addSvgAccessibility, specTitle } from '../../src/charts/renderSvg.js';
import { CHART_FONT } from '../../src/charts/theme.js';
import { buildBriefModel } from '../../src/stats/briefModel.js';
import { briefInputsAt } from '../helpers/realBrief.js';

/** Every spec briefCharts renders, in order. */
const seen: TopLevelSpec[] = [];
vi.mock('../../src/charts/renderSvg.js', async (importActual) => {
  const actual = await importActual<typeof import('../../src/charts/renderSvg.js')>();
  return {
    ...actual,
    renderSvg: (spec: TopLevelSpec) => {
      seen.push(spec);
      return actual.renderSvg(spec);
    },
  };
});
const { briefCharts } = await import('../../src/charts/briefCharts.js');
const { renderSvg } = await import('../../src/charts/renderSvg.js');

/** The reference: the whole spec, rows inline, compiled and parsed for this one view. */
async function uncachedSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(structuredClone(spec)).spec), {
    renderer: 'none',
  });
  try {
    (vega as unknown as { resetSVGDefIds?: () => void }).resetSVGDefIds?.();
    const svg = compactSvg(await view.toSVG(), CHART_FONT);
    return addSvgAccessibility(svg, specTitle(spec), spec.description ?? '');
  } finally {
    view.finalize();
  }
}

describe('compiled-spec cache', () => {
  const specs: Record<string, TopLevelSpec[]> = {};
  beforeAll(async () => {
    for (const date of ['2026-01-22', '2026-08-21']) {
      const { universe, series, asOf } = briefInputsAt(date);
      const model = buildBriefModel(universe, series, asOf);
      seen.length = 0;
      await briefCharts(model.charts);
      specs[date] = [...seen];
    }
  }, 60_000);

  it.each(['2026-01-22', '2026-08-21'])(
    '%s: every chart from the cache is byte-identical to an uncached compile',
    async (date) => {
      const list = specs[date] ?? [];
      // The brief's six charts: rebased, ratio, streaks, drawdown, rolling beta, rotation graph.
      expect(list.length).toBe(6);
      clearCompiledCharts();
      for (const spec of list) {
        const first = await renderSvg(spec); // a miss: compiles the shape
        const again = await renderSvg(spec); // a hit: the cached runtime, fresh rows
        const reference = await uncachedSvg(spec);
        expect(first === reference, specTitle(spec)).toBe(true);
        expect(again === reference, specTitle(spec)).toBe(true);
      }
      expect(compiledChartStats()).toEqual({ hits: 6, misses: 6, size: 6 });
    },
    60_000,
  );

  it('keys by shape: the rows are left out of the compiled spec and passed at view time', () => {
    const spec = (specs['2026-01-22'] ?? [])[0] as TopLevelSpec;
    const { shape, values } = splitData(spec);
    expect(values?.length).toBeGreaterThan(10);
    expect((shape as { data: object }).data).toEqual({ name: 'points' });
    expect(JSON.stringify(spec)).toContain(JSON.stringify(values));
  });

  it('a chart drawn with other rows on the same shape reuses the compile and shows them', async () => {
    clearCompiledCharts();
    const spec = (specs['2026-08-21'] ?? [])[0] as TopLevelSpec;
    const { values } = splitData(spec);
    const fewer = { ...spec, data: { name: 'points', values: values?.slice(0, 20) } };
    const [all, some] = [await renderSvg(spec), await renderSvg(fewer as TopLevelSpec)];
    expect(compiledChartStats()).toMatchObject({ hits: 1, misses: 1 });
    expect(some).not.toBe(all);
    expect(some).toBe(await uncachedSvg(fewer as TopLevelSpec));
  });

  it("a chart whose only change is the day's finding reuses the compile; the SVG carries the new one", async () => {
    clearCompiledCharts();
    const spec = (specs['2026-08-21'] ?? [])[1] as TopLevelSpec;
    const other = { ...spec, description: 'The ratio fell 1.00% & more.' } as TopLevelSpec;
    expect('description' in splitData(spec).shape).toBe(false);
    const [first, second] = [await renderSvg(spec), await renderSvg(other)];
    expect(compiledChartStats()).toMatchObject({ hits: 1, misses: 1 });
    expect(second).toContain('<desc>The ratio fell 1.00% &#38; more.</desc>');
    expect(first).toContain(`<desc>${spec.description?.replace(/&/g, '&#38;')}</desc>`);
    expect(second).toBe(await uncachedSvg(other));
  });
});
