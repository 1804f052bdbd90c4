/**
 * The rendered brief without what no reader sees: the templates' indentation before a tag at the
 * start of a line, and comments and line indentation inside `<style>`. Text is never touched:
 * `<pre>` and `<textarea>` blocks are kept byte for byte, and whitespace between a tag and text
 * is kept (a line break still separates inline elements as a space would).
 */

const VERBATIM = /<(pre|textarea)\b[\s\S]*?<\/\1>/gi;

/** `css` without comments, blank lines and indentation (strings in CSS hold no comment). */
function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{2,}/g, '\n');
}

function compactPart(part: string): string {
  return part
    .replace(/(<style>)([\s\S]*?)(<\/style>)/g, (_, a: string, css: string, b: string) => {
      return `${a}${compactCss(css)}${b}`;
    })
    .replace(/\n[ \t]+(?=<|\u0000)/g, '\n');
}

/** `html` compacted as the module doc says; the same input always gives the same bytes. */
export function compactHtml(html: string): string {
  // Verbatim blocks stand aside as \u0000N\u0000 (a NUL never occurs in the brief's HTML).
  const kept: string[] = [];
  const masked = html.replace(VERBATIM, (block) => `\u0000${kept.push(block) - 1}\u0000`);
  return compactPart(masked).replace(/\u0000(\d+)\u0000/g, (_, k: string) => kept[Number(k)] ?? '');
}
