import { describe, expect, it } from 'vitest';
import { MIN_DOTS, reuseDots } from '../../src/charts/reuseDots.js';

const dot = (x: number, y: number, r: string, rest = '') =>
  `<circle transform="translate(${x},${y})" r="${r}"${rest}/>`;

describe('reuseDots', () => {
  it('defines a radius used by enough dots once, after the title and description', () => {
    const dots = [dot(1, 2, '2.2'), dot(3.5, -4, '2.2'), dot(5, 6, '2.2'), dot(7, 8, '2.2')];
    const svg = `<svg width="9"><title>T</title><desc>D</desc><g fill="#d55e00">${dots.join('')}</g></svg>`;
    expect(reuseDots(svg, 'd3')).toBe(
      '<svg width="9"><title>T</title><desc>D</desc><defs><circle id="d3-1" r="2.2"/></defs>' +
        '<g fill="#d55e00"><use href="#d3-1" x="1" y="2"/><use href="#d3-1" x="3.5" y="-4"/>' +
        '<use href="#d3-1" x="5" y="6"/><use href="#d3-1" x="7" y="8"/></g></svg>',
    );
  });

  it("keeps a dot's own attributes on its use, and leaves rarer radii as circles", () => {
    const many = Array.from({ length: MIN_DOTS }, (_, k) => dot(k, k, '1.7', ' fill="#e69f00"'));
    const svg = `<svg>${many.join('')}${dot(9, 9, '4', ' stroke="#fff"')}</svg>`;
    const out = reuseDots(svg, 'd6');
    expect(out).toContain('<defs><circle id="d6-1" r="1.7"/></defs>');
    expect(out).toContain('<use href="#d6-1" x="0" y="0" fill="#e69f00"/>');
    expect(out).toContain(dot(9, 9, '4', ' stroke="#fff"'));
    expect(out.match(/<use /g)).toHaveLength(MIN_DOTS);
  });

  it('numbers several radii in order of first appearance', () => {
    const a = Array.from({ length: 4 }, (_, k) => dot(k, 0, '3'));
    const b = Array.from({ length: 4 }, (_, k) => dot(k, 1, '2'));
    const out = reuseDots(`<svg>${b.join('')}${a.join('')}</svg>`, 'd1');
    expect(out).toContain('<defs><circle id="d1-1" r="2"/><circle id="d1-2" r="3"/></defs>');
  });

  it('leaves an SVG with fewer dots than that as it was', () => {
    const svg = `<svg>${dot(1, 1, '2')}${dot(2, 2, '2')}${dot(3, 3, '2')}</svg>`;
    expect(reuseDots(svg, 'd1')).toBe(svg);
  });
});
