import { describe, expect, it } from 'vitest';
import { scopeSvgIds } from '../../src/charts/scopeSvgIds.js';

describe('scopeSvgIds', () => {
  it('renames defined ids in order and rewrites their references', () => {
    const svg =
      '<svg><defs><clipPath id="clip60"><rect/></clipPath><linearGradient id="g7"/></defs><g clip-path="url(#clip60)"><rect fill="url(#g7)"/><use href="#g7"/></g></svg>';
    expect(scopeSvgIds(svg, 'chart-ratio')).toBe(
      '<svg><defs><clipPath id="chart-ratio-1"><rect/></clipPath><linearGradient id="chart-ratio-2"/></defs><g clip-path="url(#chart-ratio-1)"><rect fill="url(#chart-ratio-2)"/><use href="#chart-ratio-2"/></g></svg>',
    );
  });
  it('gives the same output whatever vega counter value the ids had', () => {
    const a = '<svg><clipPath id="clip25"/><g clip-path="url(#clip25)"/></svg>';
    const b = '<svg><clipPath id="clip60"/><g clip-path="url(#clip60)"/></svg>';
    expect(scopeSvgIds(a, 'x')).toBe(scopeSvgIds(b, 'x'));
  });
  it('leaves references to undefined ids alone', () => {
    expect(scopeSvgIds('<svg><g clip-path="url(#other)"/></svg>', 'x')).toBe(
      '<svg><g clip-path="url(#other)"/></svg>',
    );
  });
});
