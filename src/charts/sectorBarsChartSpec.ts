/**
 * Diverging horizontal bars of one return per sector (e.g. the day's return), best at the top.
 */
import type { TopLevelSpec } from 'vega-lite';
import { specHead } from './specParts.js';
import { formatPercent } from '../model/format.js';
import { CHART_SIZE, FONT_SIZE, INK, NEUTRAL_COLOR, RETURN_COLORS } from './theme.js';

/** One sector's bar. */
export interface SectorBarRow {
  /** Ticker, e.g. `XLK`. */
  symbol: string;
  /** Sector name, e.g. `Technology`. */
  name: string;
  /** Return as a fraction (0.0135 = +1.35%). */
  value: number;
}

/** Input of {@link sectorBarsChartSpec}. */
export interface SectorBarsChartInput {
  title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  description: string;
  rows: readonly SectorBarRow[];
}

/** A row of the chart's dataset. */
export interface SectorBarDatum {
  /** `XLK Technology`: the axis label, unique per row. */
  label: string;
  value: number;
  /** `+1.35%`, as in the brief's text. */
  text: string;
  sign: 'positive' | 'negative' | 'zero';
}

/** Height of one bar's row in px; the chart grows with the number of sectors. */
export const SECTOR_ROW_PX = 22;

/** Space reserved for the sector labels (`XLY Consumer Discretionary` is ~150 px at 11 px). */
export const SECTOR_LABEL_PX = 156;

/** Rows sorted by value (best first, ties by symbol), checked and labelled. */
export function sectorBarData(rows: readonly SectorBarRow[]): SectorBarDatum[] {
  const labels = new Set<string>();
  return [...rows]
    .sort((a, b) => b.value - a.value || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0))
    .map((r) => {
      if (!Number.isFinite(r.value))
        throw new Error(`sector bars: ${r.symbol} value is not finite`);
      const label = `${r.symbol} ${r.name}`.trim();
      if (labels.has(label)) throw new Error(`sector bars: duplicate row ${JSON.stringify(label)}`);
      labels.add(label);
      const sign = r.value > 0 ? 'positive' : r.value < 0 ? 'negative' : 'zero';
      return { label, value: r.value, text: formatPercent(r.value), sign };
    });
}

/** x domain from the values, widened on each side that has bars to leave room for the labels. */
function valueDomain(values: readonly number[]): [number, number] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 0.01;
  const room = span * 0.3; // `+2.10%` beside the longest bar of a ~190 px plot
  return [lo < 0 ? lo - room : -room / 4, hi > 0 ? hi + room : room / 4];
}

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** Bars coloured by sign, the value at each bar's outer end, and the zero rule. */
function barLayers(): Layer[] {
  const text = { baseline: 'middle', fontSize: FONT_SIZE.value, color: INK.text } as const;
  const sign = {
    field: 'sign',
    type: 'nominal',
    scale: {
      domain: ['positive', 'negative', 'zero'],
      range: [RETURN_COLORS.positive, RETURN_COLORS.negative, NEUTRAL_COLOR],
    },
    legend: null,
  } as const;
  return [
    { mark: { type: 'bar' }, encoding: { color: sign } },
    {
      transform: [{ filter: 'datum.value >= 0' }],
      mark: { ...text, type: 'text', align: 'left', dx: 5 },
      encoding: { text: { field: 'text' } },
    },
    {
      transform: [{ filter: 'datum.value < 0' }],
      mark: { ...text, type: 'text', align: 'right', dx: -5 },
      encoding: { text: { field: 'text' } },
    },
  ];
}

/**
 * Vega-Lite spec of the sector bars: one horizontal bar per sector sorted by value, gains blue
 * and losses red ({@link RETURN_COLORS}), the signed percent at each bar's end, a rule at zero.
 * Throws on a non-finite value or a duplicate sector.
 */
export function sectorBarsChartSpec(input: SectorBarsChartInput): TopLevelSpec {
  const values = sectorBarData(input.rows);
  const axis = { ticks: false, domain: false, labelLimit: 200, labelColor: INK.text } as const;
  const y = {
    field: 'label',
    type: 'nominal',
    sort: values.map((v) => v.label),
    title: null,
    scale: { paddingInner: 0.25, paddingOuter: 0.15 },
    axis: { ...axis, minExtent: SECTOR_LABEL_PX, maxExtent: SECTOR_LABEL_PX },
  } as const;
  const domain = valueDomain(values.map((v) => v.value));
  const x = {
    field: 'value',
    type: 'quantitative',
    scale: { domain, nice: false },
    axis: null,
  } as const;
  const head = specHead(input, values);
  return {
    ...head,
    height: values.length * SECTOR_ROW_PX + 32 + head.height - CHART_SIZE.height,
    title: { text: head.title, frame: 'bounds' },
    layer: [
      { encoding: { x, y }, layer: barLayers() },
      {
        // One row of its own: a rule over the chart's data would be drawn once per row.
        data: { values: [{}] },
        mark: { type: 'rule', color: NEUTRAL_COLOR, strokeWidth: 1 },
        encoding: { x: { datum: 0 } },
      },
    ],
  };
}
