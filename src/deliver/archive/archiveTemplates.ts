/**
 * The archive's Handlebars templates (`TEMPLATES/archive/index.hbs`, `year.hbs`, `latest.hbs`
 * and `archive.css`), compiled in strict mode so a misspelt field fails with the file's name;
 * the bundled ones were compiled when the CLI was built (src/render/precompiledTemplates.ts).
 */
import type Handlebars from 'handlebars';
import path from 'node:path';
import { BriefError } from '../../errors.js';
import { assertSelfContained } from '../../render/externalResources.js';
import { ownPropertiesOnly, strictHandlebars } from '../../render/strictRuntime.js';
import { readTemplateFile } from '../../render/readTemplateFile.js';
import { describeParseError, describeRenderError } from '../../render/templateErrors.js';
import { NO_PARTIALS, unknownCalls } from '../../render/unknownCalls.js';
import {
  ARCHIVE_OPTIONS,
  archiveFor,
  type PrecompiledSet,
} from '../../render/precompiledTemplates.js';
import { PRECOMPILED_TEMPLATES } from '../../render/precompiledTemplatesData.js';

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

function parse(hb: typeof Handlebars, file: string, text: string): hbs.AST.Program {
  try {
    return hb.parseWithoutProcessing(text);
  } catch (e) {
    const { line, problem } = describeParseError(text, e);
    throw new BriefError('template', `${at(file, line)}: ${problem}`);
  }
}

/**
 * The render function of one page: `spec` (compiled at build time from the same text) or `text`
 * parsed and compiled now; the calls it makes, for a render error's message, found when needed.
 */
function compile(
  hb: typeof Handlebars,
  file: string,
  text: string,
  spec: TemplateSpecification | undefined,
): (context: object) => string {
  // The calls, for a render error's message: found before compiling (compile rewrites the
  // tree), or, for a page compiled at build time, from a fresh parse when one is thrown.
  const tree = spec === undefined ? parse(hb, file, text) : null;
  let found = tree === null ? null : unknownCalls(tree, NO_PARTIALS(hb));
  const render =
    spec !== undefined
      ? hb.template(spec)
      : hb.compile(tree as hbs.AST.Program, { ...ARCHIVE_OPTIONS });
  const calls = () => (found ??= unknownCalls(parse(hb, file, text), NO_PARTIALS(hb)));
  return (context) => {
    let html: string;
    try {
      html = render(ownPropertiesOnly(context));
    } catch (e) {
      const { line, problem, field } = describeRenderError(e, calls());
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
  built: PrecompiledSet | null = PRECOMPILED_TEMPLATES,
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
  const pre = archiveFor(
    { index: index.source, year: year.source, latest: latest.source },
    built,
  )?.pages;
  return {
    index: compile(hb, index.file, index.source, pre?.index),
    year: compile(hb, year.file, year.source, pre?.year),
    latest: compile(hb, latest.file, latest.source, pre?.latest),
    css: css.source,
  };
}
