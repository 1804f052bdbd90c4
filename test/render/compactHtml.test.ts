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
  it('strips comments and the whitespace CSS does not need inside <style>', () => {
    expect(compactHtml('<style>\n/* a rule */\n  .a { color: red; }\n\n\n  .b {}\n</style>')).toBe(
      '<style>\n.a{color:red}.b{}\n</style>',
    );
    const css = '@media (max-width: 600px) {\n  ul > li, ol li { margin: 0 0 2px 1rem; }\n}';
    expect(compactHtml(`<style>${css}</style>`)).toBe(
      '<style>\n@media (max-width:600px){ul>li,ol li{margin:0 0 2px 1rem}}\n</style>',
    );
  });
  it('keeps the CSS whitespace that means something, and quoted strings as they are', () => {
    // `a :hover` (any hovered descendant) is not `a:hover`; calc() needs spaces around + and -.
    const css = '.a :hover { width: calc(100% - 2px + 1em); }';
    expect(compactHtml(`<style>${css}</style>`)).toBe(
      '<style>\n.a :hover{width:calc(100% - 2px + 1em)}\n</style>',
    );
    const quoted = `.q::before { content: "a ; b , c { }"; } .r::after { content: ' > /* x */ '; }`;
    expect(compactHtml(`<style>${quoted}</style>`)).toBe(
      `<style>\n.q::before{content:"a ; b , c { }"}.r::after{content:' > /* x */ '}\n</style>`,
    );
  });
  it('drops the leading zero of a fraction, not of 10.5 nor inside a string', () => {
    const css = `.a { margin: 0.4rem 0 -0.25em; font-size: 10.5pt; width: calc(100% - 0.5rem); } .b::after { content: "0.5"; }`;
    expect(compactHtml(`<style>${css}</style>`)).toBe(
      '<style>\n.a{margin:.4rem 0 -.25em;font-size:10.5pt;width:calc(100% - .5rem)}.b::after{content:"0.5"}\n</style>',
    );
  });
  it('keeps an unquoted url() as it is: a path may hold "0.5"', () => {
    const css = '.a { background: url(img/0.5x.png) 0.5rem; } .b { src: url(icons/v-0.5/x.svg); }';
    expect(compactHtml(`<style>${css}</style>`)).toBe(
      '<style>\n.a{background:url(img/0.5x.png) .5rem}.b{src:url(icons/v-0.5/x.svg)}\n</style>',
    );
  });
  it("writes ' and = plainly in text, never in an attribute, a <style> or a <pre>", () => {
    // Handlebars escapes ' as &#x27; (6 bytes) and = as &#x3D;: in text, both are plain
    // characters. In a quoted attribute the escape stays (nothing is gained by reading it).
    const html =
      '<p title="the S&amp;P 500&#x27;s">the S&amp;P 500&#x27;s move &#x3D; 1 &#39;bp&#39; &lt;x&gt;</p>' +
      '<style>q::before{content:"&#x27;"}</style><pre>&#x27;</pre>';
    expect(compactHtml(html)).toBe(
      "<p title=\"the S&amp;P 500&#x27;s\">the S&amp;P 500's move = 1 'bp' &lt;x&gt;</p>" +
        '<style>\nq::before{content:"&#x27;"}\n</style><pre>&#x27;</pre>',
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
