/** stats.json's serialisation: keys sorted at every level, and no NaN or Infinity written as null. */
import { describe, expect, it } from 'vitest';
import { sortKeys, stableJson } from '../../src/render/stableJson.js';

describe('stableJson', () => {
  it('sorts object keys at every level, keeps array order, ends with a newline', () => {
    const text = stableJson({ b: 1, a: [{ z: 1, y: [3, 1] }, 'x'], c: { e: null, d: true } });
    expect(text).toBe(
      '{\n  "a": [\n    {\n      "y": [\n        3,\n        1\n      ],\n      "z": 1\n    },\n    "x"\n  ],\n  "b": 1,\n  "c": {\n    "d": true,\n    "e": null\n  }\n}\n',
    );
  });

  it('refuses a non-finite number, naming the first one by its path in sorted key order', () => {
    expect(() => stableJson({ z: NaN, a: [{ ok: 1 }, { b: Infinity }] })).toThrow(
      new TypeError('stats.json: $.a[1].b is Infinity'),
    );
    expect(() => stableJson({ z: -Infinity, a: [1, 2] })).toThrow(
      new TypeError('stats.json: $.z is -Infinity'),
    );
    expect(() => stableJson({ a: [, , NaN] })).toThrow(new TypeError('stats.json: $.a[2] is NaN'));
    expect(() => sortKeys([0, [NaN]], '$.rows')).toThrow(
      new TypeError('stats.json: $.rows[1][0] is NaN'),
    );
  });
});
