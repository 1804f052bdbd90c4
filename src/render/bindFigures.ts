/**
 * No-break spaces that keep a figure with what it belongs to, so that no wrapped line of a
 * headline or a paragraph ends on "9.68" and starts the next with "pp", or splits "S&P / 500".
 */

/**
 * A figure: digits with an optional sign, separators and decimals (ending on a digit: the comma
 * of "since 2008, days later" is not the figure's), and a % or ordinal suffix.
 */
const FIGURE = String.raw`[+\-−]?\d(?:[\d.,]*\d)?(?:%|st|nd|rd|th)?`;

/** Words that are a figure's unit: "8.55 pp", "42 basis points", "186 sessions", "1.1 standard". */
const UNIT = String.raw`(?:pp|bp|basis|percentage|sessions?|points?|standard|days?|weeks?|months?|years?)\b`;

const FIGURE_BEFORE_UNIT = new RegExp(`(${FIGURE}) (?=${UNIT})`, 'g');
const BEFORE_FIGURE = new RegExp(` (?=${FIGURE}(?!\\w))`, 'g');
/**
 * A capitalised word or "S&P" (escaped or not) before a number: a name ("S&P 500", "Russell
 * 2000"), a month ("May 7"), or a sentence's first word ("In 2008": harmless).
 */
const NAME_BEFORE_NUMBER = /(\b[A-Z][A-Za-z]*|S&(?:amp;)?P) (?=\d)/g;

/** Terms a line should not split: "bear / market" (2002-05-02's headline). */
const TERM = /\b(bear|bull) (?=markets?\b)/g;

/**
 * `text` with no-break spaces binding each figure to the word before it and to a unit after it
 * ("S&P 500 +0.55%", "8.55 pp"), so that no line of a wrapped headline holds a figure alone, and
 * within "bear market".
 * For short text (headlines, key-figure details): in a paragraph it would chain lists of figures.
 */
export function bindFigures(text: string): string {
  return text
    .replace(BEFORE_FIGURE, '\u00a0')
    .replace(FIGURE_BEFORE_UNIT, '$1\u00a0')
    .replace(TERM, '$1\u00a0');
}

/**
 * Prose HTML with no-break spaces between a figure and its unit ("9.68 pp", "42 basis points")
 * and between a name and its number ("S&amp;P 500", "Russell 2000"), in text only: tags and
 * their attributes are left as they are. Lists of figures still break between figures.
 */
export function bindProse(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) =>
      part.startsWith('<')
        ? part
        : part
            .replace(FIGURE_BEFORE_UNIT, '$1\u00a0')
            .replace(NAME_BEFORE_NUMBER, '$1\u00a0')
            .replace(TERM, '$1\u00a0'),
    )
    .join('');
}
