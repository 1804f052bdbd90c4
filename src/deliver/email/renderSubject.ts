/**
 * The subject line: `ROTATION_BRIEF_MAIL_SUBJECT` (a Handlebars template over summary.json plus
 * `dateShort`, default "{{headline}} ({{dateShort}})") rendered without HTML escaping, on one
 * line.
 */
import Handlebars from 'handlebars';
import { BriefError } from '../../errors.js';
import { formatShortDate } from '../../model/format.js';

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
 * @throws BriefError('usage') naming ROTATION_BRIEF_MAIL_SUBJECT when a field does not exist
 *   or the result is empty.
 */
export function renderSubject(template: string, summary: { readonly date: string }): string {
  const context = subjectContext(summary);
  let text: string;
  try {
    text = Handlebars.create().compile(template, { strict: true, noEscape: true })(context);
  } catch (e) {
    const first = (e as Error).message.split('\n')[0];
    throw new BriefError('usage', `ROTATION_BRIEF_MAIL_SUBJECT: ${first}`, SUBJECT_FIELDS);
  }
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine === '')
    throw new BriefError('usage', 'ROTATION_BRIEF_MAIL_SUBJECT renders an empty subject');
  return oneLine;
}
