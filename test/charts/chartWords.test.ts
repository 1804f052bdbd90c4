/**
 * What a reader reads on the charts of a real brief (2026-01-22): series by their names, not the
 * data files' tickers, and formulas that do not break before their "- 1".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { briefCharts, type RenderedChart } from '../../src/charts/briefCharts.js';
import { buildBriefModel } from '../../src/stats/briefModel.js';
import { briefInputsAt } from '../helpers/realBrief.js';

/** The text a reader sees in an SVG: its <text> elements, entities decoded. */
const svgTexts = (svg: string): string[] =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  );

describe('the words of the charts of 2026-01-22', () => {
  let charts: Record<string, RenderedChart | null>;
  beforeAll(async () => {
    const { universe, series, asOf } = briefInputsAt('2026-01-22');
    charts = await briefCharts(buildBriefModel(universe, series, asOf).charts);
  }, 60_000);

  it('name the indices in the streak chart caption and the ratio legend, not RUT and GSPC', () => {
    const streaks = charts['streaks'];
    expect(streaks?.caption).toContain(
      "the Russell 2000's close-to-close return beat the S&P 500's",
    );
    const ratio = charts['ratio'];
    expect(ratio).toBeTruthy();
    const legend = svgTexts(ratio!.svg);
    expect(legend).toContain('Ratio');
    expect(legend).toContain('50-session avg');
    for (const chart of [streaks, ratio]) {
      expect(chart!.caption).not.toMatch(/\bRUT\b|\bGSPC\b/);
      expect(svgTexts(chart!.svg).join(' | ')).not.toMatch(/\bRUT\b|\bGSPC\b/);
    }
  });

  it('keep the drawdown formula whole: no line may start with "- 1."', () => {
    expect(charts['drawdown']?.caption).toContain('close / highest close to date\u00a0-\u00a01.');
  });
});
