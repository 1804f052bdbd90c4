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
import { compileTemplate } from '../../render/compileTemplate.js';
import { describeRenderError } from '../../render/templateErrors.js';
import { NO_PARTIALS } from '../../render/unknownCalls.js';
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

/** The render function of one page, with the run's checks (a field, a URL) on what it renders. */
function compile(
  hb: typeof Handlebars,
  file: string,
  text: string,
  spec: TemplateSpecification | undefined,
): (context: object) => string {
  const { render, calls } = compileTemplate(hb, file, text, spec, ARCHIVE_OPTIONS, NO_PARTIALS(hb));
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
