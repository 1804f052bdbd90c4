/** The written JSON layout (src/render/layoutJson.ts): sorted, rounded, short objects on a line. */
import { describe, expect, it } from 'vitest';
import { layoutJson, LINE_WIDTH, writtenNumber } from '../../src/render/layoutJson.js';

describe('layoutJson', () => {
  it('writes non-integers to 10 significant digits and integers exactly', () => {
    expect(writtenNumber(0.0085014519972062)).toBe(0.008501451997); // digits 8501451997|2062: rounded down
    expect(writtenNumber(-0.016474276663559828)).toBe(-0.01647427666); // digits 1647427666|3559: rounded down
    expect(writtenNumber(0.3917358825680405)).toBe(0.3917358826); // digits 3917358825|68: up
    expect(writtenNumber(1234567890123)).toBe(1234567890123); // a volume: exact
  });

  it('sorts keys, keeps a short object on one line and opens a long one', () => {
    const short = { b: 1, a: { d: 'x', c: 0.5 } };
    expect(layoutJson(short)).toBe('{"a":{"c":0.5,"d":"x"},"b":1}\n');
    const long = { z: 'y'.repeat(LINE_WIDTH), a: [1, 2] };
    expect(layoutJson(long)).toBe(`{\n "a":[1,2],\n "z":"${'y'.repeat(LINE_WIDTH)}"\n}\n`);
  });

  it('packs a long list of dates several to a line, within the width', () => {
    const dates = Array.from({ length: 30 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`);
    const text = layoutJson({ d: dates });
    const lines = text.split('\n');
    // 13 characters a date with its comma: (120 - 2 spaces) / 13 = 9 a line, 30 dates -> 4 lines
    expect(lines.filter((l) => l.startsWith('  "2026')).length).toBe(4);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(LINE_WIDTH);
    expect(JSON.parse(text)).toEqual({ d: dates });
  });

  it('drops keys whose value is undefined, as JSON.stringify does', () => {
    expect(layoutJson({ a: undefined, b: 1 })).toBe('{"b":1}\n');
  });

  it('throws on a non-finite number, naming its path', () => {
    expect(() => layoutJson({ a: [1, Number.NaN] })).toThrow('$.a[1] is NaN');
  });
});
