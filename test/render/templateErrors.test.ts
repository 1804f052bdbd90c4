/**
 * Template errors say what is wrong in one line, at a line of the file that exists: a block never
 * closed names its opening line (Handlebars names the line after the last), a partial or helper
 * that does not exist is called so (strict mode calls a helper a field, a partial has no line),
 * each naming the file it is in; all are template errors (exit 6).
 */
import { describe, expect, it } from 'vitest';
import type { CitationData } from '../../src/render/citationHelpers.js';
import { describeParseError } from '../../src/render/templateErrors.js';
import { compileTemplates, type TemplateSet } from '../../src/render/templates.js';
import { unclosedBlock } from '../../src/render/unclosedBlock.js';
import Handlebars from 'handlebars';
import { briefErrorOf } from '../helpers/briefErrorOf.js';

const NO_CITATIONS = {} as CitationData;

function set(main: string, partials: Record<string, string> = {}): TemplateSet {
  return { dir: 't', main, partials, css: '', methodology: '' };
}

/** What a template error says, and its exit code. */
function failure(run: () => unknown): [string, number] {
  const e = briefErrorOf(run);
  expect(e.kind).toBe('template');
  return [e.message, e.exitCode];
}

const parseError = (text: string) => {
  try {
    Handlebars.parse(text);
  } catch (e) {
    return describeParseError(text, e);
  }
  throw new Error('parsed');
};

/** 76 lines, ending with a newline, like the shipped brief.hbs. */
const LINES = Array.from({ length: 76 }, (_, k) => `<p>line ${k + 1}</p>`);

describe('a syntax error', () => {
  it('a block never closed names its opening line, not the line after the last', () => {
    const text = `${LINES.map((l, k) => (k === 39 ? `{{#if x}}${l}` : l)).join('\n')}\n`;
    expect(parseError(text)).toEqual({
      line: 40,
      problem: '{{#if}} opened on line 40 is never closed (no {{/if}} before the end of the file)',
    });
    expect(failure(() => compileTemplates(set(text)))).toEqual([
      't/brief.hbs:40: {{#if}} opened on line 40 is never closed (no {{/if}} before the end of the file)',
      6,
    ]);
  });

  it('a tag cut off at the end names the last line and what Handlebars expected', () => {
    const { line, problem } = parseError('a\nb {{foo\n');
    expect(line).toBe(2);
    expect(problem).toMatch(/^.* \(expected '.*', got '(EOF|INVALID)'\)$/);
  });

  it("a stray token names its line, where it is (Handlebars' excerpt) and what was expected", () => {
    expect(parseError('a\n{{foo}}}\nb\n')).toEqual({
      line: 2,
      problem:
        "cannot parse \"a{{foo}}}b\" (expected 'CLOSE', 'OPEN_SEXPR', 'ID', 'STRING', 'NUMBER', 'BOOLEAN', 'UNDEFINED', 'NULL', 'DATA', got 'CLOSE_UNESCAPED')",
    });
  });

  it('a block closed by the wrong name names both', () => {
    expect(parseError('a\n{{#each xs}}\n{{/if}}\n')).toEqual({
      line: 2,
      problem: '{{#each}} opened on line 2 is closed by {{/if}}',
    });
  });
});

describe('unclosedBlock', () => {
  it('finds the innermost open block, past comments, escapes, else and closed blocks', () => {
    const text = [
      '{{#each xs}}',
      '{{!-- {{#if never}} --}} \\{{#if escaped}}',
      '{{#with y}}{{^}}{{/with}}',
      '{{#> layout}}',
      '{{~^unless z~}}',
      '{{/unless}}',
    ].join('\n');
    expect(unclosedBlock(text)).toEqual({ opener: '#>', name: 'layout', line: 4 });
    expect(unclosedBlock(`${text}\n{{/layout}}`)).toEqual({ opener: '#', name: 'each', line: 1 });
    expect(unclosedBlock(`${text}\n{{/layout}}{{/each}}`)).toBeNull();
  });
});

describe('a partial or helper that does not exist', () => {
  const partials = { table: '<table>\n{{> row}}\n</table>', row: '<tr>{{cell}}</tr>' };

  it('a missing partial names the file and line, and lists the partials there are', () => {
    const render = compileTemplates(set('<h1>x</h1>\n{{> nosuchpartial}}\n', partials));
    expect(failure(() => render({}, NO_CITATIONS))).toEqual([
      't/brief.hbs:2: partial "nosuchpartial" does not exist (the partials in t/partials/: table, row)',
      6,
    ]);
  });

  it('... inside a partial: that partial file', () => {
    const render = compileTemplates(
      set('{{> table}}', { ...partials, row: 'a\n{{#if cell}}{{> cel}}{{/if}}' }),
    );
    expect(failure(() => render({ cell: 1 }, NO_CITATIONS))[0]).toBe(
      't/partials/row.hbs:2: partial "cel" does not exist (the partials in t/partials/: table, row)',
    );
    // Behind a condition that is false it is never included: the brief renders.
    expect(render({ cell: 0 }, NO_CITATIONS)).toBe('<table>\na\n</table>');
  });

  it('a missing helper is an unknown helper, not an unknown field', () => {
    const render = compileTemplates(set('a\nb\n{{nosuchhelper headline}}', partials));
    const e = briefErrorOf(() => render({ headline: 'h' }, NO_CITATIONS));
    expect([e.message, e.exitCode]).toEqual(['t/brief.hbs:3: unknown helper "nosuchhelper"', 6]);
    expect(e.hint).toMatch(/^the helpers are: each, if, .*\bpct\b/);
    const sub = compileTemplates(set('{{#if (nohelper x)}}y{{/if}}'));
    expect(failure(() => sub({ x: 1 }, NO_CITATIONS))[0]).toBe(
      't/brief.hbs:1: unknown helper "nohelper"',
    );
  });

  it('an unknown field in a partial names the partial file and line', () => {
    const render = compileTemplates(set('{{> table}}', partials));
    expect(failure(() => render({}, NO_CITATIONS))).toEqual([
      't/partials/row.hbs:1: unknown field "cell"',
      6,
    ]);
  });
});
