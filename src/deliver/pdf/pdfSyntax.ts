/**
 * The little PDF syntax the metadata pass needs (PDF 1.7, ISO 32000-1, section 7.3): text strings,
 * dates, and finding the end of a dictionary in Chromium's output. Strings of the PDF's bytes are
 * handled as latin1 text, one character per byte, so string offsets are byte offsets.
 */

/**
 * A PDF text string: a literal `(...)` when `text` is printable ASCII (with `\`, `(` and `)`
 * escaped), otherwise UTF-16BE with a byte order mark, as hex `<FEFF...>` (7.9.2.2).
 */
export function pdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) {
    hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

/** A PDF date in UTC, `D:YYYYMMDDHHmmSSZ` (7.9.4); throws on an invalid date. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString(); // 2026-08-21T20:00:00.000Z (throws on an invalid date)
  return `D:${iso.slice(0, 19).replace(/[-T:]/g, '')}Z`;
}

/**
 * The index just past the `>>` that closes the dictionary opening at `start` (which must be
 * `<<`), skipping nested dictionaries, literal strings (with escapes and nested parentheses),
 * hex strings and comments. -1 when the text ends first.
 */
export function dictionaryEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '<' && text[i + 1] === '<') {
      depth++;
      i += 2;
    } else if (c === '>' && text[i + 1] === '>') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else if (c === '<') {
      i = text.indexOf('>', i) + 1 || text.length;
    } else if (c === '(') {
      i = literalStringEnd(text, i);
    } else if (c === '%') {
      const eol = text.slice(i).search(/[\r\n]/);
      i = eol < 0 ? text.length : i + eol;
    } else {
      i++;
    }
  }
  return -1;
}

/** The index just past the `)` closing the literal string that opens at `start`. */
function literalStringEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}
