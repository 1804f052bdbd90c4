/**
 * The text a reader sees in a brief's HTML: every text node, SVG <text> included, with character
 * references decoded; styles, scripts, tags and attributes (aria labels, titles) left out.
 */
import { inBriefCharset } from '../../src/render/fonts/briefCharset.js';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decode(ref: string): string {
  if (ref.startsWith('#x') || ref.startsWith('#X'))
    return String.fromCodePoint(parseInt(ref.slice(2), 16));
  if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
  const named = NAMED[ref];
  if (named === undefined) throw new Error(`unknown character reference &${ref};`);
  return named;
}

/** The rendered text of `html`, whitespace runs kept as they are. */
export function renderedText(html: string): string {
  return html
    .replace(/<(style|script|title)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (_, ref: string) => decode(ref));
}

/** The distinct characters of `text` outside the brief's set (line breaks and tabs allowed). */
export function outsideCharset(text: string): string[] {
  return [...new Set(text)].filter((c) => !/[\n\r\t]/.test(c) && !inBriefCharset(c)).sort();
}
