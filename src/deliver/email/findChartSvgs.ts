/**
 * The charts the email shows, found in the archived brief.html, where each chart is an inline
 * SVG in a `<figure>` with its `<figcaption>`. A chart is recognised by an id naming it (an
 * `id`/`data-chart` of `chart-NAME` on the figure or SVG, or the `chart-NAME-N` ids
 * `scopeSvgIds` gives the SVG's own clip paths and gradients) or else by its title (the SVG's
 * `<title>`, which vega writes from the chart's title). brief.html may come from an untrusted
 * templates folder: an SVG that could reach outside itself (images, foreign objects, external
 * references, entities) or is implausibly large is left out, with the reason.
 */

/** A chart the email shows: `name` as in briefCharts, and how to recognise it by title. */
export interface EmailChartSpec {
  readonly name: string;
  readonly title: RegExp;
}

/** The year-to-date rebased chart and the small/large ratio chart, in the email's order. */
export const EMAIL_CHARTS: readonly EmailChartSpec[] = [
  { name: 'rebased', title: /\brebased to 100\b/i },
  { name: 'ratio', title: /^[^/]+ \/ [^/]+, last \d+ sessions$/ },
];

/** One chart found: the SVG as is, and the texts for the image's alt and caption. */
export interface FoundChart {
  readonly name: string;
  readonly svg: string;
  readonly title: string;
  readonly description: string;
  readonly caption: string;
}

import { plainText } from '../../model/plainText.js';

/** Larger SVGs are not rasterised (the biggest chart of a brief is about 80 KB). */
export const MAX_CHART_SVG_BYTES = 1024 * 1024;

const inner = (html: string, tag: string) =>
  new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(html)?.[1] ?? '';

/** Why `svg` must not be rasterised, or null when it is self-contained. */
export function unsafeSvg(svg: string): string | null {
  if (Buffer.byteLength(svg, 'utf8') > MAX_CHART_SVG_BYTES) return 'larger than 1 MB';
  if (/<!(DOCTYPE|ENTITY)/i.test(svg)) return 'declares entities';
  if (/<(image|foreignObject|script|use|feImage|style)\b/i.test(svg))
    return 'holds an image, script, style or reference element';
  if (/\bhref\s*=\s*["'](?!#)/i.test(svg)) return 'links outside itself';
  if (/url\(\s*["']?(?!#)/i.test(svg)) return 'references an external resource';
  const [, w, h] = /<svg\b[^>]*\bviewBox="[\d.-]+[ ,]+[\d.-]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/i.exec(
    svg,
  ) ?? [null, '0', '0'];
  const ratio = Number(h) / Number(w);
  if (!(ratio > 0.1 && ratio <= 2)) return 'has no usable viewBox (height up to twice the width)';
  return null;
}

function nameOf(figure: string, svg: string, title: string): string | null {
  for (const spec of EMAIL_CHARTS) {
    const n = spec.name;
    const attr = new RegExp(`\\s(?:id|data-chart)="chart-${n}"|\\sdata-chart="${n}"`);
    if (attr.test(figure.slice(0, figure.indexOf('>') + 1)) || attr.test(svg.slice(0, 400)))
      return n;
    if (new RegExp(`\\sid="chart-${n}-\\d+"`).test(svg)) return n;
  }
  return EMAIL_CHARTS.find((spec) => spec.title.test(title))?.name ?? null;
}

/**
 * The charts of {@link EMAIL_CHARTS} found in `html`, in that order, and a line per chart left
 * out as unsafe. A chart the brief does not have is simply absent.
 */
export function findChartSvgs(html: string): { charts: FoundChart[]; problems: string[] } {
  const found = new Map<string, FoundChart>();
  const problems: string[] = [];
  for (const [figure] of html.matchAll(/<figure\b[^>]*>[\s\S]*?<\/figure>/gi)) {
    const svg = /<svg\b[\s\S]*<\/svg>/i.exec(figure)?.[0];
    if (svg === undefined) continue;
    const title = plainText(inner(svg, 'title'));
    const name = nameOf(figure, svg, title);
    if (name === null || found.has(name)) continue;
    const why = unsafeSvg(svg);
    if (why !== null) {
      problems.push(`the ${name} chart is left out of the email: its SVG ${why}`);
      continue;
    }
    const description = plainText(inner(svg, 'desc'));
    found.set(name, {
      name,
      svg,
      title,
      description,
      caption: plainText(inner(figure.replace(svg, ''), 'figcaption')),
    });
  }
  const charts = EMAIL_CHARTS.flatMap((s) => found.get(s.name) ?? []);
  return { charts, problems };
}
