/** PDF strings, dates and dictionary ends (ISO 32000-1, 7.3 and 7.9), by hand. */
import { describe, expect, it } from 'vitest';
import { dictionaryEnd, pdfDate, pdfTextString } from '../../src/deliver/pdf/pdfSyntax.js';

describe('pdfTextString', () => {
  it('writes printable ASCII as a literal with \\, ( and ) escaped', () => {
    expect(pdfTextString('S&P 500 (close)')).toBe('(S&P 500 \\(close\\))');
    expect(pdfTextString('a\\b')).toBe('(a\\\\b)');
    expect(pdfTextString('')).toBe('()');
  });

  it('writes anything else as UTF-16BE hex with a byte order mark', () => {
    expect(pdfTextString('é')).toBe('<FEFF00E9>'); // U+00E9
    expect(pdfTextString('−1')).toBe('<FEFF22120031>'); // U+2212, "1"
    expect(pdfTextString('a\n')).toBe('<FEFF0061000A>'); // a control character is not printable
    expect(pdfTextString('📈')).toBe('<FEFFD83DDCC8>'); // U+1F4C8 as a surrogate pair
  });
});

describe('pdfDate', () => {
  it('writes UTC as D:YYYYMMDDHHmmSSZ', () => {
    expect(pdfDate(new Date('2026-01-22T21:00:00Z'))).toBe('D:20260122210000Z');
    expect(pdfDate(new Date('1996-05-07T20:00:05.900Z'))).toBe('D:19960507200005Z');
    expect(() => pdfDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('dictionaryEnd', () => {
  it('skips nested dictionaries, strings and hex strings', () => {
    const text = 'x <</A <</B 1>> /C (a >> \\) (b)) /D <3E3E> /E [1]>> tail';
    expect(text.slice(dictionaryEnd(text, 2))).toBe(' tail');
  });

  it('skips comments and says -1 when the dictionary never closes', () => {
    const text = '<</A 1 % >> not the end\n/B 2>>';
    expect(dictionaryEnd(text, 0)).toBe(text.length);
    expect(dictionaryEnd('<</A <</B 1>>', 0)).toBe(-1);
  });
});
