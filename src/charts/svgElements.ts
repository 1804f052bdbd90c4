/**
 * The leaf elements of vega's SVG as data, for the rewrites of compactSvg: one element is a tag,
 * its attributes in written order and, for a text, its content. Leaf means self-closing (`path`,
 * `line`, `circle`, `rect`) or a `text` with only character data (no `tspan`): those are the
 * elements a rewrite may merge, regroup or reshape without looking inside them.
 */

/** One leaf element. */
export interface Leaf {
  tag: string;
  /** Attribute name -> raw (already escaped) value, in written order. */
  attrs: Map<string, string>;
  /** A text's character data (escaped as written); undefined for self-closing elements. */
  text?: string;
}

/** A leaf element as vega writes it (see the module doc). */
export const LEAF = /<(path|line|circle|rect)\b([^>]*?)\/>|<text\b([^>]*)>([^<]*)<\/text>/g;

const ATTR = /\s([\w:-]+)="([^"]*)"/g;

/** The leaf of one {@link LEAF} match. */
export function parseLeaf(match: RegExpExecArray | RegExpMatchArray): Leaf {
  const [, tag, selfAttrs, textAttrs, text] = match;
  const raw = tag !== undefined ? (selfAttrs ?? '') : (textAttrs ?? '');
  const attrs = new Map([...raw.matchAll(ATTR)].map((a) => [a[1] as string, a[2] as string]));
  return tag !== undefined ? { tag, attrs } : { tag: 'text', attrs, text: text ?? '' };
}

/** The element written back (attributes in map order). */
export function writeLeaf(leaf: Leaf): string {
  const attrs = [...leaf.attrs].map(([k, v]) => ` ${k}="${v}"`).join('');
  return leaf.text === undefined
    ? `<${leaf.tag}${attrs}/>`
    : `<${leaf.tag}${attrs}>${leaf.text}</${leaf.tag}>`;
}

/**
 * Runs of leaves that follow each other with nothing in between, each passed to `rewrite`
 * (which returns the run's replacement markup); everything else is kept as it is.
 */
export function rewriteLeafRuns(svg: string, rewrite: (run: Leaf[]) => string): string {
  let out = '';
  let last = 0;
  let run: Leaf[] = [];
  let runStart = 0;
  let runEnd = 0;
  const flush = () => {
    if (run.length > 0) out += svg.slice(last, runStart) + rewrite(run);
    if (run.length > 0) last = runEnd;
    run = [];
  };
  for (const m of svg.matchAll(LEAF)) {
    const start = m.index ?? 0;
    if (run.length > 0 && start !== runEnd) flush();
    if (run.length === 0) runStart = start;
    run.push(parseLeaf(m));
    runEnd = start + m[0].length;
  }
  flush();
  return out + svg.slice(last);
}

/** `translate(x,y)` (or `translate(x)`) as [x, y]; undefined for any other transform. */
export function translation(transform: string | undefined): [string, string] | undefined {
  const m = /^translate\((-?[\d.]+)(?:,(-?[\d.]+))?\)$/.exec(transform ?? '');
  return m ? [m[1] as string, m[2] ?? '0'] : undefined;
}
