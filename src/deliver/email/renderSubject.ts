/**
 * The subject line: `ROTATION_BRIEF_MAIL_SUBJECT` (a Handlebars template over summary.json plus
 * `dateShort`, default "{{headline}} ({{dateShort}})") rendered without HTML escaping, on one
 * line.
 */
import Handlebars from 'handlebars';
import { BriefError } from '../../errors.js';
import { formatShortDate } from '../../model/format.js';
import { describeParseError, describeRenderError } from '../../render/templateErrors.js';
import { NO_PARTIALS, unknownCalls } from '../../render/unknownCalls.js';

const SUBJECT_VAR = 'ROTATION_BRIEF_MAIL_SUBJECT';

/** The fields a subject template may use, as the error hint names them. */
export const SUBJECT_FIELDS =
  'the subject may use the fields of summary.json: date (2025-04-03), title, headline, dek; ' +
  'and dateShort (Apr 3, 2025)';

/**
 * What the subject template renders over: the summary's fields and `dateShort`, the session as
 * a short date with its year ("Apr 3, 2025", en-US, whatever the machine's locale).
 */
export function subjectContext<T extends { readonly date: string }>(
  summary: T,
): T & { readonly dateShort: string } {
  return { ...summary, dateShort: formatShortDate(summary.date) };
}

/**
 * Render the subject template over the summary's fields (see {@link subjectContext}).
 *
 * @throws BriefError('template') naming ROTATION_BRIEF_MAIL_SUBJECT when a field or helper does
 *   not exist, or the result is empty (the fields it may use in the message and the hint).
 */
export function renderSubject(template: string, summary: { readonly date: string }): string {
  const context = subjectContext(summary);
  const hb = Handlebars.create();
  const fail = (problem: string) =>
    new BriefError('template', `${SUBJECT_VAR}: the subject template ${problem}`, SUBJECT_FIELDS);
  let tree: hbs.AST.Program;
  try {
    tree = hb.parseWithoutProcessing(template);
  } catch (e) {
    throw fail(`does not parse: ${describeParseError(template, e).problem}`);
  }
  let text: string;
  try {
    text = hb.compile(tree, { strict: true, noEscape: true })(context);
  } catch (e) {
    const { problem, field } = describeRenderError(e, unknownCalls(tree, NO_PARTIALS(hb)));
    if (field === undefined)
      throw fail(problem.startsWith('unknown ') ? `calls an ${problem}` : `fails: ${problem}`);
    const fields = Object.entries(context).filter(
      ([k, v]) => typeof v === 'string' && k !== 'schema',
    );
    throw fail(
      `names an unknown field "${field}" (it may use ${fields.map(([k]) => k).join(', ')})`,
    );
  }
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine === '') throw fail('renders an empty subject');
  return oneLine;
}
