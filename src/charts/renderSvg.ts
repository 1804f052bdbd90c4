/**
 * Renders a Vega-Lite spec to a self-contained, accessible SVG string, in Node, without a
 * canvas (vega estimates text widths). Same spec in, same bytes out.
 */
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compactSvg } from './compactSvg.js';
import { compiledChart } from './compiledSpecs.js';
import { CHART_DATA_NAME } from './specParts.js';
import { useInterTextMetrics } from './textMetrics.js';
import { CHART_FONT } from './theme.js';

/** Escapes text for an XML attribute or element. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The plain title text of a spec (`title` may be a string, lines, or title parameters). */
export function specTitle(spec: TopLevelSpec): string {
  const title = (spec as { title?: unknown }).title;
  const text =
    typeof title === 'object' && title !== null && !Array.isArray(title)
      ? (title as { text?: unknown }).text
      : title;
  if (typeof text === 'string') return text;
  return Array.isArray(text) ? text.filter((t) => typeof t === 'string').join(' ') : '';
}

/**
 * Makes the root `<svg>` an accessible image: `role="img"`, `aria-label` = title, and
 * `<title>`/`<desc>` children (vega does not emit the spec's description in SVG output).
 */
export function addSvgAccessibility(svg: string, title: string, description: string): string {
  const start = svg.indexOf('<svg');
  if (start < 0) throw new Error('renderSvg: vega returned no <svg> element');
  const open = svg.indexOf('>', start) + 1;
  const tag = svg.slice(0, open - 1) + ` role="img" aria-label="${escapeXml(title)}">`;
  const desc = description ? `<desc>${escapeXml(description)}</desc>` : '';
  return `${tag}<title>${escapeXml(title)}</title>${desc}${svg.slice(open)}`;
}

/**
 * Renders a Vega-Lite spec to SVG (width, height and viewBox set by vega; compacted by
 * {@link compactSvg}; title and description made accessible). Deterministic: no clock or
 * randomness, so equal specs give equal bytes. The spec's shape is compiled once per process
 * ({@link compiledChart}) and its rows passed to the view. The view is always finalized, so long
 * backfills do not leak; the spec is not modified (the view gets a copy of the rows).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  useInterTextMetrics();
  const { runtime, values } = compiledChart(spec);
  const view = new vega.View(runtime, { renderer: 'none' });
  try {
    if (values) view.data(CHART_DATA_NAME, values);
    // vega numbers clip paths and gradients from process-wide counters: restart them so a
    // chart renders to the same bytes whatever was rendered before it.
    (vega as unknown as { resetSVGDefIds?: () => void }).resetSVGDefIds?.();
    const svg = compactSvg(await view.toSVG(), CHART_FONT);
    return addSvgAccessibility(svg, specTitle(spec), spec.description ?? '');
  } finally {
    view.finalize();
  }
}
