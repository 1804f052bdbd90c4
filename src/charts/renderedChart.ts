/**
 * A chart as the brief shows it: its SVG and caption.
 */
export interface RenderedChart {
  readonly svg: string;
  readonly caption: string;
}
