/**
 * The email's templates, `TEMPLATES/email/summary.hbs` (HTML) and `summary.txt.hbs` (plain
 * text), and their rendering. Both compile in Handlebars strict mode, so a misspelt field fails
 * naming the file instead of rendering blank; the text template is not HTML-escaped.
 */
import { BriefError } from '../../errors.js';
import { ownPropertiesOnly, strictHandlebars } from '../../render/strictRuntime.js';
import { readTemplateFile } from '../../render/readTemplateFile.js';
import {
  describeParseError,
  describeRenderError,
  type TemplateProblem,
} from '../../render/templateErrors.js';
import { NO_PARTIALS, unknownCalls } from '../../render/unknownCalls.js';

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
 * @throws BriefError('template') naming `file`, the line and what is wrong: a syntax error, an
 *   unknown field, helper or partial.
 */
export function renderTemplate(
  t: { readonly file: string; readonly source: string },
  context: object,
  escape: boolean,
): string {
  const fail = (p: TemplateProblem) =>
    new BriefError('template', `${t.file}${p.line === null ? '' : `:${p.line}`}: ${p.problem}`);
  const hb = strictHandlebars();
  let tree: hbs.AST.Program;
  try {
    tree = hb.parseWithoutProcessing(t.source);
  } catch (e) {
    throw fail(describeParseError(t.source, e));
  }
  try {
    return hb.compile(tree, { strict: true, noEscape: !escape })(ownPropertiesOnly(context));
  } catch (e) {
    throw fail(describeRenderError(e, unknownCalls(tree, NO_PARTIALS(hb))));
  }
}
