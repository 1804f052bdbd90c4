/**
 * Parts every chart spec shares: its head (schema, frame, accessible title and description, the
 * data) and end-of-line value labels kept apart.
 */
import { textWidth } from './textMetrics.js';
import { CHART_SIZE, chartFrame, FONT_SIZE, separateLabels } from './theme.js';

/** Name of the one dataset of every chart (inline values). */
export const CHART_DATA_NAME = 'points';

/** What every chart input has. */
export interface ChartText {
  readonly title: string;
  /** One or two sentences for screen readers; becomes the SVG's accessible description. */
  readonly description: string;
}

/**
 * `text` broken at spaces into lines at most `maxPx` wide at `fontPx` (measured in the embedded
 * Inter face, {@link textWidth}), so a long title wraps instead of being cut short with an
 * ellipsis. One line comes back as a plain string.
 */
export function wrapLines(
  text: string,
  maxPx: number,
  fontPx: number,
  bold = true,
): string | string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    const joined = `${last} ${word}`;
    if (last !== undefined && textWidth(joined, fontPx, bold) <= maxPx)
      lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  return lines.length === 1 ? (lines[0] as string) : lines;
}

/** Px a chart title may take: the chart's width less its side padding. */
export const TITLE_PX = CHART_SIZE.width - 12;

/** A chart title wrapped to the chart's width ({@link wrapLines}). */
export function chartTitle(text: string): string | string[] {
  return wrapLines(text, TITLE_PX, FONT_SIZE.title);
}

/** Extra height in px a title of `lines` lines needs over a one-line title. */
export const titleExtra = (title: string | string[]) =>
  typeof title === 'string' ? 0 : (title.length - 1) * (FONT_SIZE.title + 4);

/** Schema, the standard frame (taller by a wrapped title's lines), title and description, and the dataset. */
export function specHead(input: ChartText, values: readonly object[]) {
  const title = chartTitle(input.title);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...chartFrame,
    height: chartFrame.height + titleExtra(title),
    title,
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

/**
 * Height of the line charts' plot area in px (the chart less its title, legend and date axis),
 * and the least gap between two end labels.
 */
const PLOT_PX = CHART_SIZE.height - 80;
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
