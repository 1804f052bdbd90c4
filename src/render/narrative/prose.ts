/**
 * Building the brief's sentences as HTML safely: `prose` is a tagged template that escapes every
 * interpolated string and renders citations as numbered source-note links. Figures in prose
 * always come through a formatter and a citation, never raw.
 */
import Handlebars from 'handlebars';

/** A citation of a source note (numbered when the brief is rendered, see sourceNotes.ts). */
export interface Citation {
  readonly cite: string;
}

/** A piece of HTML that is already safe (another `prose` result). */
export interface SafeHtml {
  readonly html: string;
}

type Part = string | number | Citation | SafeHtml;

function render(part: Part): string {
  if (typeof part === 'number') return String(part);
  if (typeof part === 'string') return Handlebars.escapeExpression(part);
  if ('cite' in part) return citePlaceholder(part.cite);
  return part.html;
}

/** `prose\`The ${name} rose ${pct}${cite}.\`` -> escaped HTML with citation links. */
export function prose(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let html = strings[0] ?? '';
  parts.forEach((p, k) => {
    html += render(p) + (strings[k + 1] ?? '');
  });
  return { html };
}

/** Join safe pieces with a separator (plain text, escaped). */
export function joinProse(pieces: readonly SafeHtml[], sep = ' '): SafeHtml {
  return { html: pieces.map((p) => p.html).join(Handlebars.escapeExpression(sep)) };
}

/** The placeholder a citation leaves in prose until the template numbers it. */
export function citePlaceholder(id: string): string {
  return `<span class="cite" data-cite="${id}"></span>`;
}

/** Every placeholder in `html`, for {@link resolveCitations}. */
export const CITATION_PLACEHOLDERS = /<span class="cite" data-cite="(n\d+)"><\/span>/g;

/**
 * A numbered note marker as the brief shows it: " [7]", bracketed and after a no-break space, so
 * that copied or extracted text never merges it with the figure before it ("+1.1 [7]", not
 * "+1.17").
 */
export function citeMarker(n: number): string {
  return `\u00a0<a class="cite" href="#note-${n}">[${n}]</a>`;
}

/** A sentence ends between two points of prose HTML: `.`, `!` or `?` before a space or the end. */
const SENTENCE_END = /[.!?](?:\s|$)/;

/**
 * Offsets of placeholders that cite the same note again later in the same sentence ("rose 0.85%
 * [1] and edged up 0.43% [1]"): the sentence keeps only its last marker of a note.
 */
function repeatedInSentence(html: string): Set<number> {
  const found = [...html.matchAll(CITATION_PLACEHOLDERS)];
  const drop = new Set<number>();
  found.forEach((m, k) => {
    const end = m.index + m[0].length;
    const next = found.slice(k + 1).find((x) => x[1] === m[1]);
    if (!next) return;
    const between = html.slice(end, next.index).replace(/<[^>]*>/g, '');
    if (!SENTENCE_END.test(between)) drop.add(m.index);
  });
  return drop;
}

/**
 * `html` with each citation placeholder replaced by its numbered link; a note cited twice in one
 * sentence keeps only its last marker.
 */
export function resolveCitations(html: string, number: (id: string) => number): string {
  const drop = repeatedInSentence(html);
  return html.replace(CITATION_PLACEHOLDERS, (_, id: string, offset: number) =>
    drop.has(offset) ? '' : citeMarker(number(id)),
  );
}
