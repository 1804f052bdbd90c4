/**
 * Parts every chart spec shares: its head (schema, frame, accessible title and description, the
 * data) and end-of-line value labels kept apart.
 */
import { chartFrame, separateLabels } from './theme.js';

/** Name of the one dataset of every chart (inline values). */
export const CHART_DATA_NAME = 'points';

/** What every chart input has. */
export interface ChartText {
  readonly title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  readonly description: string;
}

/** Schema, the standard frame, title and description, and the dataset. */
export function specHead(input: ChartText, values: readonly object[]) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...chartFrame,
    title: input.title,
    description: input.description,
    data: { name: CHART_DATA_NAME, values },
  } as const;
}

/** The text mark of the value labels at the ends of the lines. */
export const END_LABEL_MARK = {
  type: 'text',
  align: 'left',
  baseline: 'middle',
  dx: 6,
  fontWeight: 600,
} as const;

/** Height of the line charts' plot area in px, and the least gap between two end labels. */
const PLOT_PX = 175;
const LABEL_GAP_PX = 14;

/**
 * Place the value labels at the ends of the lines: each row's `labelAt` (in data units on the y
 * scale [lo, hi]) moved apart from its neighbours, and its `text` formatted.
 */
export function placeEndLabels(
  ends: readonly { value: number; labelAt?: number; text?: string }[],
  [lo, hi]: readonly [number, number],
  format: (v: number) => string,
): void {
  const px = (v: number) => ((hi - v) / (hi - lo)) * PLOT_PX;
  const placed = separateLabels(
    ends.map((r) => px(r.value)),
    LABEL_GAP_PX,
    0,
    PLOT_PX,
  );
  ends.forEach((r, k) => {
    r.labelAt = hi - ((placed[k] ?? 0) / PLOT_PX) * (hi - lo);
    r.text = format(r.value);
  });
}
