/**
 * The block a template opens and never closes, found by scanning its tags: Handlebars reports
 * only "got 'EOF'" on the line after the last one, while the fix is at the opening tag.
 */

/** An open block: how it opened (`#`, `^`, `#>`, `#*`), its name and its 1-based line. */
export interface OpenBlock {
  readonly opener: string;
  readonly name: string;
  readonly line: number;
}

/**
 * Comments and escaped braces (skipped), then block tags: `{{#name`, `{{^name`, `{{#> name`,
 * `{{#*inline`, `{{/name` (with `~` whitespace control). `{{^}}` alone is an else: no name.
 */
const TAG =
  /\\\{\{|\{\{~?!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}|\{\{~?\s*(#>|#\*|#|\^|\/)\s*([^\s}~()"']+)/g;

/**
 * The innermost block of `text` still open at its end, or null when every block closes. A close
 * tag closes the innermost open block of its name (and any opened inside it).
 */
export function unclosedBlock(text: string): OpenBlock | null {
  const stack: OpenBlock[] = [];
  let line = 1;
  let at = 0;
  for (const m of text.matchAll(TAG)) {
    for (; at < m.index; at++) if (text.charCodeAt(at) === 10) line++;
    const [, opener, name] = m;
    if (opener === undefined || name === undefined) continue;
    if (opener !== '/') {
      stack.push({ opener, name, line });
      continue;
    }
    let k = stack.length - 1;
    while (k >= 0 && stack[k]?.name !== name) k--;
    if (k >= 0) stack.length = k;
  }
  return stack[stack.length - 1] ?? null;
}
