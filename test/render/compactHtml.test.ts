/** The rendered brief compacted: indentation and CSS comments go, text and <pre> stay. */
import { describe, expect, it } from 'vitest';
import { compactHtml } from '../../src/render/compactHtml.js';

describe('compactHtml', () => {
  it('drops the indentation before a tag at the start of a line, not the line break', () => {
    expect(compactHtml('<ul>\n    <li>a</li>\n  <li>b</li>\n</ul>')).toBe(
      '<ul>\n<li>a</li>\n<li>b</li>\n</ul>',
    );
  });
  it('keeps whitespace that touches text: words stay apart', () => {
    const html = '<p>Russell 2000\n    rose <b>0.76%</b> today</p>';
    expect(compactHtml(html)).toBe(html);
  });
  it('strips comments, blank lines and indentation inside <style>', () => {
    expect(compactHtml('<style>\n/* a rule */\n  .a { color: red; }\n\n\n  .b {}\n</style>')).toBe(
      '<style>\n.a { color: red; }\n.b {}\n</style>',
    );
  });
  it('keeps <pre> and <textarea> byte for byte', () => {
    const pre = '<pre>\n    <span>indented code</span>\n  /* not a comment */</pre>';
    expect(compactHtml(`<div>\n  ${pre}\n  <p>x</p></div>`)).toBe(`<div>\n${pre}\n<p>x</p></div>`);
  });
  it('is deterministic and idempotent', () => {
    const html = '<main>\n  <p>a</p>\n    <style>/* c */ p {}</style>\n</main>';
    expect(compactHtml(compactHtml(html))).toBe(compactHtml(html));
  });
});
