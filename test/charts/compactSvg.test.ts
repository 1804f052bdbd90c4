/** The compact SVG: rounding, path data, dashes and regrouping, checked by hand. */
import { describe, expect, it } from 'vitest';
import { compactSvg, roundCoordinate } from '../../src/charts/compactSvg.js';
import {
  dashPolyline,
  writeSubpaths,
  formatTenths,
  joinNumbers,
  minifyPathData,
  simplify,
} from '../../src/charts/svgPathData.js';

describe('numbers', () => {
  it('rounds coordinates to 0.1 px, whole numbers untouched, no negative zero', () => {
    expect(roundCoordinate('12.345')).toBe('12.3');
    expect(roundCoordinate('2.25')).toBe('2.3'); // 22.5 tenths rounds up
    expect(roundCoordinate('1e-7')).toBe('0');
    expect(roundCoordinate('-0.04')).toBe('0'); // -0.4 tenths -> -0 -> "0"
    expect(roundCoordinate('680')).toBe('680');
  });

  it('writes tenths without leading zeros and with the fewest separators', () => {
    expect([13, -3, 20, 0, -25, 5].map(formatTenths)).toEqual([
      '1.3',
      '-.3',
      '2',
      '0',
      '-2.5',
      '.5',
    ]);
    // "-" starts a number; ".4" after "-.3" starts one too (a number has one point)
    expect(joinNumbers(['1.2', '-.3', '.4', '.5'])).toBe('1.2-.3.4.5');
    expect(joinNumbers(['1', '.5'])).toBe('1 .5'); // "1.5" would be one number
    expect(joinNumbers(['1', '2'])).toBe('1 2');
  });
});

describe('path data', () => {
  it('rewrites a polyline as a move and relative line-tos between rounded points', () => {
    // tenths: (100,200) (113,195) (125,200); deltas (13,-5) (12,5)
    expect(minifyPathData('M10.04,20L11.26,19.5L12.5,20Z')).toBe('M10 20l1.3-.5 1.2.5Z');
    // the middle point is 0 px off the line from (0,0) to (2,0): dropped
    expect(minifyPathData('M0,0L1,0L2,0')).toBe('M0 0l2 0');
  });

  it('leaves curves, arcs and relative paths as they are', () => {
    for (const d of ['M0,0h5v5h-5Z', 'M2,0A2,2,0,1,1,-2,0', 'M0,0C1,1,2,2,3,3'])
      expect(minifyPathData(d)).toBe(d);
  });

  it('simplifies only within the tolerance', () => {
    const pts = [
      [0, 0],
      [10, 2],
      [20, 0],
      [30, 5],
      [40, 0],
    ] as const;
    // (10,2) is 2 tenths off (0,0)-(20,0): kept only when the tolerance is below 2
    expect(simplify(pts, 2)).toEqual([
      [0, 0],
      [20, 0],
      [30, 5],
      [40, 0],
    ]);
    expect(simplify(pts, 1.9)).toHaveLength(5);
  });

  it('cuts a dashed polyline into its dashes, across corners', () => {
    // 10 px line, dashes of 2 px every 5 px: [0, 2] and [5, 7] (tenths)
    expect(
      dashPolyline(
        [
          [0, 0],
          [100, 0],
        ],
        [2, 3],
      ),
    ).toEqual([
      [
        [0, 0],
        [20, 0],
      ],
      [
        [50, 0],
        [70, 0],
      ],
    ]);
    // odd dash arrays repeat: 1.5 on, 1.5 off; the first dash turns the corner at (10,0)
    expect(
      dashPolyline(
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
        [1.5],
      ),
    ).toEqual([
      [
        [0, 0],
        [10, 0],
        [10, 5],
      ],
    ]);
  });
});

describe('compactSvg', () => {
  it('drops what nothing reads, rounds, reshapes, merges ticks and hoists shared style', () => {
    const circle = 'd="M2.2,0A2.2,2.2,0,1,1,-2.2,0A2.2,2.2,0,1,1,2.2,0"';
    const dot = `fill="#d55e00" fill-opacity="0.5" stroke-width="2"`;
    const tick = 'x2="0" y2="5" stroke="#9ca3af" stroke-width="1"';
    const vega =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g fill="none">' +
      `<g class="mark-symbol" role="graphics-object"><path transform="translate(1.234,5.678)" ${circle} ${dot} opacity="1"/>` +
      `<path transform="translate(3,4)" ${circle} ${dot}/></g>` +
      `<g><line transform="translate(25,0)" ${tick}/><line transform="translate(63,0)" ${tick}/></g>` +
      '<text text-anchor="middle" transform="translate(25.56,18)" font-size="11px" font-family="Inter" fill="#4b5563">1990</text>' +
      '</g></svg>';
    expect(compactSvg(vega, 'Inter')).toBe(
      '<svg font-family="Inter" xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g fill="none">' +
        '<g fill="#d55e00" fill-opacity="0.5"><circle transform="translate(1.2,5.7)" r="2.2"/>' +
        '<circle transform="translate(3,4)" r="2.2"/></g>' +
        '<path d="M25 0v5M63 0v5" stroke="#9ca3af" stroke-width="1"/>' +
        '<text x="25.6" y="18" text-anchor="middle" font-size="11px" fill="#4b5563">1990</text>' +
        '</g></svg>',
    );
  });

  it('drops the root version and an XLink namespace nothing uses, keeping one that is used', () => {
    const xl = ' xmlns:xlink="http://www.w3.org/1999/xlink"';
    const root = `<svg xmlns="http://www.w3.org/2000/svg"${xl} version="1.1" width="10" height="10">`;
    expect(compactSvg(`${root}<g fill="none"></g></svg>`, 'Inter')).toBe(
      '<svg font-family="Inter" xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g fill="none"></g></svg>',
    );
    const used = `${root}<use xlink:href="#a"/></svg>`;
    expect(compactSvg(used, 'Inter')).toBe(
      `<svg font-family="Inter" xmlns="http://www.w3.org/2000/svg"${xl} width="10" height="10"><use xlink:href="#a"/></svg>`,
    );
  });

  it('writes a dash along an axis as h or v, any other as l (tenths of a px in)', () => {
    // (0,100)->(40,100): h4; (5,0)->(5,-25): v-2.5; (0,0)->(10,10)->(20,10): l1 1 1 0.
    const paths: [number, number][][] = [
      [
        [0, 100],
        [40, 100],
      ],
      [
        [5, 0],
        [5, -25],
      ],
      [
        [0, 0],
        [10, 10],
        [20, 10],
      ],
    ];
    expect(writeSubpaths(paths)).toBe('M0 10h4M.5 0v-2.5M0 0l1 1 1 0');
  });

  it('turns a dashed rule into solid dashes; texts share an ink on a <g>, not white', () => {
    const vega =
      '<svg><line transform="translate(0,10)" x2="10" y2="0" stroke="#6d28d9" stroke-dasharray="4,2"/>' +
      '<text transform="translate(1,2)" fill="#1f2937" font-size="11px">a</text>' +
      '<text transform="translate(1,20)" fill="#1f2937" font-size="11px">b</text>' +
      '<text transform="translate(1,30)" fill="#ffffff" font-size="11px">c</text>' +
      '<text transform="translate(1,40)" fill="#ffffff" font-size="11px">d</text></svg>';
    // The ink moves to the group (the dark-mode rule [fill="#1f2937"] reaches the texts through
    // it); white stays on each text, where the CSS tells white text (text[fill]) from a white
    // background ([fill="#ffffff"]:not(text)).
    expect(compactSvg(vega, 'Inter')).toBe(
      '<svg font-family="Inter"><path d="M0 10h4M6 10h4" stroke="#6d28d9"/>' +
        '<g fill="#1f2937" font-size="11px"><text x="1" y="2">a</text>' +
        '<text x="1" y="20">b</text></g>' +
        '<g font-size="11px"><text x="1" y="30" fill="#ffffff">c</text>' +
        '<text x="1" y="40" fill="#ffffff">d</text></g></svg>',
    );
  });
});
