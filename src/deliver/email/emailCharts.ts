/**
 * The email's charts: the brief's year-to-date and ratio charts (see {@link EMAIL_CHARTS}),
 * rasterised to PNG and attached inline (by Content-ID), since Gmail and Outlook drop SVG. A
 * brief without them (an old brief.html, a chart with no data that day) is emailed without them.
 */
import { findChartSvgs } from './findChartSvgs.js';
import type { RasterizeSvgs } from './rasterizeSvgs.js';

/**
 * Width at which the HTML shows a chart, at most: 1.25 times the 360 px it is drawn at, so its
 * 11 px text reads at about 14 px, near the body's 16 px (at 552 px, the card's full column, it
 * was 17 px, larger than the text around it). A phone shows it narrower, down to the 362 px of a
 * 390 px screen's column (the email template's padding).
 */
export const CHART_DISPLAY_WIDTH = 450;

/**
 * Pixel width of the PNGs: twice the width they are shown at ({@link CHART_DISPLAY_WIDTH}), so
 * they are sharp on phone and laptop screens of 2 device pixels per CSS pixel (a PNG at the
 * shown width is blurred there). The email template's `img.chart` max-width says 450 px too.
 */
export const CHART_PNG_WIDTH = 2 * CHART_DISPLAY_WIDTH;

/** A PNG shown in the HTML body as `<img src="cid:...">`. */
export interface InlineImage {
  /** Content-ID, without angle brackets (`chart-rebased@rotation-brief`). */
  readonly cid: string;
  readonly filename: string;
  readonly content: Uint8Array;
  /** Text alternative: the chart's title and description. */
  readonly alt: string;
  readonly caption: string;
  /** Display size in CSS px (`width` attribute; `height` keeps the aspect ratio). */
  readonly width: number;
  readonly height: number;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * The inline chart images of a brief, from its brief.html (null when there is none). Charts
 * not found or left out are reported through `warn` and the email goes without them.
 */
export async function emailCharts(
  briefHtml: string | null,
  rasterize: RasterizeSvgs,
  warn: (line: string) => void,
): Promise<InlineImage[]> {
  if (briefHtml === null) return [];
  const { charts, problems } = findChartSvgs(briefHtml);
  for (const p of problems) warn(p);
  const pngs = await rasterize(
    charts.map((c) => c.svg),
    CHART_PNG_WIDTH,
  );
  return charts.map((c, i) => {
    const content = pngs[i] as Uint8Array;
    const size = pngSize(content);
    const alt = c.description ? `${c.title}. ${c.description}` : c.title;
    return {
      cid: `chart-${c.name}@rotation-brief`,
      filename: `${c.name}.png`,
      content,
      alt: alt || `Chart: ${c.name}`,
      caption: c.caption,
      width: CHART_DISPLAY_WIDTH,
      height: Math.round((CHART_DISPLAY_WIDTH * size.height) / size.width),
    };
  });
}
