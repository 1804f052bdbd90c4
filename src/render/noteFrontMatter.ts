/**
 * The front matter of an editor's note, read as untrusted input: plain YAML only, parsed with
 * the `yaml` package's core schema (no custom tags, no merge keys, a bounded alias count), and
 * nothing else. gray-matter's other engines (`---js`, `---javascript`, `---coffee`, ...) would
 * evaluate the block as code: the fence language is checked before gray-matter sees the text, and
 * every engine but YAML is replaced by one that refuses.
 */
import { createRequire } from 'node:module';
import type matter from 'gray-matter';
import type * as Yaml from 'yaml';
import { BriefError } from '../errors.js';

// Loaded when a note is read (most sessions have none): gray-matter brings js-yaml and esprima,
// and yaml (260 KB of code) is needed only for a note's front matter.
const loadMatter = (): typeof matter =>
  createRequire(import.meta.url)('gray-matter') as typeof matter;
const loadYaml = (): typeof Yaml => createRequire(import.meta.url)('yaml') as typeof Yaml;

/** Fence languages accepted after the opening `---` (none, or YAML spelled out). */
const YAML_FENCES = new Set(['', 'yaml', 'yml']);

/** The languages gray-matter knows (and aliases): each is refused if it is ever reached. */
const OTHER_ENGINES = ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'json', 'toml'];

/** A note error at `line` of `file`, exit code 6. */
export function noteError(file: string, line: number | null, problem: string): BriefError {
  return new BriefError(
    'template',
    `${file}${line ? `:${line}` : ''}: ${problem}`,
    "fix the editor's note, or remove it to build the brief without commentary",
  );
}

/** The language named after the opening fence, or null when the note has no front matter. */
function fenceLanguage(text: string): string | null {
  if (!text.startsWith('---') || text.charAt(3) === '-') return null;
  const end = text.indexOf('\n');
  return (end < 0 ? text.slice(3) : text.slice(3, end)).trim().toLowerCase();
}

/** Parse YAML with the core schema; any warning (an unknown tag) or error is refused. */
function safeYaml(source: string): object {
  const doc = loadYaml().parseDocument(source, {
    schema: 'core',
    customTags: [],
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new Error(problem.message.split('\n')[0]);
  const data: unknown = doc.toJS({ maxAliasCount: 20 });
  return data !== null && typeof data === 'object' ? data : {};
}

const refuse = (name: string) => () => {
  throw new Error(`front matter in ${name} is not allowed`);
};

/** The front matter (as a plain object), the body, and how many lines precede the body. */
export function parseNoteFrontMatter(
  text: string,
  file: string,
): { data: unknown; body: string; offset: number } {
  const language = fenceLanguage(text);
  if (language !== null && !YAML_FENCES.has(language)) {
    throw noteError(
      file,
      1,
      `front matter fenced as "---${language}" is not allowed: only plain YAML front matter (---) is read`,
    );
  }
  const engines: Record<string, (s: string) => object> = { yaml: safeYaml, yml: safeYaml };
  for (const name of OTHER_ENGINES) engines[name] = refuse(name);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options given: gray-matter then skips its cache, which would keep a failed parse as {}.
    parsed = loadMatter()(text, { language: 'yaml', engines });
  } catch (e) {
    throw noteError(
      file,
      null,
      `front matter is not valid YAML (${(e as Error).message.split('\n')[0]})`,
    );
  }
  // Lines before the body: the front matter block and its fences.
  const offset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
  return { data: parsed.data, body: parsed.content, offset };
}
