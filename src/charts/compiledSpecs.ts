/**
 * Vega-Lite specs compiled (and parsed to a vega runtime) once per process and per shape: the
 * shape of a chart spec is the spec without its dataset's rows (`data: { name: 'points' }`, see
 * CHART_DATA_NAME) and without its top-level `description` (the day's finding, which vega does
 * not draw: renderSvg.ts writes it into the SVG's <desc>), so a backfill that draws the same
 * chart with another day's rows reuses the compiled dataflow and passes the rows at view time. The rows of a chart never enter its key,
 * and a spec without the one named dataset is compiled whole (and cached by its whole JSON).
 *
 * The cache holds at most {@link MAX_SHAPES} shapes, dropping the least recently used, so a
 * long backfill (whose titles and axis ticks change from day to day) stays flat in memory.
 */
import { createHash } from 'node:crypto';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_DATA_NAME } from './specParts.js';

/** Shapes kept (nine charts a brief; a few briefs' worth of titles and ticks). */
export const MAX_SHAPES = 64;

/** A spec split into its compiled shape and the rows to pass at view time. */
export interface CompiledChart {
  /** The vega runtime of the spec's shape (shared: never modified by a view). */
  readonly runtime: vega.Runtime;
  /** Rows of the named dataset, a copy the caller may hand to one view; undefined when inline. */
  readonly values?: object[];
}

const cache = new Map<string, vega.Runtime>();
let stats = { hits: 0, misses: 0 };

/**
 * `spec` without its description and the rows of its named dataset, and those rows (undefined
 * when there are none).
 */
export function splitData(spec: TopLevelSpec): { shape: TopLevelSpec; values?: readonly object[] } {
  const { description: _drawnByUs, ...drawn } = spec as TopLevelSpec & { description?: string };
  const data = (drawn as { data?: { name?: unknown; values?: unknown } }).data;
  if (data?.name !== CHART_DATA_NAME || !Array.isArray(data.values))
    return { shape: drawn as TopLevelSpec };
  const { values, ...rest } = data;
  return { shape: { ...drawn, data: rest } as TopLevelSpec, values: values as object[] };
}

/** Compile and parse `shape` (vega-lite compile, then vega parse). */
function build(shape: TopLevelSpec): vega.Runtime {
  return vega.parse(compile(structuredClone(shape)).spec);
}

/**
 * The compiled runtime of `spec`'s shape (from the cache when it was compiled before) and a copy
 * of its rows (vega tags the rows it is given, so the spec's own are never handed over).
 */
export function compiledChart(spec: TopLevelSpec): CompiledChart {
  const { shape, values } = splitData(spec);
  const key = createHash('sha256').update(JSON.stringify(shape)).digest('base64');
  let runtime = cache.get(key);
  if (runtime) {
    stats.hits++;
    cache.delete(key);
  } else {
    stats.misses++;
    runtime = build(shape);
  }
  cache.set(key, runtime);
  if (cache.size > MAX_SHAPES) cache.delete(cache.keys().next().value as string);
  return values === undefined
    ? { runtime }
    : { runtime, values: structuredClone(values) as object[] };
}

/** Cache hits and misses since the process started (or the last {@link clearCompiledCharts}). */
export function compiledChartStats(): { hits: number; misses: number; size: number } {
  return { ...stats, size: cache.size };
}

/** Empty the cache (tests compare a cached render with an uncached one). */
export function clearCompiledCharts(): void {
  cache.clear();
  stats = { hits: 0, misses: 0 };
}
