/**
 * The ratio chart spans the same year as the 1-year returns of the tables: its first point is
 * the 1-year returns' base close, so "the ratio rose X% since <first date>" is exactly
 * (1 + small's 1-year return) / (1 + large's) - 1 (2026-08-21, bundled data: RUT +32.98%,
 * GSPC +19.99% from 2025-08-20: 1.3298 / 1.1999 - 1 = +10.83%).
 */
import { describe, expect, it } from 'vitest';
import { isAvailable } from '../../src/model/figure.js';
import { buildBriefModel } from '../../src/stats/briefModel.js';
import { briefInputsAt } from '../helpers/realBrief.js';

describe.each(['2026-01-22', '2026-08-21', '2008-10-10'])('the ratio chart of %s', (date) => {
  it('starts at the base close of the 1-year returns and agrees with them', () => {
    const { universe, series, asOf } = briefInputsAt(date);
    const { stats, charts } = buildBriefModel(universe, series, asOf);
    const ratio = charts.ratio;
    const [small, large] = [stats.series['RUT'], stats.series['GSPC']];
    if (!ratio || !small || !large) throw new Error('no ratio chart or no index figures');
    const [ys, yl] = [small.year1, large.year1];
    if (!isAvailable(ys) || !isAvailable(yl)) throw new Error('no 1-year returns');
    expect(ratio.ratio).toHaveLength(253);
    expect(ratio.ratio[0]?.date).toBe(ys.from);
    expect(ratio.ratio.at(-1)?.date).toBe(date);
    const first = ratio.ratio[0]?.value as number;
    const last = ratio.ratio.at(-1)?.value as number;
    expect(last / first - 1).toBeCloseTo((1 + ys.value) / (1 + yl.value) - 1, 12);
  });
});
