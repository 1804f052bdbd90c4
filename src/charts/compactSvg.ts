/**
 * A post-pass over the SVG vega writes, so nine charts fit in a light HTML page: what draws stays
 * exactly what it was (to 0.1 px), everything the browser, the printer and the rasteriser ignore
 * goes. Written for vega's SVG output (well-formed, no text in attributes we round, no CDATA);
 * the chart's title, description and root role are added after it (addSvgAccessibility).
 */
import { compactLeaves } from './compactLeaves.js';

/** Attributes nothing reads: vega's class names and per-mark ARIA (the SVG is one image). */
const UNREAD =
  /\s(?:class|role|aria-hidden|aria-label|aria-roledescription|pointer-events)="[^"]*"/g;

/** Attributes at their SVG default, and a dash array that dashes nothing. */
const DEFAULTS =
  /\s(?:opacity="1"|fill-opacity="1"|stroke-opacity="1"|stroke-miterlimit="4"|stroke-dasharray="")/g;

/**
 * Elements that draw nothing: vega's group backgrounds without a fill or stroke of their own
 * (they inherit the root's `fill="none"`) and its hidden foregrounds.
 */
const EMPTY = /<path(?: d="M0,0h[\d.]+v[\d.]+h-?[\d.]+Z"| d="" display="none")\/>/g;

/** Attributes whose numbers are coordinates (rounded to 0.1 px). */
const GEOMETRY = /\s(d|transform|x|y|x1|x2|y1|y2|dx|dy|width|height|points|r|cx|cy)="([^"]*)"/g;

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** `12.345` -> `12.3`, `1e-7` -> `0`, `-0.04` -> `0`; whole numbers stay as they are. */
export function roundCoordinate(token: string): string {
  if (!/[.e]/i.test(token)) return token;
  const r = Math.round(Number(token) * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Drops `<g>` tags without attributes (their children keep the same parent transform). */
export function unwrapBareGroups(svg: string): string {
  const bare: boolean[] = [];
  return svg.replace(/<g>|<g\s[^>]*>|<\/g>/g, (tag) => {
    if (tag === '</g>') return bare.pop() ? '' : tag;
    bare.push(tag === '<g>');
    return tag === '<g>' ? '' : tag;
  });
}

/**
 * The compact SVG: unread attributes, defaults and empty elements dropped, attribute-less groups
 * unwrapped, coordinates rounded to 0.1 px, leaves reshaped, merged and their shared style
 * hoisted ({@link compactLeaves}), the root's version and unused XLink namespace dropped, and the
 * font family (on every text element as vega writes it) declared once on the root, where every
 * text inherits it.
 */
export function compactSvg(svg: string, fontFamily: string): string {
  const font = ` font-family="${fontFamily}"`;
  const out = compactLeaves(
    unwrapBareGroups(
      svg
        .replace(UNREAD, '')
        .replace(DEFAULTS, '')
        .replace(EMPTY, '')
        .split(font)
        .join('')
        .replace(GEOMETRY, (_, name: string, value: string) => {
          return ` ${name}="${value.replace(NUMBER, roundCoordinate)}"`;
        }),
    ),
  );
  // The root's SVG 1.1 version and an XLink namespace no attribute uses (vega's `<use>` would
  // say `href`): about 60 bytes a chart that no browser or rasteriser reads.
  const root = out.replace(/^(<svg\b[^>]*?) version="1\.1"/, '$1');
  const unlinked = /\sxlink:/.test(root)
    ? root
    : root.replace(/^(<svg\b[^>]*?) xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink"/, '$1');
  return unlinked.replace(/^<svg\b/, `<svg${font}`);
}
