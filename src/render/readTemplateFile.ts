/**
 * Read one template file of a `--templates` folder, failing as a template error that names the
 * file and says what the folder must hold.
 */
import path from 'node:path';
import { BriefError } from '../errors.js';

/** A template's file path and text. */
export interface TemplateFile {
  readonly file: string;
  readonly source: string;
}

/**
 * Read `templatesDir/sub/name` through `readText`.
 *
 * @throws BriefError('template') naming the file, with `hint` saying what the folder must hold;
 *   a BriefError from `readText` (e.g. a path escaping the folder) passes through unchanged.
 */
export async function readTemplateFile(
  templatesDir: string,
  sub: string,
  name: string,
  readText: (file: string) => Promise<string>,
  hint: string,
): Promise<TemplateFile> {
  const file = path.join(templatesDir, sub, name);
  try {
    return { file, source: await readText(file) };
  } catch (e) {
    if (e instanceof BriefError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new BriefError('template', `${file}: cannot read template (${code})`, hint);
  }
}
