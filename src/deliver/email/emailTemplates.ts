/**
 * The email's templates, `TEMPLATES/email/summary.hbs` (HTML) and `summary.txt.hbs` (plain
 * text), and their rendering. Both compile in Handlebars strict mode, so a misspelt field fails
 * naming the file instead of rendering blank; the text template is not HTML-escaped.
 */
import { BriefError } from '../../errors.js';
import { ownPropertiesOnly, strictHandlebars } from '../../render/strictRuntime.js';
import { readTemplateFile } from '../../render/readTemplateFile.js';

/** The two template sources, with the files they came from (for error messages). */
export interface EmailTemplates {
  readonly html: { readonly file: string; readonly source: string };
  readonly text: { readonly file: string; readonly source: string };
}

/** Read both email templates from `templatesDir/email/`. */
export async function loadEmailTemplates(
  templatesDir: string,
  readText: (file: string) => Promise<string>,
): Promise<EmailTemplates> {
  const read = (name: string) =>
    readTemplateFile(
      templatesDir,
      'email',
      name,
      readText,
      '--templates must name a folder holding email/summary.hbs and email/summary.txt.hbs',
    );
  return { html: await read('summary.hbs'), text: await read('summary.txt.hbs') };
}

/**
 * Render one template over `context`.
 *
 * @throws BriefError('template') naming `file` and the first line of the Handlebars error.
 */
export function renderTemplate(
  t: { readonly file: string; readonly source: string },
  context: object,
  escape: boolean,
): string {
  try {
    const hb = strictHandlebars();
    return hb.compile(t.source, { strict: true, noEscape: !escape })(ownPropertiesOnly(context));
  } catch (e) {
    const first = (e as Error).message.split('\n')[0];
    throw new BriefError('template', `${t.file}: ${first}`);
  }
}
