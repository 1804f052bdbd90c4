/**
 * The archive's Handlebars templates (`TEMPLATES/archive/index.hbs`, `year.hbs`, `latest.hbs`
 * and `archive.css`), compiled in strict mode so a misspelt field fails with the file's name.
 */
import type Handlebars from 'handlebars';
import path from 'node:path';
import { BriefError } from '../../errors.js';
import { assertSelfContained } from '../../render/externalResources.js';
import { ownPropertiesOnly, strictHandlebars } from '../../render/strictRuntime.js';
import { readTemplateFile } from '../../render/readTemplateFile.js';
import { describeParseError, describeRenderError } from '../../render/templateErrors.js';
import { NO_PARTIALS, unknownCalls } from '../../render/unknownCalls.js';

/** Compiled archive pages: each takes its context and returns HTML. */
export interface ArchiveTemplates {
  readonly index: (context: object) => string;
  readonly year: (context: object) => string;
  readonly latest: (context: object) => string;
  /** The stylesheet, inlined into both pages. */
  readonly css: string;
}

/** Where a problem is: `file:line`, or the file alone when the line is not known. */
const at = (file: string, line: number | null) => (line === null ? file : `${file}:${line}`);

function compile(hb: typeof Handlebars, file: string, text: string): (context: object) => string {
  let tree: hbs.AST.Program;
  try {
    tree = hb.parseWithoutProcessing(text);
  } catch (e) {
    const { line, problem } = describeParseError(text, e);
    throw new BriefError('template', `${at(file, line)}: ${problem}`);
  }
  const calls = unknownCalls(tree, NO_PARTIALS(hb));
  const render = hb.compile(tree, { strict: true });
  return (context) => {
    let html: string;
    try {
      html = render(ownPropertiesOnly(context));
    } catch (e) {
      const { line, problem, field } = describeRenderError(e, calls);
      throw new BriefError(
        'template',
        `${at(file, line)}: ${problem}`,
        field === undefined
          ? undefined
          : 'check the field name against indexContext/yearContext/latestContext in src/deliver/archive',
      );
    }
    // A published page that loads a URL would reach the network from every reader's browser.
    assertSelfContained(html, file, path.dirname(file));
    return html;
  };
}

/**
 * Read and compile the archive templates under `templatesDir/archive/`.
 *
 * @throws BriefError('template') naming the file that is missing or does not parse.
 */
export async function loadArchiveTemplates(
  templatesDir: string,
  readText: (file: string) => Promise<string>,
): Promise<ArchiveTemplates> {
  const read = (name: string) =>
    readTemplateFile(
      templatesDir,
      'archive',
      name,
      readText,
      '--templates must name a folder holding archive/index.hbs, year.hbs, latest.hbs and archive.css',
    );
  const [index, year, latest, css] = await Promise.all([
    read('index.hbs'),
    read('year.hbs'),
    read('latest.hbs'),
    read('archive.css'),
  ]);
  const hb = strictHandlebars();
  return {
    index: compile(hb, index.file, index.source),
    year: compile(hb, year.file, year.source),
    latest: compile(hb, latest.file, latest.source),
    css: css.source,
  };
}
