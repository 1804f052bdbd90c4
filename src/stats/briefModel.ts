/**
 * The brief's model: every figure (stats.json) and every chart's data, computed once from the
 * series up to the date. Everything downstream (prose, tables, charts, stats.json, the email)
 * reads this model and computes nothing of its own.
 */
import type { Series } from '../model/series.js';
import type { Universe } from '../model/universe.js';
import type { AsOf } from './asOf.js';
import type { BriefStats } from './briefStats.js';
import { chartData, type ChartData } from './chartData.js';
import { briefInput, computeStats } from './computeStats.js';

export interface BriefModel {
  readonly stats: BriefStats;
  readonly charts: ChartData;
}

/** The model of the brief for `asOf.date`. */
export function buildBriefModel(
  universe: Universe,
  series: ReadonlyMap<string, Series>,
  asOf: AsOf,
  range?: { readonly from: string; readonly to: string },
): BriefModel {
  const stats = computeStats(universe, series, asOf, range);
  return { stats, charts: chartData(briefInput(universe, series, asOf, range), stats) };
}
