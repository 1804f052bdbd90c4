/**
 * Renders a Vega-Lite spec to a self-contained, accessible SVG string, in Node, without a
 * canvas (vega estimates text widths). Same spec in, same bytes out.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /**
   * Reuse the compiled and parsed spec of an earlier call that differed only in its inline
   * data values (default true). Output is byte-identical either way; the cache is only faster.
   */
  cache?: boolean;
}

type Row = Record<string, unknown>;
interface Prepared {
  runtime: vega.Runtime;
  /** Named inline dataset whose rows are inserted into each new view, if templated. */
  data?: { name: string; rows: readonly Row[] };
}

const MAX_TEMPLATES = 32;
/** Parsed Vega runtimes by data-less spec (LRU: insertion order, refreshed on hit). */
const templates = new Map<string, vega.Runtime>();

function parseSpec(spec: TopLevelSpec): vega.Runtime {
  return vega.parse(compile(spec).spec);
}

/** Splits `data: { name, values }` off the spec so the rest can be compiled once and reused. */
function prepare(spec: TopLevelSpec, useCache: boolean): Prepared {
  const data = (spec as { data?: unknown }).data as { name?: unknown; values?: unknown } | undefined;
  const keys = data ? Object.keys(data).sort().join(',') : '';
  if (!useCache || keys !== 'name,values' || typeof data?.name !== 'string' || !Array.isArray(data.values)) {
    return { runtime: parseSpec(spec) };
  }
  const template = { ...spec, data: { name: data.name } } as TopLevelSpec;
  const key = JSON.stringify(template);
  let runtime = templates.get(key);
  if (runtime) {
    templates.delete(key);
  } else {
    runtime = parseSpec(template);
    if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value ?? '');
  }
  templates.set(key, runtime);
  return { runtime, data: { name: data.name, rows: data.values as Row[] } };
}

/** Escapes text for an XML attribute or element. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The plain title text of a spec (`title` may be a string, lines, or title parameters). */
export function specTitle(spec: TopLevelSpec): string {
  const title = (spec as { title?: unknown }).title;
  const text = typeof title === 'object' && title !== null && !Array.isArray(title) ? (title as { text?: unknown }).text : title;
  if (typeof text === 'string') return text;
  return Array.isArray(text) ? text.filter((t) => typeof t === 'string').join(' ') : '';
}

/**
 * Makes the root `<svg>` an accessible image: `role="img"`, `aria-label` = title, and
 * `<title>`/`<desc>` children (vega does not emit the spec's description in SVG output).
 */
export function addSvgAccessibility(svg: string, title: string, description: string): string {
  const open = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  if (open <= 0) throw new Error('renderSvg: vega returned no <svg> element');
  const tag = svg.slice(0, open - 1) + ` role="img" aria-label="${escapeXml(title)}">`;
  const desc = description ? `<desc>${escapeXml(description)}</desc>` : '';
  return `${tag}<title>${escapeXml(title)}</title>${desc}${svg.slice(open)}`;
}

/**
 * Renders a Vega-Lite spec to SVG (width, height and viewBox set by vega; title and description
 * made accessible). Deterministic: no clock or randomness, so equal specs give equal bytes.
 * The view is always finalized, so long backfills do not leak.
 */
export async function renderSvg(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<string> {
  const prepared = prepare(spec, options.cache ?? true);
  const view = new vega.View(prepared.runtime, { renderer: 'none' });
  try {
    if (prepared.data) {
      // Copy rows: vega writes parsed fields (dates) and ids into the tuples it is given.
      view.data(prepared.data.name, prepared.data.rows.map((r) => ({ ...r })));
    }
    const svg = await view.toSVG();
    return addSvgAccessibility(svg, specTitle(spec), spec.description ?? '');
  } finally {
    view.finalize();
  }
}

/** Drops every cached compiled spec (for tests and memory-conscious callers). */
export function clearRenderCache(): void {
  templates.clear();
}
