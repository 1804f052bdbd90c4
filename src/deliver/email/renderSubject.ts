/**
 * The subject line: `ROTATION_BRIEF_MAIL_SUBJECT` (a Handlebars template over summary.json,
 * default "{{headline}} ({{date}})") rendered without HTML escaping, on one line.
 */
import Handlebars from 'handlebars';
import { BriefError } from '../../errors.js';

/**
 * Render the subject template over the summary's fields.
 *
 * @throws BriefError('usage') naming ROTATION_BRIEF_MAIL_SUBJECT when a field does not exist
 *   or the result is empty.
 */
export function renderSubject(template: string, summary: object): string {
  let text: string;
  try {
    text = Handlebars.create().compile(template, { strict: true, noEscape: true })(summary);
  } catch (e) {
    const first = (e as Error).message.split('\n')[0];
    throw new BriefError(
      'usage',
      `ROTATION_BRIEF_MAIL_SUBJECT: ${first}`,
      'the subject may use the fields of summary.json: date, title, headline, dek',
    );
  }
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine === '')
    throw new BriefError('usage', 'ROTATION_BRIEF_MAIL_SUBJECT renders an empty subject');
  return oneLine;
}
