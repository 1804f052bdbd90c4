/**
 * A rendered chart as the brief's `<figure>` shows it. The chart's SVG already names itself
 * (`role="img"`, an `aria-label` and `<title>` from the chart's title, a `<desc>` stating what it
 * shows: src/charts/renderSvg.ts). Here, for the page:
 * - the `<desc>` text becomes the figure's `finding`, shown under the chart before its
 *   `<figcaption>`; the SVG names both as its description (`aria-describedby`), so a screen
 *   reader and a sighted reader get the same sentences (the template shows the finding, with the
 *   id `chart-NAME-finding`, only when there is one);
 * - the ARIA roles vega gives the marks inside (`graphics-symbol` groups, most without a name)
 *   are dropped: the image is one `role="img"`, its parts are presentational;
 * - the SVG's natural width (its `width` attribute, CSS px) is kept, so the page never shrinks a
 *   chart below it (brief.css, `--chart-w`): its text stays at 11 px or more on a phone.
 */
import type { RenderedChart } from '../charts/renderedChart.js';
import { plainText } from '../model/plainText.js';

/** One chart figure of the brief. */
export interface ChartFigure {
  /** `chart-NAME`: the figure's id (the email finds its charts by it). */
  readonly id: string;
  /** The SVG, with `aria-describedby` naming the finding and caption, no inner ARIA roles. */
  readonly svg: string;
  /** The chart's title (the SVG's `<title>`), plain text. */
  readonly title: string;
  /** What the chart shows (the SVG's `<desc>`), plain text; empty when it has none. */
  readonly finding: string;
  /** The caption: how to read the chart (conventions), plain text. */
  readonly caption: string;
  /** Natural width in CSS px (the SVG's `width`). */
  readonly width: number;
}

/** Text of an SVG element's content: tags dropped, character references decoded. */
function textOf(svg: string, tag: string): string {
  return plainText(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(svg)?.[1] ?? '');
}

/** Vega's ARIA attributes on the marks inside the chart. */
const INNER_ARIA = / (?:role="graphics-[a-z]+"|aria-roledescription="[^"]*"|aria-label="[^"]*")/g;

/**
 * The figure of chart `name`.
 *
 * @throws Error when `chart.svg` has no `<svg>` element with a numeric `width`.
 */
export function chartFigure(name: string, chart: RenderedChart): ChartFigure {
  const id = `chart-${name}`;
  const start = chart.svg.indexOf('<svg');
  const open = chart.svg.indexOf('>', start);
  const width = Number(/\swidth="([\d.]+)"/.exec(chart.svg.slice(start, open))?.[1]);
  if (start < 0 || !(width > 0)) throw new Error(`the ${name} chart has no <svg> with a width`);
  const finding = textOf(chart.svg, 'desc');
  const describedBy = finding === '' ? `${id}-caption` : `${id}-finding ${id}-caption`;
  const root = chart.svg.slice(start, open).replace(/\saria-describedby="[^"]*"/, '');
  const svg =
    `${chart.svg.slice(0, start)}${root} aria-describedby="${describedBy}">` +
    chart.svg.slice(open + 1).replace(INNER_ARIA, '');
  return {
    id,
    svg,
    title: textOf(chart.svg, 'title'),
    finding,
    caption: chart.caption,
    width,
  };
}

/** Every chart of the brief as a figure (a chart missing on the date stays null). */
export function chartFigures(
  charts: Readonly<Record<string, RenderedChart | null>>,
): Record<string, ChartFigure | null> {
  return Object.fromEntries(
    Object.entries(charts).map(([name, c]) => [name, c ? chartFigure(name, c) : null]),
  );
}
