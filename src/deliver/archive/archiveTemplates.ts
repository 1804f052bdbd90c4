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

/** Compiled archive pages: each takes its context and returns HTML. */
export interface ArchiveTemplates {
  readonly index: (context: object) => string;
  readonly year: (context: object) => string;
  readonly latest: (context: object) => string;
  /** The stylesheet, inlined into both pages. */
  readonly css: string;
}

const firstLine = (s: string) => s.split('\n')[0] ?? s;

function compile(hb: typeof Handlebars, file: string, text: string): (context: object) => string {
  let render: Handlebars.TemplateDelegate;
  try {
    hb.parse(text);
    render = hb.compile(text, { strict: true });
  } catch (e) {
    throw new BriefError('template', `${file}: ${firstLine((e as Error).message)}`);
  }
  return (context) => {
    let html: string;
    try {
      html = render(ownPropertiesOnly(context));
    } catch (e) {
      const m = (e as Error).message;
      // Strict mode: '"x" not defined'; a name looked up on a string or number: "search for 'x'".
      const field = /"([^"]+)" not defined/.exec(m)?.[1] ?? /search for '([^']+)'/.exec(m)?.[1];
      throw new BriefError(
        'template',
        `${file}: ${field ? `unknown field "${field}"` : firstLine(m)}`,
        'check the field name against indexContext/yearContext/latestContext in src/deliver/archive',
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
