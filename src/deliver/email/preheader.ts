/**
 * The preheader: the line an inbox shows after the subject, hidden at the top of the HTML body
 * (templates/email/summary.hbs). It says what the subject (the headline and the date) does not:
 * the day's moves of the three indices, from the key figures, e.g. "Russell 2000 +0.85% · S&P 500
 * +0.43% · Nasdaq Composite +0.43%". When the key figures do not hold exactly three day moves
 * (an index without a previous close, an older summary), it is the lead's first sentence instead,
 * without citation markers (" [1]"). Plain text, at most {@link MAX_PREHEADER} characters.
 */
import type { EmailSummary } from './readBriefForEmail.js';

/** Longest preheader, in characters (about what an inbox shows of it after the subject). */
export const MAX_PREHEADER = 110;

/** A key figure's detail when it is an index's day move: "+0.85% on the day" (− or - signs). */
const DAY_MOVE = /^([+\-\u2212]?\d[\d,]*(?:\.\d+)?%) on the day$/;

/** A citation marker and the space before it: " [1]", " [2, 3]", " [4–6]". */
const CITATION = /\s*\[\d+(?:\s*[,\u2013-]\s*\d+)*\]/g;

/** "Russell 2000 +0.85% · S&P 500 +0.43% · Nasdaq Composite +0.43%", or null. */
export function indexMoves(keyFigures: EmailSummary['keyFigures']): string | null {
  const moves = keyFigures.flatMap((k) => {
    const m = DAY_MOVE.exec(k.detail.trim());
    return m ? [`${k.label} ${m[1]}`] : [];
  });
  return moves.length === 3 ? moves.join(' \u00b7 ') : null;
}

/**
 * The first sentence of `text`, citation markers removed: up to the first ".", "!" or "?"
 * followed by a space and a capital letter or digit, or ending the text ("0.85%" does not end it).
 */
export function firstSentence(text: string): string {
  const plain = text.replace(CITATION, '').replace(/\s+/g, ' ').trim();
  const m = /^.*?[.!?](?=\s+["\u201c(]?[A-Z0-9]|$)/.exec(plain);
  return m ? m[0] : plain;
}

/** `text` cut at a word to at most `max` characters, "…" included, when it is longer. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (text[max - 1] !== ' ' && space > max / 2) cut = cut.slice(0, space); // no half word
  return `${cut.replace(/[\s,;:\u00b7-]+$/, '')}…`;
}

/** The preheader of a summary's email ('' when the summary has neither key figures nor text). */
export function preheaderText(summary: EmailSummary): string {
  const text = indexMoves(summary.keyFigures) ?? firstSentence(summary.lead ?? summary.dek);
  return clip(text, MAX_PREHEADER);
}
