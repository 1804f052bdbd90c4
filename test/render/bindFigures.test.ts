import { describe, expect, it } from 'vitest';
import { bindFigures, bindProse } from '../../src/render/bindFigures.js';

const NB = '\u00a0';

describe('bindProse', () => {
  it('binds a figure to its unit and an index name to its number, nothing else', () => {
    const html =
      'Year to date the Russell 2000 leads the S&amp;P 500 by 9.49 percentage points (pp), +21.59% against +12.11%, and by 42 bp on the day.';
    expect(bindProse(html)).toBe(
      `Year to date the Russell${NB}2000 leads the S&amp;P${NB}500 by 9.49${NB}percentage points (pp), +21.59% against +12.11%, and by 42${NB}bp on the day.`,
    );
  });

  it('leaves tags and attributes alone and keeps a list of figures breakable', () => {
    const html =
      '<a class="cite" href="#note-3" title="Note 3 of 12">[3]</a> Materials (+2.10%), Health Care (+1.29%), Energy (-0.17%) for 186 sessions';
    const out = bindProse(html);
    // The tag is unchanged (its "Note 3" and "12" stay plain spaces).
    expect(out.startsWith('<a class="cite" href="#note-3" title="Note 3 of 12">[3]</a>')).toBe(
      true,
    );
    // The list still breaks after each comma; the count binds to "sessions".
    expect(out).toContain('(+2.10%), Health Care (+1.29%), Energy (-0.17%)');
    expect(out.endsWith(`for 186${NB}sessions`)).toBe(true);
  });

  it('ends a figure on a digit: a comma after it is punctuation, not part of it', () => {
    // "2008," then "days": not "2008,\u00a0days" (the unit rule needs the figure right before).
    expect(bindProse('the widest since 2008, days later')).toBe(
      'the widest since 2008, days later',
    );
    expect(bindProse('by 1,234.5 points')).toBe(`by 1,234.5${NB}points`);
  });

  it('binds the unescaped name in plain text too', () => {
    expect(bindProse('the S&P 500 and the Nasdaq 100')).toBe(
      `the S&P${NB}500 and the Nasdaq${NB}100`,
    );
  });
});

describe('bindFigures (headlines)', () => {
  it('binds each figure to the word before it and to its unit', () => {
    expect(bindFigures('Small caps lead by 8.55 pp')).toBe(`Small caps lead by${NB}8.55${NB}pp`);
  });
});

describe('terms kept on one line', () => {
  it('binds "bear market" in a headline and in prose (2002-05-02: "enters a bear / market")', () => {
    expect(
      bindFigures('Nasdaq Composite enters a bear market, 20.1% below its January 2002 high'),
    ).toBe(`Nasdaq Composite enters a bear${NB}market,${NB}20.1% below its January${NB}2002 high`);
    expect(bindProse('bear-market territory; a new bull market; bear markets')).toBe(
      `bear-market territory; a new bull${NB}market; bear${NB}markets`,
    );
  });
});
