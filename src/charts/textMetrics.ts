/**
 * Text widths for vega in Node from the embedded Inter faces' advance widths (textWidths.ts),
 * instead of vega's canvas-less guess of 0.8 em a character: legends, titles, axis label limits
 * and autosizing are then laid out for the text as it prints. Kerning is ignored (a few tenths of
 * a px on a label).
 */
import * as vega from 'vega';
import { TEXT_WIDTH_CHARS, TEXT_WIDTHS } from './textWidths.js';

const index = new Map([...TEXT_WIDTH_CHARS].map((c, k) => [c, k]));

/** Width of a character outside the table, in 1/1000 em (about a digit's). */
const FALLBACK = 620;

/** Semibold and heavier text prints in the Bold face (see src/render/fontCss.ts). */
export function isBold(weight: unknown): boolean {
  if (weight === 'bold' || weight === 'bolder') return true;
  const n = Number(weight);
  return Number.isFinite(n) && n >= 600;
}

/** Width in px of `text` at `fontSize` px in Inter Regular, or Bold when `bold`. */
export function textWidth(text: string, fontSize: number, bold: boolean): number {
  const table = bold ? TEXT_WIDTHS.bold : TEXT_WIDTHS.regular;
  let units = 0;
  for (const c of text) {
    const k = index.get(c);
    units += k === undefined ? FALLBACK : (table[k] ?? FALLBACK);
  }
  return (units * fontSize) / 1000;
}

type TextItem = { fontSize?: number | string; fontWeight?: unknown };

/** vega's width function: the item's font size (11 px by default) and weight. */
function itemWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const line = text == null ? '' : String(text).trim();
  return textWidth(line, size, isBold(item.fontWeight));
}

let installed = false;

/** Make vega measure text with {@link textWidth} (process-wide; installed on the first call). */
export function useInterTextMetrics(): void {
  if (installed) return;
  installed = true;
  const metrics = (vega as unknown as { textMetrics: { width: typeof itemWidth } }).textMetrics;
  metrics.width = itemWidth;
}
