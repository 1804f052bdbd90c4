/**
 * The rendered brief without what no reader sees: the templates' indentation before a tag at the
 * start of a line, the escapes of `'` and `=` in text (`&#x27;`, `&#x3D;`), and inside `<style>`
 * the comments, the whitespace CSS does not need (around
 * `{ } ; , >`, after a `:`, a rule's last `;`) and the leading zero of a fraction (`.4rem`). Text is never touched: `<pre>` and `<textarea>`
 * blocks are kept byte for byte, quoted CSS strings too, and whitespace between a tag and text is
 * kept (a line break still separates inline elements as a space would).
 */

const VERBATIM = /<(pre|textarea)\b[\s\S]*?<\/\1>/gi;

/** A quoted CSS string (with its escapes), an unquoted url(...) (kept as is), or a comment. */
const CSS_STRING_OR_COMMENT =
  /"(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*'|\burl\([^)"']*\)|\/\*[\s\S]*?\*\//gi;

/**
 * Whitespace CSS does not need: around `{ } ; , >` and after `:`. Not before a `:` (`a :hover`
 * is not `a:hover`) nor around `+`, `-`, `*` or `/` (`calc(1px + 2%)` needs its spaces).
 */
function squeeze(css: string): string {
  return (
    css
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // A leading zero no browser needs: "0.4rem" is ".4rem" (not in "10.5pt", nor in strings).
      .replace(/(^|[\s:,(>+*/-])0\.(\d)/g, '$1.$2')
      .trim()
  );
}

/** `css` without comments and unneeded whitespace; quoted strings are kept as they are. */
function compactCss(css: string): string {
  const strings: string[] = [];
  const masked = css.replace(CSS_STRING_OR_COMMENT, (m) =>
    m.startsWith('/*') ? '' : `\u0001${strings.push(m) - 1}\u0001`,
  );
  return `\n${squeeze(masked)}\n`.replace(
    /\u0001(\d+)\u0001/g,
    (_, k: string) => strings[Number(k)] ?? '',
  );
}

/**
 * Text between tags with the escapes Handlebars writes for `'` and `=` undone (`&#x27;`, `&#39;`,
 * `&#x3D;`): both are plain characters in HTML text, where only `<` and `&` need escaping. Not in
 * attributes, nor in a `<style>`.
 */
function plainText(part: string): string {
  return part.replace(
    /(<style>[\s\S]*?<\/style>)|>([^<]*)(?=<)/g,
    (m, style?: string, text?: string) =>
      style !== undefined || text === undefined
        ? m
        : `>${text.replace(/&#x27;|&#39;/g, "'").replace(/&#x3D;/g, '=')}`,
  );
}

function compactPart(part: string): string {
  return plainText(
    part.replace(/(<style>)([\s\S]*?)(<\/style>)/g, (_, a: string, css: string, b: string) => {
      return `${a}${compactCss(css)}${b}`;
    }),
  ).replace(/\n[ \t]+(?=<|\u0000)/g, '\n');
}

/** `html` compacted as the module doc says; the same input always gives the same bytes. */
export function compactHtml(html: string): string {
  // Verbatim blocks stand aside as \u0000N\u0000 (a NUL never occurs in the brief's HTML).
  const kept: string[] = [];
  const masked = html.replace(VERBATIM, (block) => `\u0000${kept.push(block) - 1}\u0000`);
  return compactPart(masked).replace(/\u0000(\d+)\u0000/g, (_, k: string) => kept[Number(k)] ?? '');
}
