/**
 * Line wrapping for the plain-text part, so it reads well in a client that shows it as is: lines
 * over the width are broken at spaces, continuation lines indented like the text after a list
 * marker (`- `). A word longer than the width (a URL) stays whole on its own line.
 */

/** Default width: fits 80-column readers after a quote marker. */
export const TEXT_WIDTH = 72;

function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const indent = /^(\s*(?:[-*] |\d+\. )?)/.exec(line)?.[1] ?? '';
  const pad = ' '.repeat(indent.length);
  const out: string[] = [];
  let current = indent;
  for (const word of line.slice(indent.length).split(/ +/)) {
    const prefix = out.length === 0 ? indent : pad;
    if (current.length > prefix.length && current.length + 1 + word.length > width) {
      out.push(current);
      current = pad + word;
    } else {
      current = current.length > prefix.length ? `${current} ${word}` : current + word;
    }
  }
  out.push(current);
  return out;
}

/** Stands for a space no line breaks at while wrapping (a control character text never has). */
const GLUE = '\u0001';

/**
 * `text` with every line wrapped to `width` characters where it has spaces to break at; never
 * between a figure and its unit ("6.52 pp", "45 bp", "8.55 percentage points").
 */
export function wrapText(text: string, width: number = TEXT_WIDTH): string {
  return text
    .split('\n')
    .flatMap((line) =>
      wrapLine(
        line.replace(/\s+$/, '').replace(/(\d) (pp|bp|percentage|basis)\b/g, `$1${GLUE}$2`),
        width,
      ),
    )
    .join('\n')
    .replaceAll(GLUE, ' ');
}
