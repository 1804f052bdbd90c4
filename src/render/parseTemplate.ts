/** Parsing one Handlebars template, with a syntax error told as its file and line. */
import type Handlebars from 'handlebars';
import { BriefError } from '../errors.js';
import { describeParseError } from './templateErrors.js';

/**
 * The template parsed once (compile takes the tree and applies the whitespace rules itself), or
 * its syntax error with the file and line.
 *
 * @throws BriefError('template') naming `file` and the line of the error.
 */
export function parsed(hb: typeof Handlebars, file: string, text: string): hbs.AST.Program {
  try {
    return hb.parseWithoutProcessing(text);
  } catch (e) {
    const { line, problem } = describeParseError(text, e);
    throw new BriefError('template', `${file}${line ? `:${line}` : ''}: ${problem}`);
  }
}
