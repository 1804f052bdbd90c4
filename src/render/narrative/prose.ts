/**
 * Building the brief's sentences as HTML safely: `prose` is a tagged template that escapes every
 * interpolated string and renders citations as numbered source-note links. Figures in prose
 * always come through a formatter and a citation, never raw.
 */
import Handlebars from 'handlebars';

/** A citation of source note n. */
export interface Citation {
  readonly cite: number;
}

/** A piece of HTML that is already safe (another `prose` result). */
export interface SafeHtml {
  readonly html: string;
}

type Part = string | number | Citation | SafeHtml;

function render(part: Part): string {
  if (typeof part === 'number') return String(part);
  if (typeof part === 'string') return Handlebars.escapeExpression(part);
  if ('cite' in part)
    return `<sup class="cite"><a href="#note-${part.cite}">${part.cite}</a></sup>`;
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
