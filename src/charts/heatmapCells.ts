/**
 * The dataset of the sector heat map: one cell per sector and session plus a total per sector,
 * rows ordered best total first, sessions oldest first, each cell with its return as printed.
 */
import { formatPercent } from '../model/format.js';
import { utcMs } from './sessionDateAxis.js';
import { sortedByDate } from './sortedByDate.js';

/** One sector's daily returns, aligned with the chart's `dates`. */
export interface SectorHeatmapRow {
  symbol: string;
  name: string;
  /** Daily return per date as a fraction; null when the sector has no close that session. */
  values: readonly (number | null)[];
  /** Compounded return over the values (computed with the data: src/stats/chartSeries.ts). */
  total: number;
}

/** Input of {@link sectorHeatmapChartSpec}. */
export interface SectorHeatmapChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  /** The sessions, ISO `YYYY-MM-DD` (e.g. the last 10), in any order; shown oldest first. */
  dates: readonly string[];
  rows: readonly SectorHeatmapRow[];
}

/** One cell of the heat map's dataset (`column` is a session label or the total column). */
export interface HeatmapCell {
  /** The ticker, e.g. `XLK`. */
  row: string;
  column: string;
  /** null: no data. */
  value: number | null;
  /** The return in percent, signed, one decimal: `+0.4`, `-1.2`, `0.0`, or {@link NO_DATA_TEXT}. */
  text: string;
  total: boolean;
}

/** Text of a cell without data (explained in the legend title; `no data` is wider than a cell). */
export const NO_DATA_TEXT = 'n/a';

/** Header of the total column. */
export const TOTAL_COLUMN = 'Total';

/** `+0.4`, `-1.2`, `0.0`: a return in percent with one decimal, signed as in the brief's text. */
export function percentCell(value: number): string {
  return formatPercent(value, 1).slice(0, -1);
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** `Aug 21` for an ISO session date (its calendar day, never shifted). */
export function dayLabel(date: string): string {
  const d = new Date(utcMs(date));
  return `${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCDate()}`;
}

/** Checks one input row against the dates; its label and compounded total. */
function checkedRow(r: SectorHeatmapRow, dates: number) {
  if (r.values.length !== dates)
    throw new Error(
      `sector heat map: ${r.symbol} has ${r.values.length} values for ${dates} dates`,
    );
  if (r.values.some((v) => v !== null && !Number.isFinite(v)))
    throw new Error(`sector heat map: ${r.symbol} has a non-finite value`);
  return { ...r, label: r.symbol };
}

/** Cells sorted by total (best sector first, ties by symbol), then date; checks the input. */
export function heatmapCells(input: SectorHeatmapChartInput): HeatmapCell[] {
  const order = sortedByDate(
    input.dates.map((d, i) => ({ d, i })),
    (x) => x.d,
  );
  const rows = input.rows.map((r) => checkedRow(r, input.dates.length));
  rows.sort(
    (a, b) => b.total - a.total || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0),
  );
  return rows.flatMap((r) => [
    ...order.map(({ d, i }): HeatmapCell => {
      const value = r.values[i] ?? null;
      const text = value === null ? NO_DATA_TEXT : percentCell(value);
      return { row: r.label, column: dayLabel(d), value, text, total: false };
    }),
    {
      row: r.label,
      column: TOTAL_COLUMN,
      value: r.total,
      text: percentCell(r.total),
      total: true,
    },
  ]);
}
