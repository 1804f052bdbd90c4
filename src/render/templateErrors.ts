/**
 * What is wrong with a Handlebars template, in one line naming a line of the file that exists.
 * Handlebars' own messages are several lines ("Parse error on line 77:" then an excerpt and the
 * tokens it expected), name the line after the last one when a block is never closed, and call a
 * helper or partial that does not exist an undefined field. Here a parse error says what was
 * expected (or which block is never closed, and where it opened); a render error names the field,
 * helper or partial that does not exist.
 */
import { unclosedBlock } from './unclosedBlock.js';
import type { UnknownCall } from './unknownCalls.js';

/** A problem of one template: its 1-based line (null: unknown) and what is wrong. */
export interface TemplateProblem {
  readonly line: number | null;
  readonly problem: string;
}

/** The number of lines of `text` as an editor shows them (a final newline opens no line). */
function lineCount(text: string): number {
  return Math.max(1, text.replace(/\r?\n$/, '').split('\n').length);
}

/** The line a Handlebars error names: its `lineNumber`, or a trailing " - line:column". */
function errorLine(e: unknown, message: string): number | null {
  const n = (e as { lineNumber?: unknown }).lineNumber;
  if (typeof n === 'number') return n;
  const m = / - (\d+):\d+$/.exec(message.split('\n')[0] ?? '');
  return m ? Number(m[1]) : null;
}

/** `text`'s parse error `e` (from Handlebars.parse) in one line, at a line that exists. */
export function describeParseError(text: string, e: unknown): TemplateProblem {
  const message = e instanceof Error ? e.message : String(e);
  const lines = message.split('\n');
  const last = lineCount(text);
  const clamp = (n: number | null) => (n === null ? null : Math.min(Math.max(n, 1), last));
  const parse = /^Parse error on line (\d+):$/.exec(lines[0] ?? '');
  const expecting = lines.find((l) => l.startsWith('Expecting '));
  if (parse && expecting) {
    const expected = expecting.replace(/^Expecting /, 'expected ');
    if (/got 'EOF'$/.test(expecting)) {
      const open = unclosedBlock(text);
      if (open) {
        const tag = `{{${open.opener === '#>' ? '#> ' : open.opener}${open.name}}}`;
        return {
          line: open.line,
          problem: `${tag} opened on line ${open.line} is never closed (no {{/${open.name}}} before the end of the file)`,
        };
      }
      return { line: last, problem: `the file ends inside a {{...}} tag (${expected})` };
    }
    const near = (lines[1] ?? '').trim();
    return { line: clamp(Number(parse[1])), problem: `cannot parse "${near}" (${expected})` };
  }
  const mismatch = /^(\S+) doesn't match (\S+) - \d+:\d+$/.exec(lines[0] ?? '');
  if (mismatch) {
    const line = clamp(errorLine(e, message));
    return {
      line,
      problem: `{{#${mismatch[1]}}} opened on line ${line} is closed by {{/${mismatch[2]}}}`,
    };
  }
  const lexical = /^Lexical error on line (\d+)\. (.*)$/.exec(lines[0] ?? '');
  if (lexical) {
    const near = (lines[1] ?? '').trim();
    return { line: clamp(Number(lexical[1])), problem: `${lexical[2]} near "${near}"` };
  }
  return {
    line: clamp(errorLine(e, message)),
    problem: (lines[0] ?? '').replace(/ - \d+:\d+$/, ''),
  };
}

/**
 * A render error of Handlebars (strict mode) or a helper, in one line, with its line if known.
 * `calls`: the file's calls of helpers and partials that do not exist ({@link unknownCalls}), which
 * strict mode reports as a field "not defined" or without a line.
 */
export function describeRenderError(
  e: unknown,
  calls: readonly UnknownCall[] = [],
): TemplateProblem & { field?: string } {
  const message = e instanceof Error ? e.message : String(e);
  const first = message.split('\n')[0] ?? '';
  const line = errorLine(e, message);
  const call = (kind: UnknownCall['kind'], name: string) =>
    calls.find((c) => c.kind === kind && c.name === name && c.line === line) ??
    calls.find((c) => c.kind === kind && c.name === name);
  // Strict mode: '"x" not defined'; a name looked up on a string or number: "search for 'x'".
  const field =
    /^"([^"]+)" not defined/.exec(first)?.[1] ?? /search for '([^']+)'/.exec(first)?.[1];
  if (field !== undefined) {
    const helper = call('helper', field);
    if (helper) return { line: helper.line ?? line, problem: helper.problem };
    return { line, problem: `unknown field "${field}"`, field };
  }
  const helper = /^Missing helper: "([^"]+)"/.exec(first)?.[1];
  if (helper !== undefined)
    return call('helper', helper) ?? { line, problem: `unknown helper "${helper}"` };
  const partial = /^The partial (\S+) could not be found/.exec(first)?.[1];
  if (partial !== undefined)
    return call('partial', partial) ?? { line, problem: `partial "${partial}" does not exist` };
  return { line, problem: first.replace(/ - \d+:\d+$/, '') };
}
